package vn.toancanh.meetings.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toancanh.meetings.Attendance;
import vn.toancanh.meetings.DocumentCategory;
import vn.toancanh.meetings.MeetingDocumentService;
import vn.toancanh.meetings.MeetingService;
import vn.toancanh.meetings.SessionStatus;
import vn.toancanh.meetings.VoteMode;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/**
 * The organisers' forms on a session's page: status, attendance, agenda, documents, resolutions and minutes. The
 * services decide who may (organisers of this session) and check the input; a refused form comes back with each
 * message beside its field.
 */
@Controller
@RequestMapping("/meetings/{id}")
@PreAuthorize("isAuthenticated()")
class MeetingOrganiserController {

    private final MeetingService meetings;
    private final MeetingDocumentService documents;
    private final SessionPage page;

    MeetingOrganiserController(MeetingService meetings, MeetingDocumentService documents, SessionPage page) {
        this.meetings = meetings;
        this.documents = documents;
        this.page = page;
    }

    @PostMapping("/status")
    String status(@PathVariable long id, @RequestParam SessionStatus status, RedirectAttributes flash) {
        meetings.setStatus(id, status);
        flash.addFlashAttribute("saved", "status");
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/minutes")
    String minutes(@PathVariable long id, @RequestParam(defaultValue = "") String minutes, Model model) {
        return run(id, model, Map.of("minutes", minutes), () -> meetings.setMinutes(id, minutes), "#minutes");
    }

    @PostMapping("/attendance")
    String attendance(
            @PathVariable long id,
            @RequestParam long userId,
            @RequestParam Attendance attendance,
            @RequestParam(required = false) @Nullable String reason,
            Model model) {
        return run(
                id,
                model,
                Map.of("reason-" + userId, reason == null ? "" : reason),
                () -> meetings.setAttendance(id, userId, attendance, reason),
                "#attendees");
    }

    @PostMapping("/items")
    String addItem(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String itemTitle,
            @RequestParam(required = false) @Nullable String presenter,
            @RequestParam(required = false) @Nullable VoteMode voteMode,
            Model model) {
        return run(
                id,
                model,
                Map.of("itemTitle", itemTitle, "presenter", presenter == null ? "" : presenter),
                () -> meetings.addItem(id, itemTitle, presenter, voteMode),
                "#agenda");
    }

    @PostMapping("/documents")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long documentId,
            @RequestParam(required = false) @Nullable Long itemId,
            @RequestParam(defaultValue = "") String docTitle,
            @RequestParam(required = false) @Nullable DocumentCategory category,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model)
            throws IOException {
        byte[] content = file == null ? new byte[0] : file.getBytes();
        String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        return run(
                id,
                model,
                Map.of("docTitle", docTitle),
                () -> documents.upload(id, documentId, itemId, docTitle, category, name, content),
                "#documents");
    }

    @PostMapping("/resolutions")
    String resolution(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String number,
            @RequestParam(defaultValue = "") String resolutionTitle,
            @RequestParam(required = false) @Nullable String body,
            @RequestParam(required = false) @Nullable String adoptedOn,
            @RequestParam(required = false) @Nullable MultipartFile resolutionFile,
            Model model)
            throws IOException {
        byte[] pdf = resolutionFile == null ? null : resolutionFile.getBytes();
        String name = resolutionFile == null ? null : resolutionFile.getOriginalFilename();
        Map<String, String> typed =
                Map.of("number", number, "resolutionTitle", resolutionTitle, "body", body == null ? "" : body);
        LocalDate day;
        try {
            day = adoptedOn == null || adoptedOn.isBlank() ? null : LocalDate.parse(adoptedOn);
        } catch (DateTimeParseException e) {
            return page.show(id, Map.of("adoptedOn", "Ngày không hợp lệ"), typed, model);
        }
        return run(
                id,
                model,
                typed,
                () -> meetings.addResolution(id, number, resolutionTitle, body, name, pdf, day),
                "#resolutions");
    }

    private String run(long id, Model model, Map<String, String> typed, Runnable write, String anchor) {
        try {
            write.run();
            return "redirect:/meetings/" + id + anchor;
        } catch (InvalidInputException e) {
            return page.show(id, FieldProblem.byField(e.problems()), typed, model);
        }
    }
}
