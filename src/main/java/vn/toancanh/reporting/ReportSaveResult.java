package vn.toancanh.reporting;

import java.util.Map;

/**
 * What saving a report's page did: how many values changed, or — nothing being written then — why each rejected value
 * was rejected, by its form field ({@code v:ITEM:COMBO}).
 */
public record ReportSaveResult(int changed, Map<String, String> errors) {

    public ReportSaveResult {
        errors = Map.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
