package vn.toancanh.meetings;

import org.jspecify.annotations.Nullable;

/** @param result ADOPTED or REJECTED once a vote is closed */
public record AgendaItemView(
        long id,
        long sessionId,
        int position,
        String title,
        @Nullable String presenter,
        VoteMode voteMode,
        String voteState,
        @Nullable String result) {

    public boolean voteOpen() {
        return "OPEN".equals(voteState);
    }

    public boolean voteClosed() {
        return "CLOSED".equals(voteState);
    }
}
