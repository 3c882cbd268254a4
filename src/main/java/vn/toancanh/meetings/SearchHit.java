package vn.toancanh.meetings;

import org.jspecify.annotations.Nullable;

/** A document that matched a search, with the words around the match (null when only the title matched). */
public record SearchHit(
        long documentId,
        long sessionId,
        String sessionTitle,
        String title,
        @Nullable String excerpt) {}
