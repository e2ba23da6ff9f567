package hnsim.report;

import hnsim.stats.Driver;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * sensitivity.csv: which inputs drive the spread of the base's final-year cumulative deficit,
 * largest share first: {@code input,share,spearman,srrc}.
 */
public final class SensitivityCsv {
    public static final String HEADER = "input,share,spearman,srrc";

    private SensitivityCsv() {
    }

    public static void write(List<Driver> drivers, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (Driver d : drivers) {
                w.write(Csv.text(d.input()) + "," + Numbers.plain(d.share(), 4) + "," + Numbers.plain(d.spearman(), 4)
                        + "," + Numbers.plain(d.srrc(), 4) + "\n");
            }
        }
    }
}
