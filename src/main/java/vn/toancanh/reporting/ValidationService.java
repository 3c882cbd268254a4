package vn.toancanh.reporting;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.reporting.internal.ReportValidator;
import vn.toancanh.reporting.internal.ValidationRuleRepository;
import vn.toancanh.reporting.internal.ValidationRuleValidator;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.NotFoundException;

/**
 * Validation rules (admins write them) and the validation analysis: which units' values for a period break the rules
 * that apply to a form — before anyone submits, or over reports already sent.
 */
@Service
@Transactional(readOnly = true)
public class ValidationService {

    private final ValidationRuleRepository rules;
    private final ValidationRuleValidator validator;
    private final ReportValidator checker;
    private final ReportingService reporting;
    private final IdentityService identity;
    private final AuditService audit;

    ValidationService(
            ValidationRuleRepository rules,
            ValidationRuleValidator validator,
            ReportValidator checker,
            ReportingService reporting,
            IdentityService identity,
            AuditService audit) {
        this.rules = rules;
        this.validator = validator;
        this.checker = checker;
        this.reporting = reporting;
        this.identity = identity;
        this.audit = audit;
    }

    public List<ValidationRuleView> rules() {
        return rules.all();
    }

    public ValidationRuleView rule(String code) {
        return rules.findByCode(code).orElseThrow(() -> NotFoundException.of("quy tắc kiểm tra", code));
    }

    /** The active rules that apply to a form (it has every item they name). */
    public List<ValidationRuleView> rulesOf(String formCode) {
        return checker.rulesOf(reporting.form(formCode));
    }

    @Transactional
    public ValidationRuleView create(ValidationRuleInput input) {
        requireAdmin();
        ValidationRuleValidator.Checked c = validator.check(input, null);
        if (rules.findByCode(c.code()).isPresent()) {
            throw new ConflictException("code", "Đã có quy tắc mã " + c.code());
        }
        rules.insert(c);
        audit.record("CREATE", "validation_rule", c.code(), c.left() + " " + c.operator() + " " + c.right());
        return rule(c.code());
    }

    @Transactional
    public ValidationRuleView update(String code, ValidationRuleInput input) {
        requireAdmin();
        rule(code);
        ValidationRuleValidator.Checked c = validator.check(input, code);
        rules.update(c);
        audit.record("UPDATE", "validation_rule", code, c.left() + " " + c.operator() + " " + c.right());
        return rule(code);
    }

    /** Every assigned unit's violations of the form's rules for the period. */
    public List<Violation> analysis(String formCode, String periodId) {
        ReportFormView form = reporting.form(formCode);
        return checker.check(
                form, form.units().stream().map(ReportFormView.FormUnit::code).toList(), form.period(periodId));
    }

    private void requireAdmin() {
        if (!identity.currentUserOrSystem().isAdmin()) {
            throw new AccessDeniedException("Chỉ quản trị được sửa quy tắc kiểm tra");
        }
    }
}
