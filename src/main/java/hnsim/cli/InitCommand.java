package hnsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hnsim init NAME}: writes a commented starter scenario that validates and runs. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a commented starter scenario NAME.yaml (or the .yaml path given); never overwrites a file.")
public final class InitCommand implements Callable<Integer> {
    static final String SCHEMA = "schema/hnsim-scenario.schema.json";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "scenario name, or a path ending in .yaml")
    String name;

    @Override
    public Integer call() throws IOException {
        Path file = Path.of(name.endsWith(".yaml") || name.endsWith(".yml") ? name : name + ".yaml");
        String text = starter(RunCommand.baseName(file), file);
        try {
            // CREATE_NEW: never replaces a file, even one created a moment ago by someone else.
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException(file + " already exists; choose another name (init never overwrites a file)");
        } catch (NoSuchFileException e) {
            throw new BadInputException("cannot write " + file + ": the directory " + file.toAbsolutePath().getParent()
                    + " does not exist");
        } catch (IOException e) {
            throw new BadInputException("cannot write " + file + ": " + e.getMessage());
        }
        String hnsim = Launcher.command();
        spec.commandLine().getOut().println("Wrote " + file + ". Next: edit it, then '" + hnsim + " validate " + file
                + "' and '" + hnsim + " run " + file + "'.");
        spec.commandLine().getOut().flush();
        return 0;
    }

    static String starter(String scenarioName, Path file) throws IOException {
        String template;
        try (InputStream in = InitCommand.class.getResourceAsStream("/hnsim/starter.yaml")) {
            if (in == null) {
                throw new IllegalStateException("the starter scenario is missing from the hnsim jar");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String quoted = "\"" + scenarioName.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return schemaLine(file) + template.replace("{{NAME}}", quoted).replace("{{FILE}}", file.toString())
                .replace("{{HNSIM}}", Launcher.command());
    }

    /** The yaml-language-server line, relative to the new file, when hnsim's own schema file is found. */
    private static String schemaLine(Path file) {
        String home = System.getProperty("hnsim.home");
        if (home == null || !Files.isRegularFile(Path.of(home, SCHEMA))) {
            return "";
        }
        Path from = file.toAbsolutePath().getParent();
        Path schema = Path.of(home, SCHEMA).toAbsolutePath();
        String relative = from.relativize(schema).toString().replace('\\', '/');
        return "# yaml-language-server: $schema=" + relative + "\n";
    }
}
