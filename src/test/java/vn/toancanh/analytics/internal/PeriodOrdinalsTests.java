package vn.toancanh.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.toancanh.shared.PeriodType;

/** Which stored periods count towards a query's dates, nine months included (they do not tile the year). */
class PeriodOrdinalsTests {

    @Test
    void monthsWithinNineMonthsAreJanuaryToSeptember() {
        int[] r = PeriodOrdinals.within(PeriodType.MONTHLY, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 30));
        assertThat(r).containsExactly(2026 * 12, 2026 * 12 + 8);
    }

    @Test
    void nineMonthsCountTowardsTheirYearButNotTowardsTheFourthQuarter() {
        assertThat(PeriodOrdinals.within(PeriodType.NINE_MONTHLY, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .containsExactly(2026, 2026);
        int[] q4 =
                PeriodOrdinals.within(PeriodType.NINE_MONTHLY, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
        assertThat(q4[0]).isGreaterThan(q4[1]);
        int[] half =
                PeriodOrdinals.within(PeriodType.NINE_MONTHLY, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        assertThat(half[0]).isGreaterThan(half[1]);
        assertThat(PeriodOrdinals.end(PeriodType.NINE_MONTHLY, 2026)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(PeriodOrdinals.end(PeriodType.QUARTERLY, 2026 * 4)).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void nineMonthsCoverTheirMonthsOnly() {
        assertThat(PeriodOrdinals.covers(
                        PeriodType.NINE_MONTHLY, 2026, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)))
                .isTrue();
        assertThat(PeriodOrdinals.covers(
                        PeriodType.NINE_MONTHLY, 2026, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)))
                .isFalse();
        assertThat(PeriodOrdinals.covers(
                        PeriodType.YEARLY, 2026, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)))
                .isTrue();
    }
}
