package vn.toancanh.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The portal pages' shared model (formats) and errors. A citizen who mistypes an address or a search gets the portal's page with a plain message and the right status (400,
 * 404, 429), not the staff error page or a login form.
 */
@ControllerAdvice(assignableTypes = PortalPage.class)
class PortalPageAdvice {

    @ModelAttribute("fmt")
    PortalFormats formats() {
        return PortalFormats.INSTANCE;
    }

    @ExceptionHandler(ErrorResponseException.class)
    String error(ErrorResponseException ex, HttpServletResponse response, Model model) {
        int status = ex.getStatusCode().value();
        response.setStatus(status);
        String retry = ex.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        if (retry != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, retry);
        }
        model.addAttribute("status", status);
        model.addAttribute(
                "titleKey", "portal.error." + (status == 400 || status == 404 || status == 429 ? status : "other"));
        model.addAttribute("detail", ex.getBody().getDetail());
        return "portal/error";
    }

    /** {@code /portal/heritage/abc}: an address that cannot be right. */
    @ExceptionHandler(TypeMismatchException.class)
    String mismatch(TypeMismatchException ex, HttpServletResponse response, Model model) {
        response.setStatus(400);
        model.addAttribute("status", 400);
        model.addAttribute("titleKey", "portal.error.400");
        model.addAttribute("detail", "Địa chỉ không hợp lệ: " + ex.getPropertyName() + " phải là một số");
        return "portal/error";
    }
}
