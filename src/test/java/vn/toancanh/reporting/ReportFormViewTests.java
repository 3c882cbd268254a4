package vn.toancanh.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/** A period's data window and deadline under Decree 09/2019's cut-off (the 15th to the 14th) and without it. */
class ReportFormViewTests {

    static ReportFormView form(PeriodType type, int cutoff, @Nullable Integer days, @Nullable Integer dayOfMonth) {
        return new ReportFormView(
                1,
                "F",
                "Báo cáo",
                null,
                null,
                type,
                cutoff,
                days,
                dayOfMonth,
                List.of(3, 1),
                1,
                1,
                true,
                List.of(),
                List.of(),
                List.of(),
                Instant.EPOCH);
    }

    @Test
    void theStatisticalPeriodsRunFromThe15thToThe14th() {
        ReportFormView monthly = form(PeriodType.MONTHLY, 15, 4, null);
        assertThat(monthly.dataFrom(Period.require("202403", "p"))).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(monthly.dataUntil(Period.require("202403", "p"))).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(monthly.dataFrom(Period.require("202401", "p"))).isEqualTo(LocalDate.of(2023, 12, 15));
        ReportFormView quarterly = form(PeriodType.QUARTERLY, 15, 4, null);
        assertThat(quarterly.dataFrom(Period.require("2024Q1", "p"))).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(quarterly.dataUntil(Period.require("2024Q1", "p"))).isEqualTo(LocalDate.of(2024, 3, 14));
        ReportFormView half = form(PeriodType.SIX_MONTHLY, 15, 4, null);
        assertThat(half.dataFrom(Period.require("2024S1", "p"))).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(half.dataUntil(Period.require("2024S1", "p"))).isEqualTo(LocalDate.of(2024, 6, 14));
        // the nine-month report: 15 December to 14 September, due four days later; after it, the next is a year on
        ReportFormView nine = form(PeriodType.NINE_MONTHLY, 15, 4, null);
        Period nineMonths = Period.require("2024N9", "p");
        assertThat(nine.dataFrom(nineMonths)).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(nine.dataUntil(nineMonths)).isEqualTo(LocalDate.of(2024, 9, 14));
        assertThat(nine.deadline(nineMonths)).isEqualTo(LocalDate.of(2024, 9, 18));
        assertThat(nine.latestBegun(LocalDate.of(2024, 11, 20)).id()).isEqualTo("2024N9");
        assertThat(nine.latestBegun(LocalDate.of(2025, 1, 5)).id()).isEqualTo("2025N9");
        ReportFormView yearly = form(PeriodType.YEARLY, 15, 4, null);
        assertThat(yearly.dataFrom(Period.require("2024", "p"))).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(yearly.dataUntil(Period.require("2024", "p"))).isEqualTo(LocalDate.of(2024, 12, 14));
    }

    @Test
    void withoutACutOffTheCalendarPeriodCounts() {
        ReportFormView monthly = form(PeriodType.MONTHLY, 0, 5, null);
        assertThat(monthly.dataFrom(Period.require("202402", "p"))).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(monthly.dataUntil(Period.require("202402", "p"))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(monthly.deadline(Period.require("202402", "p"))).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void theDeadlineIsDaysAfterTheCutOffOrTheNextFixedDay() {
        Period march = Period.require("202403", "p");
        assertThat(form(PeriodType.MONTHLY, 15, 10, null).deadline(march)).isEqualTo(LocalDate.of(2024, 3, 24));
        // the 18th comes after the cut-off on the 14th: the same month
        assertThat(form(PeriodType.MONTHLY, 15, null, 18).deadline(march)).isEqualTo(LocalDate.of(2024, 3, 18));
        // the 10th has passed by the 14th: the month after
        assertThat(form(PeriodType.MONTHLY, 15, null, 10).deadline(march)).isEqualTo(LocalDate.of(2024, 4, 10));
        // a fixed day never falls on the cut-off day itself
        assertThat(form(PeriodType.MONTHLY, 15, null, 14).deadline(march)).isEqualTo(LocalDate.of(2024, 4, 14));
        assertThat(form(PeriodType.YEARLY, 15, null, 20).deadline(Period.require("2024", "p")))
                .isEqualTo(LocalDate.of(2024, 12, 20));
    }
}
