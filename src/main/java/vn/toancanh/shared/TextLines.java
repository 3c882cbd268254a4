package vn.toancanh.shared;

import java.util.ArrayList;
import java.util.List;

/** Text broken into lines at spaces, for the generated PDFs and images that draw it line by line. */
public final class TextLines {

    private TextLines() {}

    /** Lines of at most {@code width} characters, except a single word longer than that, which stays whole. */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
