package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import hnsim.report.OutputManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --force} replaces an earlier hnsim output only when it holds nothing else, unchanged:
 * the cases where it used to delete a user's files, run from the command line.
 */
class ForceSafetyTest {
    static final String SCENARIO = ValidateCommandTest.SHIPPED;

    @TempDir
    Path tmp;

    /** A plan-values run: one trajectory, but every output file a run writes. */
    private static Cli run(Path out, String... more) {
        String[] args = Stream.concat(Stream.of("run", SCENARIO, "--deterministic", "-q", "--out", out.toString()),
                Stream.of(more)).toArray(String[]::new);
        return Cli.run(args);
    }

    private static Path earlierRun(Path out) {
        Cli first = run(out);
        assertThat(first.code()).as(first.all()).isZero();
        assertThat(out.resolve(OutputManifest.FILE)).exists();
        return out;
    }

    private static void assertRefused(Cli result, Path out, String entry, String reason) {
        assertThat(result.code()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).startsWith("hnsim: the output directory " + out + " holds files hnsim did not write: "
                + out.resolve(entry) + " " + reason + "; --force replaces only an earlier hnsim output that holds"
                + " nothing else, unchanged, so nothing was touched");
        assertThat(result.all()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private List<String> listing(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private List<String> hidden() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    @Test
    void forceReplacesAnUnchangedEarlierRunAndAPlainRunNamesForce() throws IOException {
        Path out = earlierRun(tmp.resolve("out"));
        Cli again = run(out);
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("hnsim: the output directory " + out
                + " holds an earlier hnsim run; give --force to replace it, or another --out\n");
        Files.delete(out.resolve("report.html")); // a file the user deleted is no loss
        Cli forced = run(out, "--force");
        assertThat(forced.code()).as(forced.all()).isZero();
        assertThat(out.resolve("report.html")).exists();
        assertThat(hidden()).isEmpty();
    }

    @Test
    void notesAndASubFolderAddedToAnOutputAreNeverDeleted() throws IOException {
        Path out = earlierRun(tmp.resolve("out"));
        Files.writeString(out.resolve("notes.txt"), "what the finance team said");
        List<String> before = listing(out);
        assertRefused(run(out, "--force"), out, "notes.txt", "was not written by hnsim");
        assertThat(listing(out)).isEqualTo(before);

        Files.delete(out.resolve("notes.txt"));
        Files.writeString(Files.createDirectories(out.resolve("drafts")).resolve("v2.docx"), "draft");
        assertRefused(run(out, "--force"), out, "drafts/", "is a folder hnsim did not write");
        assertThat(out.resolve("drafts/v2.docx")).hasContent("draft");
        assertThat(hidden()).isEmpty();
    }

    @Test
    void anOutputFileEditedSinceIsNeverDeleted() throws IOException {
        Path out = earlierRun(tmp.resolve("out"));
        Files.writeString(out.resolve("percentiles.csv"), "my corrections\n", java.nio.file.StandardOpenOption.APPEND);
        assertRefused(run(out, "--force"), out, "percentiles.csv", "has changed since hnsim wrote it");
        assertThat(out.resolve("percentiles.csv")).content().endsWith("my corrections\n");
    }

    @Test
    void anEmptySummaryBesideAThesisIsNotAnOutput() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("phd"));
        Files.writeString(out.resolve("summary.json"), "{}");
        Files.writeString(out.resolve("thesis.docx"), "four years of work");
        assertRefused(run(out, "--force"), out, "summary.json",
                "was not written by hnsim (the folder has no files.sha256, the list of the files an hnsim run wrote)");
        assertThat(out.resolve("thesis.docx")).hasContent("four years of work");
        assertThat(out.resolve("summary.json")).hasContent("{}");
    }

    @Test
    void aGitCheckoutWithAStraySummaryIsNotAnOutput() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("checkout"));
        Files.writeString(Files.createDirectories(out.resolve(".git")).resolve("HEAD"), "ref: refs/heads/main\n");
        Files.writeString(Files.createDirectories(out.resolve("src")).resolve("Main.java"), "class Main {}");
        Files.writeString(out.resolve("summary.json"), "{\"trajectories\": 10000}");
        assertRefused(run(out, "--force"), out, ".git",
                "was not written by hnsim (the folder has no files.sha256, the list of the files an hnsim run wrote)");
        assertThat(out.resolve(".git/HEAD")).exists();
        assertThat(out.resolve("src/Main.java")).exists();
        assertThat(out.resolve("summary.json")).exists();
    }

    @Test
    void aManifestNamingFilesOutsideTheFolderIsNotOneHnsimWrote() throws IOException {
        Path out = earlierRun(tmp.resolve("out"));
        Path outside = Files.writeString(tmp.resolve("budget.xlsx"), "precious");
        Files.writeString(out.resolve(OutputManifest.FILE), "\n0000000000000000000000000000000000000000000000000000000000000000  ../budget.xlsx\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertRefused(run(out, "--force"), out, OutputManifest.FILE, "is not a manifest hnsim wrote");
        assertThat(outside).hasContent("precious");
    }

    @Test
    void aLinkInsideAnOutputIsRefusedAndWhatItPointsAtKept() throws IOException {
        Path out = earlierRun(tmp.resolve("out"));
        Path precious = Files.writeString(tmp.resolve("precious.txt"), "precious");
        try {
            Files.createSymbolicLink(out.resolve("zz-link"), precious);
        } catch (UnsupportedOperationException | IOException noLinks) {
            assumeTrue(false, "symbolic links are not available here");
        }
        assertRefused(run(out, "--force"), out, "zz-link", "is a symbolic link, which hnsim never writes");
        assertThat(precious).hasContent("precious");
    }

    @Test
    void aSymlinkedOutIsFollowedAndTheLinkKept() throws IOException {
        Path real = earlierRun(Files.createDirectories(tmp.resolve("big-disk")).resolve("results"));
        Path link = tmp.resolve("results-link");
        try {
            Files.createSymbolicLink(link, real);
        } catch (UnsupportedOperationException | IOException noLinks) {
            assumeTrue(false, "symbolic links are not available here");
        }
        String before = Files.readString(real.resolve(OutputManifest.FILE));
        Cli plain = run(link);
        assertThat(plain.code()).isEqualTo(2);
        assertThat(plain.err()).contains("holds an earlier hnsim run; give --force");
        Cli forced = Cli.run("run", SCENARIO, "-q", "-n", "50", "--out", link.toString(), "--force");
        assertThat(forced.code()).as(forced.all()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(real);
        assertThat(Files.readString(real.resolve(OutputManifest.FILE))).isNotEqualTo(before);
        assertThat(real.resolve("summary.json")).content().contains("\"trajectories\" : 50");
        assertThat(hidden()).isEmpty();
    }

    @Test
    void aLinkToNothingIsRefused() throws IOException {
        Path link = tmp.resolve("dangling");
        try {
            Files.createSymbolicLink(link, tmp.resolve("gone"));
        } catch (UnsupportedOperationException | IOException noLinks) {
            assumeTrue(false, "symbolic links are not available here");
        }
        Cli result = run(link);
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("hnsim: the output path " + link + " is a symbolic link to " + tmp.resolve("gone")
                + ", which does not exist; create that folder, or give another --out\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.exists(tmp.resolve("gone"), LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void theManifestListsEveryFileWithItsSha256AsSha256sumReadsIt() throws IOException {
        Path out = earlierRun(tmp.resolve("out"));
        List<String> lines = Files.readAllLines(out.resolve(OutputManifest.FILE));
        assertThat(lines.get(0)).isEqualTo("# hnsim output files, format 1");
        List<String> entries = lines.stream().filter(l -> !l.startsWith("#")).toList();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(entries).hasSize((int) files.count() - 1);
        }
        for (String entry : entries) {
            String name = entry.substring(66);
            assertThat(entry.substring(0, 66)).isEqualTo(sha256(out.resolve(name)) + "  ");
        }
    }

    @Test
    void theDefaultFolderOfAPlanRunIsNotTheMonteCarloOne() {
        Path scenario = Path.of(SCENARIO);
        assertThat(RunCommand.defaultOut(scenario, false)).isEqualTo(Path.of("out", "leicestershire-2021-mtfs"));
        assertThat(RunCommand.defaultOut(scenario, true)).isEqualTo(Path.of("out", "leicestershire-2021-mtfs-deterministic"));
    }

    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
