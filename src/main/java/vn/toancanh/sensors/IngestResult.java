package vn.toancanh.sensors;

import java.util.List;

/**
 * What an ingest did. All rows or none: with any rejected row nothing was written ({@code accepted} is 0), and every
 * rejected row is named; otherwise each reading was inserted, updated (its value changed) or left unchanged.
 */
public record IngestResult(
        int received, int accepted, int inserted, int updated, int unchanged, List<Rejected> rejected) {

    /** A rejected row: its number (from 1, a CSV's header not counted), the field and why. */
    public record Rejected(int row, String field, String reason) {}

    public boolean applied() {
        return rejected.isEmpty();
    }

    public static IngestResult rejected(int received, List<Rejected> rejected) {
        return new IngestResult(received, 0, 0, 0, 0, List.copyOf(rejected));
    }
}
