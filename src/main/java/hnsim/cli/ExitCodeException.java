package hnsim.cli;

/** Carries a subcommand's exit code out through picocli's {@code Runnable} top command. */
final class ExitCodeException extends RuntimeException {
    private final int code;

    ExitCodeException(int code) {
        super(null, null, false, false);
        this.code = code;
    }

    int code() {
        return code;
    }
}
