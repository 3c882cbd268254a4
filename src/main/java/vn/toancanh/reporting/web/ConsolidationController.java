package vn.toancanh.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toancanh.reporting.ConsolidationService;
import vn.toancanh.reporting.ConsolidationView;
import vn.toancanh.reporting.ReportingService;
import vn.toancanh.reports.QuickReports;
import vn.toancanh.reports.ReportBlock;
import vn.toancanh.reports.ReportDocument;
import vn.toancanh.reports.ReportTable;
import vn.toancanh.shared.PageFormats;

/**
 * The district's consolidation page: the units' approved figures added up, who is missing, the sending on; and the
 * consolidation as Excel and PDF with the district's header block.
 */
@Controller
@RequestMapping("/reporting/{form}/consolidated/{unit}/{period}")
class ConsolidationController {

    private final ConsolidationService consolidation;
    private final ReportingService reporting;
    private final QuickReports reports;

    ConsolidationController(ConsolidationService consolidation, ReportingService reporting, QuickReports reports) {
        this.consolidation = consolidation;
        this.reporting = reporting;
        this.reports = reports;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String page(@PathVariable String form, @PathVariable String unit, @PathVariable String period, Model model) {
        model.addAttribute("view", consolidation.consolidation(form, unit, period));
        model.addAttribute(
                "periods",
                reporting.completeness(form, ReportingController.MATRIX_PERIODS).totals());
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "reporting/consolidated";
    }

    @PostMapping("/submit")
    @PreAuthorize("hasAnyRole('ADMIN','LEADER')")
    String submit(
            @PathVariable String form,
            @PathVariable String unit,
            @PathVariable String period,
            RedirectAttributes flash) {
        ConsolidationView sent = consolidation.submit(form, unit, period);
        flash.addFlashAttribute("sent", sent.missing().size());
        return "redirect:/reporting/" + form + "/consolidated/" + unit + "/" + sent.period();
    }

    @GetMapping("/excel")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> excel(@PathVariable String form, @PathVariable String unit, @PathVariable String period)
            throws IOException {
        ReportDocument document = document(consolidation.consolidation(form, unit, period));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.excel(document, out);
        return ReportFiles.attachment(
                out.toByteArray(), ReportFiles.XLSX, form + "_" + unit + "_" + period + "_tong-hop.xlsx");
    }

    @GetMapping("/pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> pdf(
            @PathVariable String form, @PathVariable String unit, @PathVariable String period, Locale locale)
            throws IOException {
        ReportDocument document = document(consolidation.consolidation(form, unit, period));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.pdf(document, locale, out);
        return ReportFiles.attachment(
                out.toByteArray(), MediaType.APPLICATION_PDF, form + "_" + unit + "_" + period + "_tong-hop.pdf");
    }

    /** The consolidation as a report: a table per section, a column per included unit and the total. */
    private ReportDocument document(ConsolidationView view) {
        List<String> columns = new ArrayList<>(
                view.included().stream().map(ConsolidationView.UnitLine::name).toList());
        columns.add("Tổng cộng");
        List<ReportBlock> blocks = new ArrayList<>();
        String section = null;
        List<ReportTable.Row> rows = new ArrayList<>();
        for (ConsolidationView.Line line : view.lines()) {
            if (line.section() != null) {
                if (section != null) {
                    blocks.add(table(section, columns, rows));
                }
                section = line.section();
                rows = new ArrayList<>();
            }
            List<Double> values = new ArrayList<>(line.values());
            values.add(line.total());
            String name =
                    line.number() + ". " + line.itemName() + (line.comboName() == null ? "" : " – " + line.comboName());
            rows.add(new ReportTable.Row(
                    List.of(name, line.unitOfMeasure() == null ? "" : line.unitOfMeasure()), values));
        }
        if (section != null) {
            blocks.add(table(section, columns, rows));
        }
        String missing = view.missing().isEmpty()
                ? "Tất cả " + view.units().size() + " đơn vị đã có báo cáo được duyệt."
                : "Số liệu tổng hợp từ " + view.included().size() + "/"
                        + view.units().size()
                        + " đơn vị có báo cáo đã duyệt. Chưa có báo cáo được duyệt: "
                        + String.join(
                                ", ",
                                view.missing().stream()
                                        .map(ConsolidationView.UnitLine::name)
                                        .toList())
                        + ".";
        blocks.add(new ReportBlock.Text("Ghi chú", missing));
        return reports.document(view.formName() + " – tổng hợp " + view.unitName(), view.periodLabel(), blocks);
    }

    private static ReportBlock table(String title, List<String> columns, List<ReportTable.Row> rows) {
        return new ReportBlock.Table(new ReportTable(
                title, List.of("Chỉ tiêu", "Đơn vị tính"), columns, rows, ReportTable.Chart.NONE, null));
    }
}
