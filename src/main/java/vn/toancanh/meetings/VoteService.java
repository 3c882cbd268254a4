package vn.toancanh.meetings;

import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.meetings.internal.SessionRepository;
import vn.toancanh.meetings.internal.VoteRepository;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.InvalidInputException;

/**
 * Votes on agenda items: the chair opens and closes them, each attendee votes once while open. An item is adopted
 * when more than half of the session's attendees vote yes. A secret vote's audit entry names the voter, not the
 * choice.
 */
@Service
public class VoteService {

    private final MeetingService meetings;
    private final SessionRepository sessions;
    private final VoteRepository votes;
    private final AuditService audit;

    VoteService(MeetingService meetings, SessionRepository sessions, VoteRepository votes, AuditService audit) {
        this.meetings = meetings;
        this.sessions = sessions;
        this.votes = votes;
        this.audit = audit;
    }

    @Transactional
    public void open(long itemId) {
        AgendaItemView item = chaired(itemId);
        if (!"PENDING".equals(item.voteState())) {
            throw new ConflictException("vote", "Biểu quyết đã được mở trước đó");
        }
        votes.setState(itemId, "OPEN", null);
        audit.record(
                "VOTE_OPEN",
                "meeting_agenda_item",
                String.valueOf(itemId),
                item.voteMode().name());
    }

    @Transactional
    public VoteResult close(long itemId) {
        AgendaItemView item = chaired(itemId);
        if (!item.voteOpen()) {
            throw new ConflictException("vote", "Biểu quyết không đang mở");
        }
        int attendees = sessions.attendees(item.sessionId()).size();
        int yes = votes.counts(itemId).get(VoteChoice.YES);
        String result = yes * 2 > attendees ? "ADOPTED" : "REJECTED";
        votes.setState(itemId, "CLOSED", result);
        audit.record("VOTE_CLOSE", "meeting_agenda_item", String.valueOf(itemId), result);
        return result(itemId);
    }

    /** The current user's vote; refused unless they are an attendee, the vote is open and they have not voted. */
    @Transactional
    public void cast(long itemId, VoteChoice choice) {
        AgendaItemView item = meetings.item(itemId);
        CurrentUser me = meetings.me();
        List<AttendeeView> attendees = sessions.attendees(item.sessionId());
        AttendeeView mine = attendees.stream()
                .filter(a -> a.userId() == me.id())
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("attendees only"));
        if (mine.attendance() == Attendance.ABSENT) {
            throw InvalidInputException.of("choice", "Đại biểu vắng mặt không biểu quyết");
        }
        if (!item.voteOpen()) {
            throw new ConflictException("choice", "Biểu quyết chưa mở hoặc đã kết thúc");
        }
        boolean open = item.voteMode() == VoteMode.OPEN;
        if (!votes.cast(itemId, me.id(), mine.fullName(), choice, open)) {
            throw new ConflictException("choice", "Đại biểu đã biểu quyết nội dung này");
        }
        audit.record("VOTE", "meeting_agenda_item", String.valueOf(itemId), open ? choice.name() : null);
    }

    public boolean hasVoted(long itemId) {
        return votes.hasVoted(itemId, meetings.me().id());
    }

    public VoteResult result(long itemId) {
        AgendaItemView item = meetings.item(itemId);
        SessionView s = meetings.session(item.sessionId());
        Map<VoteChoice, Integer> counts = votes.counts(itemId);
        return new VoteResult(
                item,
                s.title(),
                sessions.attendees(s.id()).size(),
                counts.get(VoteChoice.YES),
                counts.get(VoteChoice.NO),
                counts.get(VoteChoice.ABSTAIN),
                item.voteMode() == VoteMode.OPEN ? votes.named(itemId) : List.of());
    }

    private AgendaItemView chaired(long itemId) {
        AgendaItemView item = meetings.item(itemId);
        SessionView s = meetings.session(item.sessionId());
        if (!meetings.isChair(s)) {
            throw new AccessDeniedException("the chair only");
        }
        if (item.voteMode() == VoteMode.NONE || !s.voting()) {
            throw new ConflictException("vote", "Nội dung này không biểu quyết");
        }
        return item;
    }
}
