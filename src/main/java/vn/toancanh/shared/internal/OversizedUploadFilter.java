package vn.toancanh.shared.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import vn.toancanh.shared.UploadLimit;

/**
 * A page form's upload over the server's limit, answered before the security filters: reading the form's CSRF field
 * makes the container parse the whole body, and its failure would end on the container's English error page. The
 * sender gets 413 and a short page in their language naming the limit and leading back to the form. API calls are
 * left to their controllers, which answer with problem details (or Open311's own error format).
 */
@Component
@Order(-110) // before Spring Security's filter chain (-100)
class OversizedUploadFilter extends OncePerRequestFilter {

    private final UploadLimit uploadLimit;
    private final LocaleResolver locales;

    OversizedUploadFilter(UploadLimit uploadLimit, LocaleResolver locales) {
        this.uploadLimit = uploadLimit;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                || path.startsWith("/api/")
                || path.startsWith("/open311/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException | IOException | ServletException e) {
            if (tooLarge(e)) {
                answer(request, response);
                return;
            }
            // any other broken body: the controllers' own handling, as before
        }
        chain.doFilter(request, response);
    }

    /** The container names no status: its size exceptions are told apart by their class names. */
    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("Size")) {
                return true;
            }
        }
        return false;
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the pages' own resolver: the language cookie, Vietnamese without one
        boolean english = "en".equals(locales.resolveLocale(request).getLanguage());
        String megabytes = uploadLimit.maxFileMegabytes();
        String back = back(request);
        String page = english
                ? page(
                        "en",
                        "File too large",
                        "The files sent are too large: each may be at most " + megabytes
                                + " MB. Nothing was saved. Go back, choose a smaller file (a photo taken at a lower"
                                + " resolution, or a PDF split in parts) and send again.",
                        back,
                        "Back to the form")
                : page(
                        "vi",
                        "Tệp quá lớn",
                        "Tệp gửi lên quá lớn: mỗi tệp tối đa " + megabytes + " MB. Chưa có gì"
                                + " được lưu. Vui lòng quay lại, chọn tệp nhỏ hơn (ảnh chụp ở độ phân giải thấp hơn, hoặc"
                                + " tách tệp PDF) rồi gửi lại.",
                        back,
                        "Quay lại biểu mẫu");
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    /** The page the form was on (the referring page of this site), else the address posted to. */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                java.net.URI from = java.net.URI.create(referer);
                if (request.getServerName().equalsIgnoreCase(from.getHost()) && from.getRawPath() != null) {
                    return from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                }
            } catch (IllegalArgumentException notAnAddress) {
                // fall through
            }
        }
        return request.getRequestURI();
    }

    private static String page(String lang, String title, String text, String back, String backLabel) {
        return """
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, \
                initial-scale=1"><title>%s – Toàn Cảnh</title>
                <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;\
                line-height:1.5;color:#212529}h1{color:#0b3d6e;font-size:1.5rem}a{color:#0a58ca}</style></head>
                <body><main><h1>%s</h1><p id="upload-too-large">%s</p><p><a href="%s">%s</a></p></main></body></html>
                """.formatted(
                        lang,
                        title,
                        title,
                        HtmlUtils.htmlEscape(text, "UTF-8"),
                        HtmlUtils.htmlEscape(back, "UTF-8"),
                        backLabel);
    }
}
