package vn.toancanh.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.alerts.AlertRaised;
import vn.toancanh.alerts.AlertResolved;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.DataValuesWritten;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.reports.ReportIssued;

/**
 * Turns written values, alerts and issued reports into queued webhook deliveries, after the write has committed and on another
 * thread (the event registry keeps the event until this has run), so pushing never slows a write. Values are read
 * back as stored now; a key with no stored value was deleted. Each subscription's changes go in batches.
 */
@Component
class ChangeListener {

    private final SubscriptionRepository subscriptions;
    private final DataValueService values;
    private final CatalogService catalog;
    private final OrganisationService organisation;
    private final ExchangeProperties properties;
    private final JsonMapper json;

    ChangeListener(
            SubscriptionRepository subscriptions,
            DataValueService values,
            CatalogService catalog,
            OrganisationService organisation,
            ExchangeProperties properties,
            JsonMapper json) {
        this.subscriptions = subscriptions;
        this.values = values;
        this.catalog = catalog;
        this.organisation = organisation;
        this.properties = properties;
        this.json = json;
    }

    @ApplicationModuleListener
    void on(DataValuesWritten written) {
        List<SubscriptionView> active = subscriptions.active();
        if (active.isEmpty() || written.keys().isEmpty()) {
            return;
        }
        Map<DataValuesWritten.Key, double[]> stored = new HashMap<>();
        values.forEachNumericValue(
                written.keys(),
                (item, unit, period, combo, value, updated) ->
                        stored.put(new DataValuesWritten.Key(item, unit, period, combo), new double[] {value}));
        Map<Long, DataItemView> items = catalog.findItemsByIds(written.keys().stream()
                .map(DataValuesWritten.Key::itemId)
                .distinct()
                .toList());
        Map<Long, UnitView> units = organisation.findByIds(written.keys().stream()
                .map(DataValuesWritten.Key::unitId)
                .distinct()
                .toList());
        Map<Long, OptionComboView> combos = catalog.findOptionCombosByIds(written.keys().stream()
                .map(DataValuesWritten.Key::optionComboId)
                .distinct()
                .toList());
        Map<Integer, String> periods = values.periodIsos();
        for (SubscriptionView s : active) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (DataValuesWritten.Key k : written.keys()) {
                DataItemView item = items.get(k.itemId());
                UnitView unit = units.get(k.unitId());
                if (item == null || unit == null || !s.wants(item.groupCode())) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("dataElement", item.code());
                row.put("dataGroup", item.groupCode());
                row.put("orgUnit", unit.code());
                row.put("period", periods.getOrDefault(k.periodId(), String.valueOf(k.periodId())));
                OptionComboView combo = combos.get(k.optionComboId());
                row.put("categoryOptionCombo", combo == null ? OptionComboView.DEFAULT_CODE : combo.code());
                double[] v = stored.get(k);
                row.put("value", v == null ? null : v[0]);
                row.put("deleted", v == null);
                rows.add(row);
            }
            for (int from = 0; from < rows.size(); from += properties.batchSize()) {
                List<Map<String, Object>> batch =
                        rows.subList(from, Math.min(rows.size(), from + properties.batchSize()));
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("event", "dataValues.changed");
                body.put("source", written.source().name());
                body.put("dataValues", batch);
                subscriptions.enqueue(s.id(), "dataValues.changed", json.writeValueAsString(body), batch.size());
            }
        }
    }

    @ApplicationModuleListener
    void on(AlertRaised raised) {
        alert(
                "alert.raised",
                Map.of(
                        "eventId", raised.eventId(),
                        "rule", raised.ruleCode(),
                        "severity", raised.severity().name(),
                        "level", raised.level(),
                        "title", raised.title(),
                        "cause", raised.cause(),
                        "openedAt", raised.openedAt().toString(),
                        "escalated", raised.escalated()));
    }

    @ApplicationModuleListener
    void on(AlertResolved resolved) {
        alert(
                "alert.resolved",
                Map.of(
                        "eventId", resolved.eventId(),
                        "rule", resolved.ruleCode(),
                        "severity", resolved.severity().name(),
                        "title", resolved.title(),
                        "resolvedAt", resolved.resolvedAt().toString(),
                        "by", resolved.by()));
    }

    @ApplicationModuleListener
    void on(ReportIssued issued) {
        String base = "/api/reports/library/" + issued.libraryId();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("id", issued.libraryId());
        report.put("template", issued.templateCode());
        report.put("title", issued.title());
        report.put("period", issued.period());
        report.put("issuedAt", issued.generatedAt().toString());
        report.put("links", Map.of("pdf", base + "/file.pdf", "xlsx", base + "/file.xlsx"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", "report.issued");
        body.put("report", report);
        String payload = json.writeValueAsString(body);
        for (SubscriptionView s : subscriptions.active()) {
            if (s.reports()) {
                subscriptions.enqueue(s.id(), "report.issued", payload, 1);
            }
        }
    }

    private void alert(String event, Map<String, Object> alert) {
        for (SubscriptionView s : subscriptions.active()) {
            if (s.alerts()) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("event", event);
                body.put("alert", alert);
                subscriptions.enqueue(s.id(), event, json.writeValueAsString(body), 1);
            }
        }
    }
}
