package hnsim.cli;

import hnsim.scenario.JsonSchemaWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hnsim schema}: prints the JSON Schema of scenario files, for editor autocompletion. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema (draft 2020-12) of scenario files.",
                "Save it (hnsim schema > hnsim-scenario.schema.json) and point your editor at it for completion and checks."})
public final class SchemaCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(JsonSchemaWriter.write());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
