package vn.toancanh.meetings.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.toancanh.meetings.AgendaItemView;
import vn.toancanh.meetings.Attendance;
import vn.toancanh.meetings.DocumentCategory;
import vn.toancanh.meetings.MeetingDocumentService;
import vn.toancanh.meetings.MeetingService;
import vn.toancanh.meetings.SessionStatus;
import vn.toancanh.meetings.SessionView;
import vn.toancanh.meetings.VoteMode;
import vn.toancanh.meetings.VoteService;

/** What the session page shows, for its own address and for a form posted back to it with errors. */
@Component
class SessionPage {

    private final MeetingService meetings;
    private final MeetingDocumentService documents;
    private final VoteService votes;

    SessionPage(MeetingService meetings, MeetingDocumentService documents, VoteService votes) {
        this.meetings = meetings;
        this.documents = documents;
        this.votes = votes;
    }

    void organiser(SessionView s) {
        if (!meetings.canOrganise(s)) {
            throw new AccessDeniedException("organisers only");
        }
    }

    /**
     * @param errors problems by field, shown beside the form that was posted
     * @param typed what was typed into that form, shown again
     */
    String show(long id, Map<String, String> errors, Map<String, String> typed, Model model) {
        SessionView s = meetings.session(id);
        List<AgendaItemView> items = meetings.items(id);
        Map<Long, Boolean> voted = new HashMap<>();
        boolean attendee = meetings.isAttendee(id);
        for (AgendaItemView i : items) {
            if (attendee && i.voteMode() != VoteMode.NONE) {
                voted.put(i.id(), votes.hasVoted(i.id()));
            }
        }
        model.addAttribute("s", s);
        model.addAttribute("attendees", meetings.attendees(id));
        model.addAttribute("items", items);
        model.addAttribute("documents", documents.documents(id));
        model.addAttribute("resolutions", meetings.resolutions(id));
        model.addAttribute("organiser", meetings.canOrganise(s));
        model.addAttribute("chair", meetings.isChair(s));
        model.addAttribute("attendee", attendee);
        model.addAttribute("voted", voted);
        model.addAttribute("statuses", SessionStatus.values());
        model.addAttribute("attendances", Attendance.values());
        model.addAttribute("categories", DocumentCategory.values());
        model.addAttribute("voteModes", VoteMode.values());
        model.addAttribute("maxMb", documents.maxMegabytes());
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "meetings/session";
    }
}
