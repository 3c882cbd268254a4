package vn.toancanh.exchange.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.toancanh.exchange.internal.AccessLogService;
import vn.toancanh.exchange.internal.ClientService;
import vn.toancanh.shared.PageFormats;

/** The access log page: filters, paging, CSV export and checking the hash chain. */
@Controller
@RequestMapping("/exchange/log")
class AccessLogController {

    private final AccessLogService log;
    private final ClientService clients;

    AccessLogController(AccessLogService log, ClientService clients) {
        this.log = log;
        this.clients = clients;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    String list(@ModelAttribute("params") AccessLogParams params, Model model) {
        return page(params, model);
    }

    @PostMapping("/verify")
    @PreAuthorize("hasRole('ADMIN')")
    String verify(@ModelAttribute("params") AccessLogParams params, Model model) {
        model.addAttribute("verification", log.verify());
        return page(params, model);
    }

    @GetMapping("/export.csv")
    @PreAuthorize("hasRole('ADMIN')")
    void csv(@ModelAttribute AccessLogParams params, HttpServletResponse response) throws IOException {
        AccessLogCsv.write(log, params.filter(), response);
    }

    private String page(AccessLogParams params, Model model) {
        model.addAttribute("entries", log.list(params.filter(), params.pageOrFirst(), params.sizeOrDefault()));
        model.addAttribute("clients", clients.clients());
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "exchange/log";
    }
}
