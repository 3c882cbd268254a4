package vn.toancanh.sensors;

import java.math.BigDecimal;
import vn.toancanh.shared.Labelled;

/**
 * What a station measures, with its unit and the range a real reading falls in (a value outside is a faulty sensor
 * or a typing mistake, and is rejected).
 */
public enum Measure implements Labelled {
    WATER_LEVEL("m", "Mực nước", "-20", "100"),
    /** The rain since the previous reading (an hour for the usual gauges). */
    RAINFALL("mm", "Lượng mưa", "0", "1000"),
    TEMPERATURE("°C", "Nhiệt độ", "-30", "60"),
    HUMIDITY("%", "Độ ẩm", "0", "100");

    public final String unit;
    public final String labelVi;
    public final BigDecimal min;
    public final BigDecimal max;

    Measure(String unit, String labelVi, String min, String max) {
        this.unit = unit;
        this.labelVi = labelVi;
        this.min = new BigDecimal(min);
        this.max = new BigDecimal(max);
    }

    public String unit() {
        return unit;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }

    /** Rainfall adds up over time; levels, temperatures and humidities do not. */
    public boolean cumulative() {
        return this == RAINFALL;
    }
}
