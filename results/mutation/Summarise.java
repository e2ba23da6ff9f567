import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Turns PIT's mutations.xml into results/mutation/summary.md: the mutation score per package
 * and per class, and every mutant no test detected, each with its reason from reasons.tsv when
 * one is given. A {@code .md} argument is a note on the runs, printed after the title.
 *
 * <pre>
 * mvn -B -P mutation verify
 * java results/mutation/Summarise.java target/pit-reports/mutations.xml results/mutation/reasons.tsv &gt; results/mutation/summary.md
 * </pre>
 *
 * Several mutations.xml files (one PIT run per package, each with its own
 * {@code -Dpit.reportsDirectory}) may be given before the .tsv; their mutants are pooled, and a
 * class found in several reports takes its mutants from the last one given (a rerun of a few
 * classes), a mutant an earlier report saw killed staying killed: tests are only ever added
 * between the runs, so a test that killed it then still does.
 *
 * reasons.tsv: one line per known survivor, tab-separated: class (simple name), line, a piece of
 * PIT's description, and the reason (why the mutant is equivalent, or why no test can see it).
 */
public class Summarise {
    record Mutant(String pkg, String cls, String method, int line, String description, String status, String key) {
        /** The class as PIT names it, nested classes apart. */
        String fullClass() {
            return key.substring(0, key.indexOf('/'));
        }

        Mutant withStatus(String s) {
            return new Mutant(pkg, cls, method, line, description, s, key);
        }

        boolean detected() {
            return status.equals("KILLED") || status.equals("TIMED_OUT") || status.equals("MEMORY_ERROR");
        }
    }

    public static void main(String[] args) throws Exception {
        List<Mutant> mutants = new ArrayList<>();
        List<String[]> reasons = List.of();
        String notes = "";
        for (String arg : args) {
            if (arg.endsWith(".md")) {
                notes = Files.readString(Path.of(arg)).strip() + "\n\n";
            } else if (arg.endsWith(".tsv")) {
                reasons = reasons(Path.of(arg));
            } else {
                // A class measured again in a later report (a rerun with more tests) takes its mutants from
                // that report; one the earlier report saw killed stays killed (tests were only added).
                List<Mutant> run = read(Path.of(arg));
                java.util.Set<String> classes = new java.util.HashSet<>();
                for (Mutant m : run) {
                    classes.add(m.fullClass());
                }
                java.util.Set<String> killedBefore = new java.util.HashSet<>();
                for (Mutant m : mutants) {
                    if (m.detected()) {
                        killedBefore.add(m.key());
                    }
                }
                mutants.removeIf(m -> classes.contains(m.fullClass()));
                for (Mutant m : run) {
                    mutants.add(!m.detected() && killedBefore.contains(m.key()) ? m.withStatus("KILLED") : m);
                }
            }
        }
        mutants.sort(java.util.Comparator.comparing(Mutant::pkg).thenComparing(Mutant::cls).thenComparingInt(Mutant::line));
        Map<String, int[]> byClass = new TreeMap<>();
        for (Mutant m : mutants) {
            int[] c = byClass.computeIfAbsent(m.pkg() + "." + m.cls(), k -> new int[4]);
            c[0]++;
            c[m.detected() ? 1 : m.status().equals("NO_COVERAGE") ? 3 : 2]++;
        }
        Map<String, int[]> byPackage = new TreeMap<>();
        for (Mutant m : mutants) {
            int[] c = byPackage.computeIfAbsent(m.pkg(), k -> new int[4]);
            c[0]++;
            c[m.detected() ? 1 : m.status().equals("NO_COVERAGE") ? 3 : 2]++;
        }
        StringBuilder out = new StringBuilder("# Mutation testing: summary\n\n");
        out.append("PIT 1.30.2 (`mvn -B -P mutation verify`, or one package at a time), default mutators; killed includes\n"
                + "timed out. Written by `results/mutation/Summarise.java` from PIT's mutations.xml.\n\n");
        out.append(notes);
        out.append("| package | mutants | killed | survived | no coverage | score |\n|---|---:|---:|---:|---:|---:|\n");
        int[] total = new int[4];
        for (Map.Entry<String, int[]> e : byPackage.entrySet()) {
            int[] c = e.getValue();
            row(out, e.getKey(), c);
            for (int k = 0; k < 4; k++) {
                total[k] += c[k];
            }
        }
        row(out, "**all**", total);
        out.append("\n## By class\n\n| class | mutants | killed | survived | no coverage | score |\n|---|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, int[]> e : byClass.entrySet()) {
            row(out, e.getKey(), e.getValue());
        }
        out.append("\n## Mutants no test detects\n\n| class | line | method | mutation | status | reason |\n|---|---:|---|---|---|---|\n");
        for (Mutant m : mutants) {
            if (!m.detected()) {
                out.append("| ").append(m.cls()).append(" | ").append(m.line()).append(" | ").append(m.method())
                        .append(" | ").append(m.description()).append(" | ").append(m.status()).append(" | ")
                        .append(reason(reasons, m)).append(" |\n");
            }
        }
        System.out.print(out);
    }

    private static void row(StringBuilder out, String name, int[] c) {
        out.append(String.format("| %s | %d | %d | %d | %d | %.1f%% |%n", name, c[0], c[1], c[2], c[3],
                c[0] == 0 ? 0 : 100.0 * c[1] / c[0]));
    }

    private static String reason(List<String[]> reasons, Mutant m) {
        for (String[] r : reasons) {
            if (r[0].equals(m.cls()) && Integer.parseInt(r[1]) == m.line() && m.description().contains(r[2])) {
                return r[3];
            }
        }
        return "(no reason recorded)";
    }

    private static List<String[]> reasons(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.split("\t", 4));
            }
        }
        return out;
    }

    private static List<Mutant> read(Path file) throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        NodeList nodes = root.getElementsByTagName("mutation");
        List<Mutant> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            String cls = text(e, "mutatedClass");
            int dollar = cls.indexOf('$');
            String outer = dollar < 0 ? cls : cls.substring(0, dollar);
            // The same mutant in two reports: class, method and signature, mutator, line and its index there.
            String key = String.join("/", cls, text(e, "mutatedMethod"), text(e, "methodDescription"), text(e, "mutator"),
                    text(e, "lineNumber"), text(e, "index"));
            out.add(new Mutant(outer.substring(0, outer.lastIndexOf('.')), outer.substring(outer.lastIndexOf('.') + 1),
                    text(e, "mutatedMethod"), Integer.parseInt(text(e, "lineNumber")), text(e, "description")
                    .replace("|", "\\|"), e.getAttribute("status"), key));
        }
        return out;
    }

    private static String text(Element e, String tag) {
        return e.getElementsByTagName(tag).item(0).getTextContent();
    }
}
