package hnsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the hnsim command line in-process and captures what it prints, as a user would see it. */
public record Cli(int code, String out, String err, long millis) {
    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        long start = System.nanoTime();
        int code = cl.execute(args);
        return new Cli(code, out.toString(), err.toString(), (System.nanoTime() - start) / 1_000_000);
    }

    public String all() {
        return out + err;
    }
}
