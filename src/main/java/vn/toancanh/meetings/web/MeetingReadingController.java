package vn.toancanh.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toancanh.meetings.AgendaItemView;
import vn.toancanh.meetings.DocumentFile;
import vn.toancanh.meetings.MeetingDocumentService;
import vn.toancanh.meetings.MeetingDocumentView;
import vn.toancanh.meetings.MeetingService;
import vn.toancanh.meetings.SessionView;
import vn.toancanh.shared.InvalidInputException;

/**
 * The attendees' reading page (documents by agenda item or by category beside an embedded viewer and the reader's own
 * note), the watermarked files, and the search over every document the reader may see.
 */
@Controller
@RequestMapping("/meetings")
@PreAuthorize("isAuthenticated()")
class MeetingReadingController {

    private final MeetingService meetings;
    private final MeetingDocumentService documents;

    MeetingReadingController(MeetingService meetings, MeetingDocumentService documents) {
        this.meetings = meetings;
        this.documents = documents;
    }

    @GetMapping("/{id}/read")
    String read(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long doc,
            @RequestParam(defaultValue = "item") String by,
            Model model) {
        SessionView s = meetings.session(id);
        List<MeetingDocumentView> all = documents.documents(id);
        List<AgendaItemView> items = meetings.items(id);
        boolean byCategory = "category".equals(by);
        Map<String, List<MeetingDocumentView>> groups = new LinkedHashMap<>();
        if (byCategory) {
            for (MeetingDocumentView d : all) {
                groups.computeIfAbsent("mt.category." + d.category(), k -> new java.util.ArrayList<>())
                        .add(d);
            }
        } else {
            for (AgendaItemView i : items) {
                List<MeetingDocumentView> of = all.stream()
                        .filter(d -> Long.valueOf(i.id()).equals(d.itemId()))
                        .toList();
                if (!of.isEmpty()) {
                    groups.put(i.position() + ". " + i.title(), of);
                }
            }
            List<MeetingDocumentView> general =
                    all.stream().filter(d -> d.itemId() == null).toList();
            if (!general.isEmpty()) {
                groups.put("mt.read.general", general);
            }
        }
        MeetingDocumentView current = doc == null ? (all.isEmpty() ? null : all.get(0)) : documents.document(doc);
        if (current != null && current.sessionId() != id) {
            current = null;
        }
        model.addAttribute("s", s);
        model.addAttribute("groups", groups);
        model.addAttribute("byCategory", byCategory);
        model.addAttribute("by", byCategory ? "category" : "item");
        model.addAttribute("current", current);
        model.addAttribute("versions", current == null ? List.of() : documents.versions(current.id()));
        model.addAttribute("note", current == null ? "" : documents.note(current.id()));
        return "meetings/read";
    }

    /** The file, watermarked for this reader: shown in the page's viewer, or saved with {@code download}. */
    @GetMapping("/documents/{docId}/file")
    ResponseEntity<byte[]> file(
            @PathVariable long docId,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(defaultValue = "false") boolean download,
            HttpServletResponse response) {
        return pdf(documents.file(docId, version), download, response);
    }

    @GetMapping("/resolutions/{resolutionId}/file")
    ResponseEntity<byte[]> resolutionFile(
            @PathVariable long resolutionId,
            @RequestParam(defaultValue = "false") boolean download,
            HttpServletResponse response) {
        return pdf(meetings.resolutionFile(resolutionId, documents), download, response);
    }

    @PostMapping("/documents/{docId}/note")
    String note(
            @PathVariable long docId,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "item") String by,
            RedirectAttributes flash) {
        MeetingDocumentView d = documents.document(docId);
        try {
            documents.saveNote(docId, note);
            flash.addFlashAttribute("noteSaved", true);
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("noteError", e.problems().get(0).reason());
        }
        return "redirect:/meetings/" + d.sessionId() + "/read?by=" + ("category".equals(by) ? "category" : "item")
                + "&doc=" + docId + "#note";
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("hits", q.isBlank() ? List.of() : documents.search(q));
        return "meetings/search";
    }

    private static ResponseEntity<byte[]> pdf(DocumentFile f, boolean download, HttpServletResponse response) {
        // the reading page embeds the file: allow framing by our own pages only
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(f.fileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(f.content());
    }
}
