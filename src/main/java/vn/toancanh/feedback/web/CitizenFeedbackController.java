package vn.toancanh.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.toancanh.feedback.FeedbackChannel;
import vn.toancanh.feedback.FeedbackService;
import vn.toancanh.feedback.FeedbackSubmission;
import vn.toancanh.feedback.PublicFeedbackView;
import vn.toancanh.feedback.internal.FeedbackProperties;
import vn.toancanh.map.MapService;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.PageFormats;
import vn.toancanh.shared.PublicRateLimiter;

/**
 * The citizens' side, phone first and without a login: the feedback form (category, what, a photo, a pin or an
 * address, optional contact) that answers with a tracking code; the lookup by that code; and each request's public
 * page with its status, the unit handling it, the public replies and a map.
 */
@Controller
class CitizenFeedbackController {

    private static final String SUBMIT = "feedback-submit";
    private static final String LOOKUP = "feedback-lookup";

    private final FeedbackService feedback;
    private final FormStamp stamps;
    private final PublicRateLimiter limiter;
    private final MapService map;
    private final FeedbackProperties properties;

    CitizenFeedbackController(
            FeedbackService feedback,
            FormStamp stamps,
            PublicRateLimiter limiter,
            MapService map,
            FeedbackProperties properties) {
        this.feedback = feedback;
        this.stamps = stamps;
        this.limiter = limiter;
        this.map = map;
        this.properties = properties;
    }

    @GetMapping("/portal/feedback")
    @PreAuthorize("permitAll()")
    String form(@RequestParam(required = false) @Nullable String category, Model model) {
        CitizenFeedbackForm form = category == null
                ? CitizenFeedbackForm.empty()
                : new CitizenFeedbackForm(category, null, null, null, null, null, null, null, null, null);
        return show(model, form, Map.of());
    }

    @PostMapping("/portal/feedback")
    @PreAuthorize("permitAll()")
    String submit(
            @ModelAttribute CitizenFeedbackForm form,
            @RequestParam(name = "photo", required = false) @Nullable MultipartFile photo,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        if (!limiter.allow(SUBMIT, request, response)) {
            return show(
                    model, form, Map.of("form", "Bạn đã gửi nhiều phản ánh trong một phút. Hãy thử lại sau ít phút."));
        }
        if (form.website() != null && !form.website().isBlank()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(model, form, Map.of("form", "Không gửi được phản ánh. Hãy tải lại trang và gửi lại."));
        }
        switch (stamps.check(form.stamp(), Instant.now())) {
            case TOO_FAST -> {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return show(
                        model,
                        form,
                        Map.of("form", "Biểu mẫu được gửi quá nhanh. Hãy kiểm tra nội dung và bấm Gửi lại."));
            }
            case EXPIRED -> {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return show(model, form, Map.of("form", "Biểu mẫu đã hết hạn. Nội dung vẫn còn, hãy bấm Gửi lại."));
            }
            case OK -> {}
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Double lat = coordinate(form.latitude(), "location", errors);
        Double lon = coordinate(form.longitude(), "location", errors);
        FeedbackSubmission.Photo upload = photo == null || photo.isEmpty()
                ? null
                : new FeedbackSubmission.Photo(
                        String.valueOf(photo.getOriginalFilename()), photo.getContentType(), photo.getBytes());
        if (errors.isEmpty()) {
            try {
                var submitted = feedback.submit(new FeedbackSubmission(
                        form.category(),
                        form.description(),
                        lat,
                        lon,
                        form.address(),
                        null,
                        upload,
                        form.name(),
                        form.phone(),
                        form.email(),
                        null,
                        null,
                        Map.of(),
                        FeedbackChannel.WEB,
                        null));
                return "redirect:/portal/feedback/" + submitted.code() + "?sent";
            } catch (InvalidInputException e) {
                for (FieldProblem p : e.problems()) {
                    errors.putIfAbsent(formField(p.field()), p.reason());
                }
            }
        }
        if (upload != null && !errors.containsKey("photo")) {
            errors.put("photo", "Hãy chọn lại ảnh trước khi gửi lại");
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return show(model, form, errors);
    }

    @GetMapping("/portal/feedback/track")
    @PreAuthorize("permitAll()")
    String track(
            @RequestParam(required = false) @Nullable String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String typed = code == null ? "" : code.strip();
        model.addAttribute("code", typed);
        if (typed.isEmpty()) {
            return "feedback/track";
        }
        if (typed.length() > 40) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", "Mã theo dõi không đúng dạng (vd PA-7K3M9QXD)");
            return "feedback/track";
        }
        if (!limiter.allow(LOOKUP, request, response)) {
            model.addAttribute("error", "Quá nhiều lượt tra cứu trong một phút. Hãy thử lại sau.");
            return "feedback/track";
        }
        var found = feedback.publicView(typed);
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute(
                    "error",
                    "Không tìm thấy phản ánh mã " + typed + ". Hãy kiểm tra lại mã trên giấy hẹn hoặc tin nhắn.");
            return "feedback/track";
        }
        return "redirect:/portal/feedback/" + found.get().code();
    }

    @GetMapping("/portal/feedback/{code:PA-[0-9A-Za-z]+}")
    @PreAuthorize("permitAll()")
    String request(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String sent,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!limiter.allow(LOOKUP, request, response)) {
            model.addAttribute("code", code);
            model.addAttribute("error", "Quá nhiều lượt tra cứu trong một phút. Hãy thử lại sau.");
            return "feedback/track";
        }
        PublicFeedbackView view = feedback.publicView(code).orElse(null);
        if (view == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("code", code);
            model.addAttribute("error", "Không tìm thấy phản ánh mã " + code + ".");
            return "feedback/track";
        }
        model.addAttribute("r", view);
        model.addAttribute("sent", sent != null);
        model.addAttribute("fmt", PageFormats.INSTANCE);
        model.addAttribute("mapConfig", mapConfig());
        return "feedback/public-request";
    }

    @GetMapping("/portal/feedback/{code:PA-[0-9A-Za-z]+}/photos/{photoId}")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> photo(@PathVariable String code, @PathVariable long photoId) {
        return feedback.photo(code, photoId)
                .map(p -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(p.getKey()))
                        .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7))
                                .cachePublic())
                        .body(p.getValue()))
                .orElse(ResponseEntity.notFound().build());
    }

    private String show(Model model, CitizenFeedbackForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", feedback.categories(false));
        model.addAttribute("stamp", stamps.issue());
        model.addAttribute("mapConfig", mapConfig());
        model.addAttribute("photoMaxBytes", properties.photoMaxBytes());
        model.addAttribute(
                "photoMaxMb", PageFormats.INSTANCE.number(Math.round(properties.photoMaxBytes() / 104857.6) / 10.0));
        return "feedback/form";
    }

    private Map<String, Object> mapConfig() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("tileUrl", map.tileUrl());
        c.put("tileAttribution", map.tileAttribution());
        c.put("boundaries", "/portal/feedback/area.geojson");
        return c;
    }

    private static @Nullable Double coordinate(@Nullable String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.put(field, "Vị trí không hợp lệ, hãy chọn lại trên bản đồ");
            return null;
        }
    }

    /** The form field a problem belongs beside (problems are named after the Open311 parameters). */
    static String formField(String problemField) {
        return switch (problemField) {
            case "service_code" -> "category";
            case "lat", "long" -> "location";
            case "address_string" -> "address";
            case "first_name" -> "name";
            default -> problemField.startsWith("attribute[") ? "category" : problemField;
        };
    }
}
