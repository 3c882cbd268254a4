package vn.toancanh.sensors;

import java.util.List;
import vn.toancanh.shared.Labelled;

/** A kind of monitoring station and the measures it reports, the first one being what it is named for. */
public enum StationKind implements Labelled {
    WATER_LEVEL("Trạm đo mực nước", List.of(Measure.WATER_LEVEL)),
    RAIN("Trạm đo mưa", List.of(Measure.RAINFALL)),
    WEATHER("Trạm khí tượng", List.of(Measure.TEMPERATURE, Measure.HUMIDITY, Measure.RAINFALL));

    public final String labelVi;
    public final List<Measure> measures;

    StationKind(String labelVi, List<Measure> measures) {
        this.labelVi = labelVi;
        this.measures = measures;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }

    public List<Measure> measures() {
        return measures;
    }

    public Measure primary() {
        return measures.get(0);
    }

    public boolean measures(Measure measure) {
        return measures.contains(measure);
    }
}
