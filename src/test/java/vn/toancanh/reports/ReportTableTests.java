package vn.toancanh.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTableTests {

    @Test
    void aTableAlongPeriodsChartsEachRowAsASeriesUpToSix() {
        List<ReportTable.Row> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            rows.add(new ReportTable.Row(List.of("Chỉ tiêu " + i, "người"), Arrays.asList(1.0 * i, null)));
        }
        ReportTable table = new ReportTable(
                "Dân số",
                List.of("Chỉ tiêu", "Đơn vị tính"),
                List.of("Tháng 01/2026", "Tháng 02/2026"),
                rows,
                ReportTable.Chart.LINE,
                null);
        List<ReportTable.ChartSeries> series = table.chartSeries();
        assertThat(series).hasSize(ReportTable.MAX_SERIES);
        assertThat(series.get(1).name()).isEqualTo("Chỉ tiêu 2 – người");
        assertThat(series.get(1).points())
                .containsExactly(
                        new ReportTable.ChartPoint("Tháng 01/2026", 2.0),
                        new ReportTable.ChartPoint("Tháng 02/2026", null));
    }

    @Test
    void aTableWithOneValueColumnChartsItsRowsAsOneSeries() {
        ReportTable table = new ReportTable(
                "Dân số",
                List.of("Đơn vị"),
                List.of("Giá trị"),
                List.of(
                        new ReportTable.Row(List.of("Xã Một"), List.of(10.0)),
                        new ReportTable.Row(List.of("Xã Hai"), Arrays.asList((Double) null))),
                ReportTable.Chart.BAR,
                null);
        assertThat(table.seriesAcross()).isFalse();
        assertThat(table.chartSeries()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Giá trị");
            assertThat(s.points())
                    .containsExactly(
                            new ReportTable.ChartPoint("Xã Một", 10.0), new ReportTable.ChartPoint("Xã Hai", null));
        });
    }
}
