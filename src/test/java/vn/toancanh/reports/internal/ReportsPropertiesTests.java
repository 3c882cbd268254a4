package vn.toancanh.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReportsPropertiesTests {

    @Test
    void largeExportsGoToTheSystemsTemporaryFolderUnlessToldOtherwise() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        assertThat(new ReportsProperties("312", null, 2, "a@b.vn", "http://x", "-").exportFolder())
                .isEqualTo(tmp.resolve("toancanh-exports"));
        assertThat(new ReportsProperties("312", Path.of("/srv/exports"), 2, "a@b.vn", "http://x", "-").exportFolder())
                .isEqualTo(Path.of("/srv/exports"));
    }
}
