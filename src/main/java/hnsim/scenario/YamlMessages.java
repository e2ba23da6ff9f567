package hnsim.scenario;

import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns the YAML parser's errors into one readable line at the place of the problem, in the
 * words of someone editing a file rather than of a grammar.
 */
final class YamlMessages {
    private YamlMessages() {
    }

    static ScenarioException fromParser(String fileName, String text, YAMLException e) {
        Location where = new Location(fileName, 1, 1);
        String message;
        if (e instanceof MarkedYAMLException marked) {
            Mark problemMark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
            where = at(fileName, problemMark);
            String context = marked.getContext() == null ? "" : marked.getContext();
            String problem = marked.getProblem() == null ? "" : marked.getProblem();
            boolean atEnd = problem.contains("end of stream") || problem.contains("<stream end>");
            if (context.contains("quoted scalar") && atEnd && marked.getContextMark() != null) {
                where = at(fileName, marked.getContextMark());
                message = "the quoted text starting here is never closed; add the closing quote";
            } else if (context.contains("flow") && (atEnd || problem.contains("expected ','"))
                    && marked.getContextMark() != null) {
                where = at(fileName, marked.getContextMark());
                message = "the '[' or '{' starting here is never closed, or two values in it lack a comma between them";
            } else {
                message = explain(context, problem);
            }
        } else if (e instanceof ReaderException reader) {
            where = atOffset(fileName, text, reader.getPosition());
            message = String.format("the file contains the control character U+%04X, which YAML does not allow",
                    reader.getCodePoint());
        } else if (String.valueOf(e.getMessage()).contains("exceeds the limit")) {
            message = "the file is larger than 1 MB; a scenario file is a few kilobytes";
        } else {
            message = clean(String.valueOf(e.getMessage()));
        }
        return new ScenarioException(List.of(Problem.error(where, "", "the file is not valid YAML: " + message)));
    }

    static String explain(String context, String problem) {
        if (problem.contains("'\\t'") || problem.contains("\\t(TAB)") || problem.contains("\t")) {
            return "a tab character; YAML indents with spaces only (replace the tab with spaces)";
        }
        if (problem.contains("mapping values are not allowed here")) {
            return "unexpected ':' here: either a value contains ': ' (put the value in quotes) or this line"
                    + " is indented deeper than the key above it";
        }
        if (problem.contains("could not find expected ':'")) {
            return "expected 'key: value' on this line or the one before; check the colon and the indentation";
        }
        if (problem.contains("expected <block end>") || problem.contains("did not find expected key")
                || problem.contains("did not find expected '-' indicator")) {
            return "the indentation here does not line up with the lines above (" + clean(problem) + ")";
        }
        String both = context.isEmpty() ? problem : context + ": " + problem;
        return clean(both);
    }

    static String clean(String message) {
        String first = message.replaceAll("\\s+", " ").trim();
        return first.length() > 200 ? first.substring(0, 197) + "..." : first;
    }

    private static Location at(String fileName, Mark mark) {
        return mark == null ? new Location(fileName, 1, 1) : new Location(fileName, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Line and column of a code-point offset in the text. */
    static Location atOffset(String fileName, String text, int codePointOffset) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < codePointOffset; i = text.offsetByCodePoints(i, 1), seen++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(fileName, line, column);
    }
}
