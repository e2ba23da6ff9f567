package hnsim.scenario;

import java.util.regex.Pattern;

/** Turns the YAML parser's messages into one readable line. */
final class YamlMessages {
    private static final Pattern SNAKE_MARK = Pattern.compile("\\s*in 'reader', line \\d+, column \\d+:.*", Pattern.DOTALL);

    private YamlMessages() {
    }

    static String clean(String message) {
        String first = SNAKE_MARK.matcher(message).replaceAll("");
        first = first.replaceAll("\\s+", " ").trim();
        if (first.contains("found character '\\t'")) {
            return "a tab character is used for indentation; YAML allows only spaces";
        }
        if (first.length() > 300) {
            first = first.substring(0, 297) + "...";
        }
        return first;
    }
}
