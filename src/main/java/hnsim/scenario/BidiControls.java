package hnsim.scenario;

import java.util.Locale;

/**
 * Bidirectional control characters (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C)
 * are invisible but reorder the text around them, so a name can read one way in a report or
 * a spreadsheet and be another ("Trojan Source"). Names are refused when they hold one.
 */
public final class BidiControls {
    private BidiControls() {
    }

    public static boolean isControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C;
    }

    /** The index of the first bidirectional control in the text, or -1. */
    public static int firstIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The text with each control shown as {@code <U+202E>}, so a message about it does not reorder itself. */
    public static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(isControl(c) ? String.format(Locale.ROOT, "<U+%04X>", c) : String.valueOf((char) c)));
        return out.toString();
    }

    /** Null when the name is clean; otherwise why it is refused, for a message at its location. */
    public static String problem(String name, String what) {
        int at = firstIn(name);
        if (at < 0) {
            return null;
        }
        int c = name.charAt(at);
        return String.format(Locale.ROOT, "%s contains the invisible bidirectional control character U+%04X (%s) at "
                + "character %d, which makes text display in another order than it is written; remove it",
                what, c, Character.getName(c), at + 1);
    }
}
