package org.adder.tour;

import java.util.ArrayList;
import java.util.List;

/**
 * How the tour looks in a terminal: colour only when stdout is one (the launcher tells us, since
 * the JVM cannot portably ask) and NO_COLOR is unset; explanations wrapped to the terminal's width,
 * or to 80 columns when piped, so that piped output is plain and stable.
 */
public final class Terminal {
    private static final String RESET = "\033[0m";

    private final boolean colour;
    private final int width;

    public Terminal(boolean colour, int width) {
        this.colour = colour;
        this.width = Math.max(40, width);
    }

    /** The terminal this process writes to, from the launcher's {@code adder.tty}/{@code adder.columns}. */
    public static Terminal detect() {
        boolean tty = Boolean.getBoolean("adder.tty");
        String noColor = System.getenv("NO_COLOR");
        int columns = 80;
        try {
            columns = Integer.parseInt(System.getProperty("adder.columns", "80"));
        } catch (NumberFormatException ignored) {
            // a strange COLUMNS value: keep the default
        }
        return new Terminal(tty && (noColor == null || noColor.isEmpty()), tty ? Math.min(columns, 100) : 80);
    }

    public String heading(int number, String title) {
        String text = "== " + number + ". " + title + " ";
        String line = text + "=".repeat(Math.max(3, width - text.length()));
        return style("1;36", line);
    }

    public String dim(String text) {
        return style("2", text);
    }

    public String bold(String text) {
        return style("1", text);
    }

    public String error(String text) {
        return style("1;31", text);
    }

    private String style(String sgr, String text) {
        return colour ? "\033[" + sgr + "m" + text + RESET : text;
    }

    /** Wraps a paragraph at word boundaries to the terminal's width. */
    public List<String> wrap(String paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" +")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
