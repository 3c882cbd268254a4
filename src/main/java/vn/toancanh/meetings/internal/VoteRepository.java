package vn.toancanh.meetings.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.meetings.VoteChoice;
import vn.toancanh.meetings.VoteResult.NamedVote;

/**
 * Votes on agenda items. A ballot row says who has voted (so each votes once); the counts say how many chose what; only
 * an open vote also keeps who chose what. A secret vote is never written with its voter.
 */
@Repository
public class VoteRepository {

    private final JdbcClient jdbc;

    VoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void setState(long itemId, String state, @org.jspecify.annotations.Nullable String result) {
        jdbc.sql("UPDATE meeting_agenda_item SET vote_state = :s, result = :r WHERE id = :i")
                .param("s", state)
                .param("r", result)
                .param("i", itemId)
                .update();
    }

    /** False when this user has already voted on the item: nothing is written then. */
    public boolean cast(long itemId, long userId, String fullName, VoteChoice choice, boolean open) {
        int ballot = jdbc.sql("INSERT INTO meeting_ballot (item_id, user_id) VALUES (:i, :u) ON CONFLICT DO NOTHING")
                .param("i", itemId)
                .param("u", userId)
                .update();
        if (ballot == 0) {
            return false;
        }
        jdbc.sql("INSERT INTO meeting_vote_count (item_id, choice, votes) VALUES (:i, :c, 1)"
                        + " ON CONFLICT (item_id, choice) DO UPDATE SET votes = meeting_vote_count.votes + 1")
                .param("i", itemId)
                .param("c", choice.name())
                .update();
        if (open) {
            jdbc.sql("INSERT INTO meeting_open_vote (item_id, user_id, full_name, choice) VALUES (:i, :u, :n, :c)")
                    .param("i", itemId)
                    .param("u", userId)
                    .param("n", fullName)
                    .param("c", choice.name())
                    .update();
        }
        return true;
    }

    public boolean hasVoted(long itemId, long userId) {
        return jdbc.sql("SELECT count(*) FROM meeting_ballot WHERE item_id = :i AND user_id = :u")
                        .param("i", itemId)
                        .param("u", userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Map<VoteChoice, Integer> counts(long itemId) {
        Map<VoteChoice, Integer> counts = new EnumMap<>(VoteChoice.class);
        for (VoteChoice c : VoteChoice.values()) {
            counts.put(c, 0);
        }
        jdbc.sql("SELECT choice, votes FROM meeting_vote_count WHERE item_id = :i")
                .param("i", itemId)
                .query((rs, i) -> counts.put(VoteChoice.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        return counts;
    }

    public List<NamedVote> named(long itemId) {
        return jdbc.sql("SELECT full_name, choice FROM meeting_open_vote WHERE item_id = :i ORDER BY full_name")
                .param("i", itemId)
                .query((rs, i) -> new NamedVote(rs.getString(1), VoteChoice.valueOf(rs.getString(2))))
                .list();
    }
}
