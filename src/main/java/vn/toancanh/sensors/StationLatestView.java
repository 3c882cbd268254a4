package vn.toancanh.sensors;

import java.util.List;
import java.util.Optional;

/**
 * A station with the latest reading of each of its measures and, for a water-level station, the alarm level (0–3)
 * its latest level reaches.
 */
public record StationLatestView(StationView station, List<ReadingView> latest, int alarmLevel) {

    public Optional<ReadingView> latest(Measure measure) {
        return latest.stream().filter(r -> r.measure() == measure).findFirst();
    }
}
