package vn.toancanh.feedback.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.toancanh.feedback.CategoryView;
import vn.toancanh.feedback.FeedbackChannel;
import vn.toancanh.feedback.FeedbackService;
import vn.toancanh.feedback.FeedbackStatus;
import vn.toancanh.feedback.FeedbackSubmission;
import vn.toancanh.feedback.Open311Keys;
import vn.toancanh.feedback.PublicFeedbackView;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.PublicRateLimiter;
import vn.toancanh.shared.UploadLimit;

/**
 * Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2), so existing 311 apps and tools work unchanged: discovery,
 * services and their definitions, posting and reading requests, tokens; every resource as {@code .xml} or
 * {@code .json}, errors in the spec's error list with the HTTP status 400, 403 or 404 (and 429 over the rate). Public:
 * no login; posting needs an app's {@code api_key}. A request's contact details are never returned.
 */
@Controller
@RequestMapping("/open311/v2")
@Tag(name = "Open311", description = "GeoReport v2: phản ánh của người dân cho các ứng dụng 311")
class Open311Controller {

    /** The spec's default and largest window of GET requests. */
    static final Duration WINDOW = Duration.ofDays(90);
    /** The most requests a list returns. */
    static final int MAX_RESULTS = 1000;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Open311Controller.class);
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final String BUCKET_READ = "open311-read";
    private static final String BUCKET_POST = "open311-post";

    private final FeedbackService feedback;
    private final Open311Keys keys;
    private final Open311Writer writer;
    private final PublicRateLimiter limiter;
    private final UploadLimit uploadLimit;

    Open311Controller(
            FeedbackService feedback,
            Open311Keys keys,
            Open311Writer writer,
            PublicRateLimiter limiter,
            UploadLimit uploadLimit) {
        this.feedback = feedback;
        this.keys = keys;
        this.writer = writer;
        this.limiter = limiter;
        this.uploadLimit = uploadLimit;
    }

    @GetMapping("/discovery.{format}")
    @PreAuthorize("permitAll()")
    @Operation(summary = "Service discovery: the endpoint, its specification and formats")
    ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
        var f = read(format, request);
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", base() + "/open311/v2");
        endpoint.put("changeset", "2026-12-03T00:00:00+07:00");
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("changeset", "2026-12-03T00:00:00+07:00");
        d.put("contact", "Bộ phận tiếp nhận phản ánh, kiến nghị: " + base() + "/portal/feedback");
        d.put("key_service", "Liên hệ quản trị viên hệ thống để được cấp api_key cho ứng dụng");
        d.put("endpoints", List.of(endpoint));
        return writer.object(f, "discovery", d);
    }

    @GetMapping("/services.{format}")
    @PreAuthorize("permitAll()")
    @Operation(summary = "The feedback categories (Open311 services)")
    ResponseEntity<String> services(@PathVariable String format, HttpServletRequest request) {
        var f = read(format, request);
        List<Map<String, Object>> out = new ArrayList<>();
        for (CategoryView c : feedback.categories(false)) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("service_code", c.code());
            s.put("service_name", c.name());
            s.put("description", c.description());
            s.put("metadata", !c.attributes().isEmpty());
            s.put("type", "realtime");
            s.put("keywords", c.keywords());
            s.put("group", c.group());
            out.add(s);
        }
        return writer.list(f, HttpStatus.OK, "services", "service", out);
    }

    @GetMapping("/services/{code}.{format}")
    @PreAuthorize("permitAll()")
    @Operation(summary = "A service definition: the extra questions (attributes) of a category")
    ResponseEntity<String> definition(
            @PathVariable String code, @PathVariable String format, HttpServletRequest request) {
        var f = read(format, request);
        CategoryView c = feedback.category(code)
                .filter(CategoryView::active)
                .orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, "service_code " + code + " not found"));
        List<Map<String, Object>> attributes = new ArrayList<>();
        for (CategoryView.AttributeView a : c.attributes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("variable", true);
            m.put("code", a.code());
            m.put("datatype", a.datatype());
            m.put("required", a.required());
            m.put("datatype_description", describe(a.datatype()));
            m.put("order", a.order());
            m.put("description", a.description());
            if (a.isList()) {
                List<Map<String, Object>> values = new ArrayList<>();
                a.values().forEach(v -> {
                    Map<String, Object> value = new LinkedHashMap<>();
                    value.put("key", v.key());
                    value.put("name", v.name());
                    values.add(value);
                });
                m.put("values", values);
            }
            attributes.add(m);
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("service_code", c.code());
        d.put("attributes", attributes);
        return writer.object(f, "service_definition", d);
    }

    @PostMapping("/requests.{format}")
    @PreAuthorize("permitAll()")
    @Operation(
            summary = "Posts a request",
            description = "Form parameters as in GeoReport v2: api_key, service_code, lat and long or address_string,"
                    + " description, media_url, email, first_name, last_name, phone, device_id, account_id,"
                    + " attribute[code]; multipart requests may carry a photo as 'media'.")
    ResponseEntity<String> post(@PathVariable String format, HttpServletRequest request) throws IOException {
        var f = Open311Writer.Format.of(format);
        limit(BUCKET_POST, request);
        if (request instanceof MultipartHttpServletRequest multipart) {
            // read the parts first: a part over the limit then fails as MaxUploadSizeExceededException (413), not as
            // the container's failure to read a parameter
            multipart.getMultiFileMap();
        }
        String client = null;
        String apiKey = request.getParameter("api_key");
        if (keys.required() || apiKey != null) {
            client = keys.client(apiKey)
                    .orElseThrow(() -> new Open311Exception(HttpStatus.FORBIDDEN, "Invalid api_key"));
        }
        String serviceCode = request.getParameter("service_code");
        if (serviceCode == null || serviceCode.isBlank()) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, "service_code was not provided");
        }
        if (feedback.category(serviceCode.strip()).filter(CategoryView::active).isEmpty()) {
            throw new Open311Exception(HttpStatus.NOT_FOUND, "service_code " + serviceCode.strip() + " not found");
        }
        FeedbackSubmission.Photo photo = null;
        if (request instanceof MultipartHttpServletRequest multipart) {
            MultipartFile media = multipart.getFile("media");
            if (media != null && !media.isEmpty()) {
                photo = new FeedbackSubmission.Photo(
                        String.valueOf(media.getOriginalFilename()), media.getContentType(), media.getBytes());
            }
        }
        String name = join(request.getParameter("first_name"), request.getParameter("last_name"));
        var submitted = feedback.submit(new FeedbackSubmission(
                serviceCode.strip(),
                request.getParameter("description"),
                number(request, "lat"),
                number(request, "long"),
                request.getParameter("address_string"),
                request.getParameter("media_url"),
                photo,
                name,
                request.getParameter("phone"),
                request.getParameter("email"),
                request.getParameter("device_id"),
                request.getParameter("account_id"),
                attributes(request),
                FeedbackChannel.OPEN311,
                client));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", submitted.code());
        r.put("token", submitted.token());
        r.put("service_notice", "Hạn trả lời: " + w3c(submitted.dueAt()));
        r.put("account_id", request.getParameter("account_id"));
        // 200 as in the specification's examples: clients written against them check for it.
        return writer.list(f, HttpStatus.OK, "service_requests", "request", List.of(r));
    }

    @GetMapping("/requests.{format}")
    @PreAuthorize("permitAll()")
    @Operation(
            summary = "Requests, newest first",
            description = "Filters: service_request_id (comma separated; the others are then ignored), service_code,"
                    + " start_date, end_date (W3C date-times, at most 90 days apart; the last 90 days by default),"
                    + " status (open, closed, or both comma separated). At most 1000.")
    ResponseEntity<String> requests(@PathVariable String format, HttpServletRequest request) {
        var f = read(format, request);
        String ids = request.getParameter("service_request_id");
        if (ids != null && !ids.isBlank()) {
            List<String> codes = Arrays.stream(ids.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .limit(MAX_RESULTS)
                    .toList();
            return requestList(f, feedback.publicByCodes(codes));
        }
        Instant end = date(request, "end_date");
        Instant start = date(request, "start_date");
        if (end == null) {
            end = start == null ? Instant.now() : start.plus(WINDOW);
        }
        if (start == null) {
            start = end.minus(WINDOW);
        }
        if (!start.isBefore(end)) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, "start_date must be before end_date");
        }
        if (Duration.between(start, end).compareTo(WINDOW) > 0) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, "start_date and end_date may be at most 90 days apart");
        }
        List<FeedbackStatus> statuses = statuses(request.getParameter("status"));
        String serviceCode = request.getParameter("service_code");
        if (serviceCode != null && !serviceCode.isBlank()) {
            List<String> codes =
                    Arrays.stream(serviceCode.split(",")).map(String::strip).toList();
            List<PublicFeedbackView> out = new ArrayList<>();
            for (String c : codes) {
                out.addAll(feedback.publicList(statuses, c, start, end, MAX_RESULTS));
            }
            out.sort((a, b) -> b.receivedAt().compareTo(a.receivedAt()));
            return requestList(f, out.subList(0, Math.min(out.size(), MAX_RESULTS)));
        }
        return requestList(f, feedback.publicList(statuses, null, start, end, MAX_RESULTS));
    }

    @GetMapping("/requests/{id:[^.]+}.{format}")
    @PreAuthorize("permitAll()")
    @Operation(summary = "One request by its service_request_id")
    ResponseEntity<String> request(@PathVariable String id, @PathVariable String format, HttpServletRequest request) {
        var f = read(format, request);
        PublicFeedbackView r = feedback.publicView(id)
                .orElseThrow(
                        () -> new Open311Exception(HttpStatus.NOT_FOUND, "service_request_id " + id + " not found"));
        return requestList(f, List.of(r));
    }

    @GetMapping("/tokens/{token:[^.]+}.{format}")
    @PreAuthorize("permitAll()")
    @Operation(summary = "The service_request_id a token became")
    ResponseEntity<String> token(@PathVariable String token, @PathVariable String format, HttpServletRequest request) {
        var f = read(format, request);
        String code = feedback.codeForToken(token)
                .orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, "token " + token + " not found"));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", code);
        r.put("token", token.strip());
        return writer.list(f, HttpStatus.OK, "service_requests", "request", List.of(r));
    }

    private ResponseEntity<String> requestList(Open311Writer.Format f, List<PublicFeedbackView> requests) {
        String base = base();
        List<Map<String, Object>> out = new ArrayList<>();
        for (PublicFeedbackView r : requests) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service_request_id", r.code());
            m.put("status", r.status().open311());
            m.put("status_notes", r.statusNotes());
            m.put("service_name", r.categoryName());
            m.put("service_code", r.categoryCode());
            m.put("description", r.description());
            m.put("agency_responsible", r.unitName());
            m.put("service_notice", r.status().labelVi());
            m.put("requested_datetime", w3c(r.receivedAt()));
            m.put("updated_datetime", w3c(r.updatedAt()));
            m.put("expected_datetime", w3c(r.dueAt()));
            m.put("address", r.address());
            m.put("address_id", null);
            m.put("zipcode", null);
            m.put("lat", r.latitude());
            m.put("long", r.longitude());
            m.put(
                    "media_url",
                    r.photoIds().isEmpty()
                            ? r.mediaUrl()
                            : base + "/portal/feedback/" + r.code() + "/photos/"
                                    + r.photoIds().get(0));
            out.add(m);
        }
        return writer.list(f, HttpStatus.OK, "service_requests", "request", out);
    }

    @ExceptionHandler(Open311Exception.class)
    ResponseEntity<String> open311(Open311Exception e, HttpServletRequest request) {
        ResponseEntity<String> answer = writer.errors(formatOf(request), e.status, e.errors);
        if (e.status == HttpStatus.TOO_MANY_REQUESTS) {
            return ResponseEntity.status(e.status)
                    .headers(answer.getHeaders())
                    .header("Retry-After", String.valueOf(PublicRateLimiter.retryAfterSeconds()))
                    .body(answer.getBody());
        }
        return answer;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<String> invalid(InvalidInputException e, HttpServletRequest request) {
        List<Open311Writer.Error> errors = e.problems().stream()
                // the photo is the spec's "media" part
                .map(p -> new Open311Writer.Error(
                        400, (p.field().equals("photo") ? "media" : p.field()) + ": " + p.reason()))
                .toList();
        return writer.errors(formatOf(request), HttpStatus.BAD_REQUEST, errors);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<String> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return writer.errors(
                formatOf(request),
                HttpStatus.PAYLOAD_TOO_LARGE,
                List.of(new Open311Writer.Error(413, "media: " + uploadLimit.message(e))));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e, HttpServletRequest request) {
        return writer.errors(
                formatOf(request),
                HttpStatus.NOT_FOUND,
                List.of(new Open311Writer.Error(404, String.valueOf(e.getBody().getDetail()))));
    }

    /** Anything else is the server's fault: logged, and answered in the same error format without its details. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> failed(RuntimeException e, HttpServletRequest request) {
        log.error("Open311 {} failed", request.getRequestURI(), e);
        return writer.errors(
                formatOf(request),
                HttpStatus.INTERNAL_SERVER_ERROR,
                List.of(new Open311Writer.Error(500, "Internal error; the request was not completed")));
    }

    /** The format the path asked for; JSON when it asked for none we know (so the error itself can be read). */
    private static Open311Writer.Format formatOf(HttpServletRequest request) {
        return request.getRequestURI().endsWith(".xml") ? Open311Writer.Format.XML : Open311Writer.Format.JSON;
    }

    private Open311Writer.Format read(String format, HttpServletRequest request) {
        var f = Open311Writer.Format.of(format);
        limit(BUCKET_READ, request);
        return f;
    }

    private void limit(String bucket, HttpServletRequest request) {
        if (!limiter.allow(bucket, request.getRemoteAddr())) {
            throw new Open311Exception(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many requests: at most " + limiter.limit(bucket) + " a minute from one address");
        }
    }

    private static @Nullable Double number(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, "Phải là một số thập phân (vd 20.8449)");
        }
    }

    private static @Nullable Instant date(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Exception(
                    HttpStatus.BAD_REQUEST, name + " must be a W3C date-time, e.g. 2026-12-01T00:00:00+07:00");
        }
    }

    private static List<FeedbackStatus> statuses(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return List.of();
        }
        List<FeedbackStatus> out = new ArrayList<>();
        for (String s : status.split(",")) {
            switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "open" ->
                    out.addAll(List.of(FeedbackStatus.NEW, FeedbackStatus.ASSIGNED, FeedbackStatus.IN_PROGRESS));
                case "closed" ->
                    out.addAll(List.of(FeedbackStatus.RESOLVED, FeedbackStatus.CLOSED, FeedbackStatus.REJECTED));
                default -> throw new Open311Exception(HttpStatus.BAD_REQUEST, "status must be open or closed");
            }
        }
        return out;
    }

    /** {@code attribute[code]=v} and, for multi-value lists, {@code attribute[code][]=v} repeated. */
    private static Map<String, List<String>> attributes(HttpServletRequest request) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("attribute[")) {
                int close = name.indexOf(']');
                if (close > 10) {
                    out.computeIfAbsent(name.substring(10, close), k -> new ArrayList<>())
                            .addAll(Arrays.asList(values));
                }
            }
        });
        return out;
    }

    private static @Nullable String join(@Nullable String first, @Nullable String last) {
        String name = ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
        return name.isEmpty() ? null : name;
    }

    private static String describe(String datatype) {
        return switch (datatype) {
            case "number" -> "Một số";
            case "datetime" -> "Ngày giờ dạng 2026-12-03T14:30:00+07:00";
            case "singlevaluelist" -> "Chọn một giá trị (key)";
            case "multivaluelist" -> "Chọn một hoặc nhiều giá trị (key), gửi attribute[code][]";
            case "text" -> "Đoạn văn";
            default -> "Chuỗi ký tự";
        };
    }

    private static String w3c(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS)
                .atZone(OrganisationService.ZONE)
                .format(W3C);
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
