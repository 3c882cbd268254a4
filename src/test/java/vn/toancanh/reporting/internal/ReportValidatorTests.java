package vn.toancanh.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.toancanh.reporting.ValidationRuleView.Operator;

/** When a rule counts as broken: comparisons only with both sides present, pairs by presence alone. */
class ReportValidatorTests {

    @Test
    void aComparisonIsCheckedOnlyWhenBothSidesHaveValues() {
        assertThat(ReportValidator.broken(Operator.LESS_OR_EQUAL, 12.0, 10.0)).isTrue();
        assertThat(ReportValidator.broken(Operator.LESS_OR_EQUAL, 10.0, 10.0)).isFalse();
        assertThat(ReportValidator.broken(Operator.LESS, 10.0, 10.0)).isTrue();
        assertThat(ReportValidator.broken(Operator.GREATER, 10.000000000001, 10.0))
                .isTrue();
        assertThat(ReportValidator.broken(Operator.EQUAL, 0.1 + 0.2, 0.3)).isFalse();
        assertThat(ReportValidator.broken(Operator.NOT_EQUAL, 0.1 + 0.2, 0.3)).isTrue();
        assertThat(ReportValidator.broken(Operator.GREATER_OR_EQUAL, null, 10.0))
                .isFalse();
        assertThat(ReportValidator.broken(Operator.EQUAL, 5.0, null)).isFalse();
    }

    @Test
    void pairsLookOnlyAtWhichSidesHaveValues() {
        assertThat(ReportValidator.broken(Operator.COMPULSORY_PAIR, 1.0, null)).isTrue();
        assertThat(ReportValidator.broken(Operator.COMPULSORY_PAIR, null, 0.0)).isTrue();
        assertThat(ReportValidator.broken(Operator.COMPULSORY_PAIR, null, null)).isFalse();
        assertThat(ReportValidator.broken(Operator.COMPULSORY_PAIR, 0.0, 3.0)).isFalse();
        assertThat(ReportValidator.broken(Operator.EXCLUSIVE_PAIR, 1.0, 2.0)).isTrue();
        assertThat(ReportValidator.broken(Operator.EXCLUSIVE_PAIR, 1.0, null)).isFalse();
        assertThat(ReportValidator.broken(Operator.EXCLUSIVE_PAIR, null, null)).isFalse();
    }
}
