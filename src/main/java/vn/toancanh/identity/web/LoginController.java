package vn.toancanh.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Vietnamese login page; Spring Security handles the POST. */
@Controller
class LoginController {

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login(HttpServletRequest request, Model model) {
        model.addAttribute("loginProblem", problem(request.getSession(false)));
        return "identity/login";
    }

    /** Why the last attempt failed, so a locked or disabled account gets its own message. */
    private static String problem(HttpSession session) {
        Object ex = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (ex instanceof LockedException) {
            return "locked";
        }
        return ex instanceof DisabledException ? "disabled" : "error";
    }
}
