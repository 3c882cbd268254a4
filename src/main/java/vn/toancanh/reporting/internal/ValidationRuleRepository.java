package vn.toancanh.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.catalog.IndicatorExpression;
import vn.toancanh.reporting.ValidationRuleView;

/** validation_rule. */
@Repository
public class ValidationRuleRepository {

    private static final String COLUMNS = """
            SELECT id, code, name, left_expression, operator, right_expression, importance, message, active
              FROM validation_rule""";

    private final JdbcClient jdbc;

    ValidationRuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ValidationRuleView> all() {
        return jdbc.sql(COLUMNS + " ORDER BY code")
                .query(ValidationRuleRepository::rule)
                .list();
    }

    public List<ValidationRuleView> active() {
        return jdbc.sql(COLUMNS + " WHERE active ORDER BY code")
                .query(ValidationRuleRepository::rule)
                .list();
    }

    public Optional<ValidationRuleView> findByCode(String code) {
        return jdbc.sql(COLUMNS + " WHERE code = :c")
                .param("c", code)
                .query(ValidationRuleRepository::rule)
                .optional();
    }

    public void insert(ValidationRuleValidator.Checked r) {
        jdbc.sql("""
                        INSERT INTO validation_rule (code, name, left_expression, operator, right_expression, importance,
                                                     message, active)
                        VALUES (:code, :name, :left, :op, :right, :imp, :msg, :active)""")
                .param("code", r.code())
                .param("name", r.name())
                .param("left", r.left())
                .param("op", r.operator().name())
                .param("right", r.right())
                .param("imp", r.importance().name())
                .param("msg", r.message())
                .param("active", r.active())
                .update();
    }

    public void update(ValidationRuleValidator.Checked r) {
        jdbc.sql("""
                        UPDATE validation_rule SET name = :name, left_expression = :left, operator = :op,
                               right_expression = :right, importance = :imp, message = :msg, active = :active,
                               updated_at = now()
                         WHERE code = :code""")
                .param("code", r.code())
                .param("name", r.name())
                .param("left", r.left())
                .param("op", r.operator().name())
                .param("right", r.right())
                .param("imp", r.importance().name())
                .param("msg", r.message())
                .param("active", r.active())
                .update();
    }

    private static ValidationRuleView rule(ResultSet rs, int row) throws SQLException {
        String left = rs.getString("left_expression");
        String right = rs.getString("right_expression");
        return new ValidationRuleView(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                left,
                ValidationRuleView.Operator.valueOf(rs.getString("operator")),
                right,
                ValidationRuleView.Importance.valueOf(rs.getString("importance")),
                rs.getString("message"),
                rs.getBoolean("active"),
                java.util.stream.Stream.concat(
                                IndicatorExpression.parse(left).operands().stream(),
                                IndicatorExpression.parse(right).operands().stream())
                        .map(IndicatorExpression.Operand::itemCode)
                        .collect(Collectors.toSet()));
    }
}
