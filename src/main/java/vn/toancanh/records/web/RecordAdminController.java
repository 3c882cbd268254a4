package vn.toancanh.records.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.toancanh.records.RecordService;
import vn.toancanh.shared.PageFormats;

/** The archive's administration: the OCR engine found at start-up, how to enable it, counts and the queue. */
@Controller
class RecordAdminController {

    private final RecordService records;

    RecordAdminController(RecordService records) {
        this.records = records;
    }

    @GetMapping("/records/admin")
    @PreAuthorize("hasAnyRole('ADMIN','LEADER')")
    String admin(Model model) {
        model.addAttribute("engine", records.engine());
        model.addAttribute("types", records.types());
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "records/admin";
    }
}
