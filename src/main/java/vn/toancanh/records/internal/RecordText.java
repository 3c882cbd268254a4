package vn.toancanh.records.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.VietnameseText;

/** The words of a page around a search's match, to show why a record matched. */
public final class RecordText {

    private static final int EXCERPT_WORDS = 16;

    private RecordText() {}

    /** The words around the first that begins with a word of the search (diacritics ignored); null when none does. */
    public static @Nullable String excerpt(String text, String search) {
        List<String> wanted = new ArrayList<>();
        for (String w : VietnameseText.fold(search).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                wanted.add(w);
            }
        }
        if (wanted.isEmpty()) {
            return null;
        }
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String folded = VietnameseText.fold(words[i]).replaceAll("[^a-z0-9]", "");
            if (wanted.stream().anyMatch(folded::startsWith)) {
                int from = Math.max(0, i - EXCERPT_WORDS / 2);
                int to = Math.min(words.length, from + EXCERPT_WORDS);
                return (from > 0 ? "… " : "")
                        + String.join(" ", List.of(words).subList(from, to))
                        + (to < words.length ? " …" : "");
            }
        }
        return null;
    }
}
