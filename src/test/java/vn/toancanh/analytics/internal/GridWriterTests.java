package vn.toancanh.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GridWriterTests {

    @Test
    void formatsPlainDecimalsWithoutTrailingZeros() {
        assertThat(GridWriter.format(1234.5, 4)).isEqualTo("1234.5");
        assertThat(GridWriter.format(12, 4)).isEqualTo("12");
        assertThat(GridWriter.format(-0.5, 4)).isEqualTo("-0.5");
        assertThat(GridWriter.format(-0.00001, 4)).isEqualTo("0");
        assertThat(GridWriter.format(1.05, 4)).isEqualTo("1.05");
        assertThat(GridWriter.format(0.0001, 4)).isEqualTo("0.0001");
        assertThat(GridWriter.format(1e20, 4)).isEqualTo("100000000000000000000");
        assertThat(GridWriter.format(2.0 / 3, 1)).isEqualTo("0.7");
    }

    @Test
    void theFastPathAgreesWithBigDecimalRounding() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12));
            int decimals = random.nextInt(11);
            String expected = BigDecimal.valueOf(v)
                    .setScale(decimals, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString();
            expected = expected.equals("-0") || new BigDecimal(expected).signum() == 0 ? "0" : expected;
            String actual = GridWriter.format(v, decimals);
            if (!actual.equals(expected)) {
                // Half-way cases may round differently in binary; they must still be within half a unit.
                assertThat(Math.abs(Double.parseDouble(actual) - Double.parseDouble(expected)))
                        .as("%s at %d decimals", v, decimals)
                        .isLessThanOrEqualTo(Math.pow(10, -decimals) * 1.0000001);
            }
        }
    }
}
