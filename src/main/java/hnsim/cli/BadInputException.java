package hnsim.cli;

/** A problem with what the user asked for (not with the scenario file): exit code 2. */
final class BadInputException extends RuntimeException {
    BadInputException(String message) {
        super(message);
    }
}
