package vn.toancanh.meetings;

import java.util.List;

/**
 * The counts of a vote, out of the session's attendees; the names with their choices only for an open vote.
 *
 * @param named for open votes, each voter's name and choice; always empty for a secret vote
 */
public record VoteResult(
        AgendaItemView item, String sessionTitle, int attendees, int yes, int no, int abstain, List<NamedVote> named) {

    public record NamedVote(String fullName, VoteChoice choice) {}

    public int voted() {
        return yes + no + abstain;
    }

    public int percent(int count) {
        return attendees == 0 ? 0 : Math.round(100f * count / attendees);
    }
}
