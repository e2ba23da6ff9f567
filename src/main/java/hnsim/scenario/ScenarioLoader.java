package hnsim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a scenario file: reads the bytes (hashing them for the run manifest), parses YAML
 * with locations, builds the base scenario and every option, and throws one
 * {@link ScenarioException} listing all errors if anything is wrong.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {
    }

    public static ScenarioFile load(Path path) {
        return load(path, List.of());
    }

    /** Loads the file with {@code --set} overrides applied to its base before the options are laid over it. */
    public static ScenarioFile load(Path path, List<ScenarioOverride> overrides) {
        String name = path.toString();
        byte[] bytes = readBytes(path, name);
        return parse(name, bytes, overrides);
    }

    public static ScenarioFile parse(String fileName, byte[] bytes) {
        return parse(fileName, bytes, List.of());
    }

    public static ScenarioFile parse(String fileName, byte[] bytes, List<ScenarioOverride> overrides) {
        String text = decode(fileName, bytes);
        YamlNode root = new YamlReader(fileName).read(text);
        Problems problems = new Problems();
        if (!(root instanceof YamlNode.Mapping read)) {
            problems.error(root, "", "expected a scenario mapping (name:, first_year:, placements:, ...) at the top of the file, found "
                    + YamlNode.describe(root));
            throw new ScenarioException(problems.all());
        }
        YamlNode.Mapping mapping = Overrides.apply(read, overrides);
        YamlNode.Mapping baseTree = Overlay.without(mapping, "options");
        Scenario base = read(mapping, problems);
        Pupils pupils = PupilsReader.read(mapping, problems);
        Map<String, Scenario> options = new LinkedHashMap<>();
        YamlNode optionsNode = mapping.get("options");
        if (optionsNode != null && !(optionsNode instanceof YamlNode.Scalar s && s.isNull())) {
            readOptions(optionsNode, baseTree, problems, options);
        }
        if (problems.hasErrors()) {
            throw new ScenarioException(problems.all());
        }
        return new ScenarioFile(fileName, sha256(bytes), base, options, problems.warnings(), pupils);
    }

    private static void readOptions(YamlNode node, YamlNode.Mapping baseTree, Problems problems,
                                    Map<String, Scenario> options) {
        java.util.Set<String> baseProblems = new java.util.HashSet<>();
        for (Problem p : problems.all()) {
            baseProblems.add(p.location() + " " + p.message());
        }
        if (!(node instanceof YamlNode.Mapping optionMap)) {
            problems.error(node, "options", "expected a mapping of named options, e.g. no_transfer: {transfers: []}");
            return;
        }
        for (YamlNode.Entry entry : optionMap.entries().values()) {
            String path = "options." + entry.key();
            if (entry.key().equals(ScenarioFile.BASE)) {
                problems.error(entry.keyLocation(), path, "'base' names the scenario itself; choose another option name");
                continue;
            }
            String bidi = BidiControls.problem(entry.key(), "the option's name");
            if (bidi != null) {
                problems.error(entry.keyLocation(), "options." + BidiControls.visible(entry.key()), bidi);
                continue;
            }
            if (!(entry.value() instanceof YamlNode.Mapping overlay)) {
                problems.error(entry.value(), path, "expected a mapping of keys to change, e.g. {transfers: []}");
                continue;
            }
            if (overlay.entries().containsKey("options")) {
                problems.error(overlay.entries().get("options").keyLocation(), path + ".options",
                        "options cannot contain options");
                continue;
            }
            if (changesTheYears(overlay, path, problems)) {
                continue;
            }
            Problems inner = new Problems();
            int errorsBefore = problems.errorCount();
            YamlNode tree = Overlay.apply(baseTree, overlay, path + ".", problems);
            if (problems.errorCount() > errorsBefore) {
                continue;
            }
            Scenario option = read(tree, inner);
            for (Problem p : inner.all()) {
                // The base's own problems are reported once, not again for every option; a
                // problem the option causes in a line of the base (a list too short for the
                // option's years, say) is reported at that line, naming the option.
                if (baseProblems.contains(p.location() + " " + p.message())) {
                    continue;
                }
                String message = p.location().line() == 0 || isInside(p.location(), overlay)
                        ? p.message() : p.message() + " (with the keys option " + entry.key() + " changes)";
                problems.addAll(List.of(new Problem(p.severity(), p.location(), path + ": " + p.path(), message)));
            }
            if (option != null) {
                options.put(entry.key(), option);
            } else if (option == null && !inner.hasErrors()) {
                problems.error(entry.value(), path, "the option could not be built");
            }
        }
    }

    /**
     * The reader goes on after an error to report every problem at once; should a later step
     * trip over a value an earlier error left out, the errors already found are the answer (the
     * user fixes those and reads again), not the failure they caused.
     */
    private static Scenario read(YamlNode root, Problems problems) {
        try {
            return new ScenarioReader(problems).read(root);
        } catch (RuntimeException e) {
            if (problems.hasErrors()) {
                return null;
            }
            throw e;
        }
    }

    /** Options are compared with the base year by year, so they cannot change the years modelled. */
    private static boolean changesTheYears(YamlNode.Mapping overlay, String path, Problems problems) {
        boolean changes = false;
        for (String key : List.of("first_year", "years")) {
            YamlNode.Entry e = overlay.entries().get(key);
            if (e != null) {
                problems.error(e.keyLocation(), path + "." + key, "an option cannot change " + key
                        + ": options are compared with the base year by year; make a separate scenario file instead");
                changes = true;
            }
        }
        return changes;
    }

    private static boolean isInside(Location location, YamlNode.Mapping overlay) {
        return location.line() >= overlay.location().line() && location.line() <= lastLine(overlay);
    }

    private static int lastLine(YamlNode node) {
        int last = node.location().line();
        if (node instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries().values()) {
                last = Math.max(last, Math.max(e.keyLocation().line(), lastLine(e.value())));
            }
        } else if (node instanceof YamlNode.Sequence s) {
            for (YamlNode item : s.items()) {
                last = Math.max(last, lastLine(item));
            }
        }
        return last;
    }

    private static byte[] readBytes(Path path, String name) {
        if (Files.isDirectory(path)) {
            throw whole(name, "is a directory; expected a scenario file (.yaml)");
        }
        // Read at most one byte past the limit, so /dev/zero or a huge file fails at once.
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(YamlReader.MAX_CHARS + 1);
            if (bytes.length > YamlReader.MAX_CHARS) {
                throw whole(name, "is larger than 1 MB; a scenario file is a few kilobytes");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw whole(name, "no such file");
        } catch (AccessDeniedException e) {
            throw whole(name, "permission denied");
        } catch (IOException e) {
            throw whole(name, "cannot be read: " + e.getMessage());
        }
    }

    private static String decode(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            // Name the place of the first bad byte: a file saved as Windows-1252 usually has one £ sign wrong.
            out.flip();
            Location at = YamlMessages.atOffset(name, out.toString(), out.toString().codePointCount(0, out.length()));
            String bad = String.format("0x%02X", bytes[in.position()] & 0xFF);
            throw new ScenarioException(List.of(Problem.error(at, "",
                    "the file is not UTF-8 text (byte " + bad + " here); save it as UTF-8, e.g. 'Save as... UTF-8' in Excel or Notepad")));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static ScenarioException whole(String name, String message) {
        return new ScenarioException(List.of(Problem.error(Location.wholeFile(name), "", message)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
