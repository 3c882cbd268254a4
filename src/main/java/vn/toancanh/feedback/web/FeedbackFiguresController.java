package vn.toancanh.feedback.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.feedback.FeedbackFigures;
import vn.toancanh.feedback.FeedbackService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.PageFormats;

/** Feedback figures over a period, by handling unit and by category, on a page with a chart and as Excel. */
@Controller
class FeedbackFiguresController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FeedbackService feedback;
    private final JsonMapper json;

    FeedbackFiguresController(FeedbackService feedback, JsonMapper json) {
        this.feedback = feedback;
        this.json = json;
    }

    @GetMapping("/feedback/figures")
    @PreAuthorize("isAuthenticated()")
    String figures(@RequestParam(required = false) @Nullable String period, Model model) {
        FiguresPeriod p = FiguresPeriod.of(period);
        LocalDate today = OrganisationService.today();
        FeedbackFigures f = feedback.figures(p.from(today), p.to(today));
        model.addAttribute("period", p);
        model.addAttribute("periods", FiguresPeriod.choices());
        model.addAttribute("periodLabel", p.label(today));
        model.addAttribute("figures", f);
        model.addAttribute("chartRows", json.writeValueAsString(chartRows(f.byUnit())));
        model.addAttribute("fmt", PageFormats.INSTANCE);
        model.addAttribute("hours", HandlingTime.INSTANCE);
        return "feedback/figures";
    }

    @GetMapping("/feedback/figures.xlsx")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> excel(@RequestParam(required = false) @Nullable String period) {
        FiguresPeriod p = FiguresPeriod.of(period);
        LocalDate today = OrganisationService.today();
        byte[] book = FiguresWorkbook.write(feedback.figures(p.from(today), p.to(today)), p.label(today));
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("phan-anh-" + today + ".xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(book);
    }

    /** What the bar chart draws per unit: answered on time, answered late, still open, rejected. */
    private static List<Map<String, Object>> chartRows(List<FeedbackFigures.Row> rows) {
        return rows.stream()
                .<Map<String, Object>>map(r -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", r.name());
                    m.put("onTime", r.answeredOnTime());
                    m.put("late", r.answered() - r.answeredOnTime());
                    m.put("open", r.open());
                    m.put("rejected", r.rejected());
                    return m;
                })
                .toList();
    }
}
