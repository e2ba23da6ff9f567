package hnsim.scenario;

/** A place in a scenario file, 1-based, for error messages. */
public record Location(String file, int line, int column) {
    /** A problem with the file as a whole (missing, unreadable), which has no line. */
    public static Location wholeFile(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
