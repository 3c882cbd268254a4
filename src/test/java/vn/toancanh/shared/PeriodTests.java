package vn.toancanh.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Period ids of every type, their dates, labels and neighbours; the nine months in particular. */
class PeriodTests {

    @Test
    void everyIdParsesToItsTypeAndDates() {
        assertThat(Period.parse("2026"))
                .hasValueSatisfying(p -> assertThat(p.endDate()).isEqualTo(LocalDate.of(2026, 12, 31)));
        assertThat(Period.parse("2026S2").orElseThrow().startDate()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Period.parse("2026Q4").orElseThrow().endDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Period.parse("202602").orElseThrow().endDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Period.parse("2026W01").orElseThrow().startDate()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(Period.parse("20260229")).isEmpty();
        assertThat(Period.parse("202613")).isEmpty();
        assertThat(Period.parse("2026N8")).isEmpty();
    }

    @Test
    void nineMonthsRunFromJanuaryToSeptemberOncePerYear() {
        Period nine = Period.parse("2026N9").orElseThrow();
        assertThat(nine.type()).isEqualTo(PeriodType.NINE_MONTHLY);
        assertThat(nine.startDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(nine.endDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(nine.labelVi()).isEqualTo("9 tháng đầu năm 2026");
        assertThat(nine.next().id()).isEqualTo("2027N9");
        assertThat(nine.previous().id()).isEqualTo("2025N9");
        // a date after September belongs to no nine months: it gives that year's, already ended
        assertThat(Period.of(PeriodType.NINE_MONTHLY, LocalDate.of(2026, 11, 5)))
                .isEqualTo(nine);
        assertThat(Period.of(PeriodType.NINE_MONTHLY, LocalDate.of(2026, 3, 1))).isEqualTo(nine);
    }

    @Test
    void nineMonthsNestInTheYearButNothingAfterSeptemberNestsInThem() {
        assertThat(PeriodType.NINE_MONTHLY.nestsIn(PeriodType.YEARLY)).isTrue();
        assertThat(PeriodType.NINE_MONTHLY.nestsIn(PeriodType.NINE_MONTHLY)).isTrue();
        assertThat(PeriodType.MONTHLY.nestsIn(PeriodType.NINE_MONTHLY)).isFalse();
        assertThat(PeriodType.SIX_MONTHLY.nestsIn(PeriodType.NINE_MONTHLY)).isFalse();
        assertThat(PeriodType.NINE_MONTHLY.nestsIn(PeriodType.SIX_MONTHLY)).isFalse();
        assertThat(PeriodType.MONTHLY.nestsIn(PeriodType.QUARTERLY)).isTrue();
        assertThat(PeriodType.WEEKLY.nestsIn(PeriodType.MONTHLY)).isFalse();
    }
}
