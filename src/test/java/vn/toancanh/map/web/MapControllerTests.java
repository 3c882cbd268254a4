package vn.toancanh.map.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MapControllerTests {

    @Test
    void theTileServersOriginIsAllowedForImages() {
        assertThat(MapController.tileOrigin("https://{s}.tile.example.vn/{z}/{x}/{y}.png"))
                .isEqualTo("https://*.tile.example.vn");
        assertThat(MapController.tileOrigin("http://10.0.0.5:8081/tiles/{z}/{x}/{y}.png"))
                .isEqualTo("http://10.0.0.5:8081");
        assertThat(MapController.tileOrigin("https://tile{s}.example.vn/{z}/{x}/{y}.png"))
                .isEqualTo("https:");
        assertThat(MapController.tileOrigin("/tiles/{z}/{x}/{y}.png")).isNull();
        assertThat(MapController.tileOrigin("")).isNull();
    }

    @Test
    void periodsOfferRelativeOnesThenRecentYearsAndQuarters() {
        var periods = MapController.periods(LocalDate.of(2026, 12, 1));

        assertThat(periods.get(0).id()).isEqualTo("LAST_12_MONTHS");
        assertThat(periods)
                .extracting(MapController.PeriodOption::id)
                .contains("2026", "2025", "2023", "2026Q4", "2025Q3");
        assertThat(periods.stream()
                        .filter(p -> p.id().equals("2025Q3"))
                        .findFirst()
                        .orElseThrow()
                        .label())
                .isEqualTo("Quý 3/2025");
    }
}
