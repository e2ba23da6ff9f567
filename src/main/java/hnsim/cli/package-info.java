/**
 * The command line (picocli): parses arguments, calls the layers below, maps failures to
 * exit codes (0 ok, 1 run failed, 2 bad input or usage). Nothing else knows about the CLI.
 */
package hnsim.cli;
