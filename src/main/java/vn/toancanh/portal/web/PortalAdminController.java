package vn.toancanh.portal.web;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toancanh.portal.internal.DatasetVersions;
import vn.toancanh.portal.internal.HeritageSites;
import vn.toancanh.portal.internal.PhotoEncoder;
import vn.toancanh.portal.internal.PublishedReports;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.PageFormats;

/**
 * What admins publish on the portal: which report templates appear as news, each heritage site's description,
 * opening times, festival and photos (uploads are re-encoded, their metadata dropped), and new versions of the open
 * datasets. Every change is audited.
 */
@Controller
class PortalAdminController {

    private final PublishedReports reports;
    private final HeritageSites heritage;
    private final DatasetVersions versions;

    PortalAdminController(PublishedReports reports, HeritageSites heritage, DatasetVersions versions) {
        this.reports = reports;
        this.heritage = heritage;
        this.versions = versions;
    }

    @GetMapping("/admin/portal")
    @PreAuthorize("hasRole('ADMIN')")
    String index(Model model) {
        model.addAttribute("templates", reports.statuses());
        model.addAttribute("sites", heritage.list());
        model.addAttribute("datasets", versions.statuses());
        model.addAttribute("maxNote", DatasetVersions.MAX_NOTE);
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "portal/admin";
    }

    @PostMapping("/admin/portal/datasets/{code}/versions")
    @PreAuthorize("hasRole('ADMIN')")
    String publishVersion(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        try {
            var v = versions.publish(code, note);
            redirect.addFlashAttribute(
                    "message", "Đã công bố phiên bản " + v.version() + " của bộ dữ liệu " + v.datasetCode() + ".");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getBody().getDetail());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", problems(e));
        }
        return "redirect:/admin/portal#versions";
    }

    @PostMapping("/admin/portal/reports/{code}/publish")
    @PreAuthorize("hasRole('ADMIN')")
    String publish(@PathVariable String code, RedirectAttributes redirect) {
        try {
            reports.publish(code);
            redirect.addFlashAttribute("message", "Đã công khai mẫu báo cáo " + code + ".");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getBody().getDetail());
        }
        return "redirect:/admin/portal";
    }

    @PostMapping("/admin/portal/reports/{code}/unpublish")
    @PreAuthorize("hasRole('ADMIN')")
    String unpublish(@PathVariable String code, RedirectAttributes redirect) {
        reports.unpublish(code);
        redirect.addFlashAttribute("message", "Đã thôi công khai mẫu báo cáo " + code + ".");
        return "redirect:/admin/portal";
    }

    @GetMapping("/admin/portal/heritage/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String site(@PathVariable long id, Model model) {
        model.addAttribute("site", heritage.get(id));
        model.addAttribute("maxMb", PhotoEncoder.MAX_BYTES / (1024 * 1024));
        return "portal/admin-heritage";
    }

    @PostMapping("/admin/portal/heritage/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String saveSite(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String summary,
            @RequestParam(required = false) @Nullable String openingHours,
            @RequestParam(required = false) @Nullable String festivalName,
            @RequestParam(required = false) @Nullable String festivalDates,
            RedirectAttributes redirect) {
        try {
            heritage.saveInfo(id, summary, openingHours, festivalName, festivalDates);
            redirect.addFlashAttribute("message", "Đã lưu thông tin di tích.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", problems(e));
        }
        return "redirect:/admin/portal/heritage/" + id;
    }

    @PostMapping("/admin/portal/heritage/{id}/photos")
    @PreAuthorize("hasRole('ADMIN')")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String caption,
            RedirectAttributes redirect)
            throws IOException {
        try {
            heritage.addPhoto(id, caption == null ? "" : caption, file == null ? new byte[0] : file.getBytes());
            redirect.addFlashAttribute("message", "Đã thêm ảnh (ảnh được mã hoá lại, bỏ thông tin vị trí và máy ảnh).");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", problems(e));
        }
        return "redirect:/admin/portal/heritage/" + id;
    }

    @PostMapping("/admin/portal/heritage/photos/{photoId}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String deletePhoto(@PathVariable long photoId, RedirectAttributes redirect) {
        long site = heritage.deletePhoto(photoId);
        redirect.addFlashAttribute("message", "Đã xoá ảnh.");
        return "redirect:/admin/portal/heritage/" + site;
    }

    private static String problems(InvalidInputException e) {
        return String.join("; ", e.problems().stream().map(p -> p.reason()).toList());
    }
}
