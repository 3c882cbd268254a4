package vn.toancanh.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.identity.Person;
import vn.toancanh.meetings.internal.MeetingPdf;
import vn.toancanh.meetings.internal.ResolutionRepository;
import vn.toancanh.meetings.internal.SessionRepository;
import vn.toancanh.meetings.internal.SessionRepository.Invitee;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;

/**
 * Sessions and who may see them. Admins and leaders see and organise every session; a session's secretary organises
 * it; its invitees read it. Anyone else is told it does not exist (404), so an address gives nothing away.
 */
@Service
public class MeetingService {

    private final SessionRepository sessions;
    private final ResolutionRepository resolutions;
    private final IdentityService identity;
    private final AuditService audit;

    MeetingService(
            SessionRepository sessions,
            ResolutionRepository resolutions,
            IdentityService identity,
            AuditService audit) {
        this.sessions = sessions;
        this.resolutions = resolutions;
        this.identity = identity;
        this.audit = audit;
    }

    public CurrentUser me() {
        return identity.currentUserOrSystem();
    }

    public List<SessionView> sessions() {
        CurrentUser me = me();
        return sessions.visibleTo(me.readsAll() ? null : me.id());
    }

    /** The session if the current user may see it; otherwise not found, exactly as for a session that is not there. */
    public SessionView session(long id) {
        CurrentUser me = me();
        return sessions.find(id)
                .filter(s -> me.readsAll()
                        || Long.valueOf(me.id()).equals(s.secretaryId())
                        || sessions.isAttendee(id, me.id()))
                .orElseThrow(() -> NotFoundException.of("kỳ họp", String.valueOf(id)));
    }

    public boolean canCreate() {
        return me().readsAll();
    }

    public boolean canOrganise(SessionView s) {
        CurrentUser me = me();
        return me.readsAll() || Long.valueOf(me.id()).equals(s.secretaryId());
    }

    public boolean isAttendee(long sessionId) {
        return sessions.isAttendee(sessionId, me().id());
    }

    /** The chair (and admins) open and close votes. */
    public boolean isChair(SessionView s) {
        CurrentUser me = me();
        return me.isAdmin() || me.id() == s.chairId();
    }

    public List<Person> people() {
        return identity.people();
    }

    public List<AttendeeView> attendees(long sessionId) {
        return sessions.attendees(session(sessionId).id());
    }

    public List<AgendaItemView> items(long sessionId) {
        return sessions.items(session(sessionId).id());
    }

    public List<ResolutionView> resolutions(long sessionId) {
        return resolutions.ofSession(session(sessionId).id());
    }

    /** The agenda item if its session is visible; 404 otherwise. */
    public AgendaItemView item(long itemId) {
        AgendaItemView item =
                sessions.item(itemId).orElseThrow(() -> NotFoundException.of("nội dung", String.valueOf(itemId)));
        session(item.sessionId());
        return item;
    }

    @Transactional
    public SessionView create(SessionInput input) {
        if (!canCreate()) {
            throw new AccessDeniedException("organisers only");
        }
        Checked c = check(input);
        long id = sessions.insert(c.row(), me().username());
        sessions.setAttendees(id, c.invitees());
        audit.record("CREATE", "meeting_session", String.valueOf(id), c.row().title());
        return session(id);
    }

    @Transactional
    public SessionView update(long id, SessionInput input) {
        organised(id);
        Checked c = check(input);
        sessions.update(id, c.row(), me().username());
        sessions.setAttendees(id, c.invitees());
        audit.record("UPDATE", "meeting_session", String.valueOf(id), c.row().title());
        return session(id);
    }

    @Transactional
    public void setStatus(long id, SessionStatus status) {
        organised(id);
        sessions.setStatus(id, status, me().username());
        audit.record("STATUS", "meeting_session", String.valueOf(id), status.name());
    }

    @Transactional
    public void setMinutes(long id, String minutes) {
        organised(id);
        if (minutes.length() > 100_000) {
            throw InvalidInputException.of("minutes", "Biên bản dài quá 100.000 ký tự");
        }
        sessions.setMinutes(id, minutes.strip(), me().username());
        audit.record("UPDATE", "meeting_minutes", String.valueOf(id), minutes.length() + " ký tự");
    }

    @Transactional
    public void setAttendance(long id, long userId, Attendance attendance, @Nullable String reason) {
        organised(id);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (attendance == Attendance.ABSENT && why == null) {
            throw InvalidInputException.of("reason-" + userId, "Hãy ghi lý do vắng mặt");
        }
        if (sessions.setAttendance(id, userId, attendance, why) == 0) {
            throw NotFoundException.of("đại biểu", String.valueOf(userId));
        }
        audit.record("ATTENDANCE", "meeting_attendee", id + "/" + userId, attendance.name());
    }

    @Transactional
    public long addItem(long sessionId, String title, @Nullable String presenter, @Nullable VoteMode mode) {
        SessionView s = organised(sessionId);
        List<FieldProblem> problems = new ArrayList<>();
        if (title.isBlank() || title.length() > 500) {
            problems.add(new FieldProblem("itemTitle", "Hãy nhập tên nội dung (tối đa 500 ký tự)"));
        }
        VoteMode m = mode == null ? VoteMode.NONE : mode;
        if (m != VoteMode.NONE && !s.voting()) {
            problems.add(new FieldProblem("voteMode", "Kỳ họp này không biểu quyết trên hệ thống"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String p = presenter == null || presenter.isBlank() ? null : presenter.strip();
        long id = sessions.addItem(sessionId, title.strip(), p, m);
        audit.record("CREATE", "meeting_agenda_item", String.valueOf(id), title.strip());
        return id;
    }

    @Transactional
    public long addResolution(
            long sessionId,
            String number,
            String title,
            @Nullable String body,
            @Nullable String fileName,
            byte @Nullable [] pdf,
            @Nullable LocalDate adoptedOn) {
        SessionView s = organised(sessionId);
        List<FieldProblem> problems = new ArrayList<>();
        if (number.isBlank() || number.length() > 60) {
            problems.add(new FieldProblem("number", "Hãy nhập số nghị quyết (tối đa 60 ký tự)"));
        } else if (resolutions.exists(sessionId, number.strip())) {
            problems.add(new FieldProblem("number", "Kỳ họp đã có nghị quyết số này"));
        }
        if (title.isBlank() || title.length() > 500) {
            problems.add(new FieldProblem("resolutionTitle", "Hãy nhập trích yếu nghị quyết"));
        }
        boolean hasPdf = pdf != null && pdf.length > 0;
        if (hasPdf && !MeetingPdf.isPdf(pdf)) {
            problems.add(new FieldProblem("resolutionFile", "Tệp không phải PDF"));
        }
        String text = body == null || body.isBlank() ? null : body.strip();
        if (text == null && !hasPdf) {
            problems.add(new FieldProblem("body", "Hãy nhập nội dung hoặc đính kèm tệp PDF"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate day = adoptedOn == null ? s.startsAt().toLocalDate() : adoptedOn;
        long id = resolutions.insert(
                sessionId, number.strip(), title.strip(), text, hasPdf ? fileName : null, hasPdf ? pdf : null, day);
        audit.record("CREATE", "meeting_resolution", String.valueOf(id), number.strip());
        return id;
    }

    /** The resolution's PDF, stamped for the reader; 404 unless its session is visible. */
    public DocumentFile resolutionFile(long resolutionId, MeetingDocumentService documents) {
        long sessionId = resolutions
                .sessionOf(resolutionId)
                .orElseThrow(() -> NotFoundException.of("nghị quyết", String.valueOf(resolutionId)));
        session(sessionId);
        byte[] pdf = resolutions
                .content(resolutionId)
                .orElseThrow(() -> NotFoundException.of("tệp nghị quyết", String.valueOf(resolutionId)));
        return new DocumentFile("nghi-quyet-" + resolutionId + ".pdf", documents.stamp(pdf));
    }

    SessionView organised(long id) {
        SessionView s = session(id);
        if (!canOrganise(s)) {
            throw new AccessDeniedException("organisers only");
        }
        return s;
    }

    private record Checked(SessionRepository.Row row, List<Invitee> invitees) {}

    private Checked check(SessionInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, Person> people = new LinkedHashMap<>();
        for (Person p : identity.people()) {
            people.put(p.id(), p);
        }
        if (in.title().isBlank() || in.title().length() > 300) {
            problems.add(new FieldProblem("title", "Hãy nhập tên kỳ họp (tối đa 300 ký tự)"));
        }
        if (in.kind() == null) {
            problems.add(new FieldProblem("kind", "Hãy chọn loại cuộc họp"));
        }
        if (in.startsAt() == null) {
            problems.add(new FieldProblem("date", "Hãy nhập ngày và giờ họp"));
        }
        if (in.place().isBlank() || in.place().length() > 300) {
            problems.add(new FieldProblem("place", "Hãy nhập địa điểm họp"));
        }
        Person chair = in.chairId() == null ? null : people.get(in.chairId());
        if (chair == null) {
            problems.add(new FieldProblem("chairId", "Hãy chọn người chủ trì"));
        }
        if (in.secretaryId() != null && !people.containsKey(in.secretaryId())) {
            problems.add(new FieldProblem("secretaryId", "Thư ký không còn là người dùng của hệ thống"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<Long, Invitee> invitees = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(in.attendeeIds());
        ids.add(chair.id());
        if (in.secretaryId() != null) {
            ids.add(in.secretaryId());
        }
        for (Long uid : ids) {
            Person p = people.get(uid);
            if (p != null) {
                invitees.put(uid, new Invitee(uid, p.fullName()));
            }
        }
        SessionRepository.Row row = new SessionRepository.Row(
                in.title().strip(),
                in.kind(),
                in.startsAt(),
                in.place().strip(),
                chair.id(),
                chair.fullName(),
                in.secretaryId(),
                in.voting());
        return new Checked(row, List.copyOf(invitees.values()));
    }
}
