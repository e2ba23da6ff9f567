package hnsim.cli;

import hnsim.report.RunManifest;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"hnsim " + RunManifest.toolVersion()};
    }
}
