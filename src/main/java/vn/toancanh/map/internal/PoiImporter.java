package vn.toancanh.map.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import vn.toancanh.identity.AuditService;
import vn.toancanh.map.PoiImportResult;
import vn.toancanh.map.PoiImportResult.FeatureProblem;
import vn.toancanh.map.PoiInput;
import vn.toancanh.map.PoiLayer;
import vn.toancanh.map.internal.PoiRepository.PoiWrite;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/**
 * Imports points from a GeoJSON FeatureCollection of Point features, all or nothing. Properties {@code name},
 * {@code description}, {@code address}, {@code link}, {@code public}, {@code unitCode} and {@code layer} fill the
 * point's fields; any other property is kept as a free attribute. What {@link PoiGeoJson} exports imports back.
 */
@Component
public class PoiImporter {

    /** Export-only or field properties, not kept among the free attributes. */
    static final Set<String> FIELDS =
            Set.of("id", "layer", "name", "description", "address", "link", "public", "unitCode", "unitName");

    private final PoiRepository pois;
    private final PoiEditor editor;
    private final AuditService audit;

    PoiImporter(PoiRepository pois, PoiEditor editor, AuditService audit) {
        this.pois = pois;
        this.editor = editor;
        this.audit = audit;
    }

    /**
     * @param layer the layer of every point; null to take each feature's {@code layer} property
     * @param replace remove the layer's points first (needs {@code layer})
     */
    public PoiImportResult importCollection(
            @Nullable PoiLayer layer, String text, boolean replace, String source, UnitLocator locator) {
        JsonNode features;
        try {
            JsonNode root = PoiRepository.JSON.readTree(text == null ? "" : text);
            features = root == null ? null : root.path("features");
            if (root == null || !"FeatureCollection".equals(root.path("type").asString("")) || !features.isArray()) {
                return failed("Tệp phải là một GeoJSON FeatureCollection");
            }
        } catch (JacksonException e) {
            return failed("Không đọc được GeoJSON: " + e.getOriginalMessage());
        }
        if (features.isEmpty()) {
            return failed("FeatureCollection không có đối tượng nào");
        }
        if (replace && layer == null) {
            return failed("Thay thế cần chỉ rõ lớp (layer)");
        }
        List<FeatureProblem> problems = new ArrayList<>();
        List<PoiWrite> writes = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            try {
                writes.add(editor.check(input(features.get(i), layer), locator));
            } catch (InvalidInputException e) {
                for (FieldProblem p : e.problems()) {
                    problems.add(new FeatureProblem(i + 1, p.field(), p.reason()));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new PoiImportResult(features.size(), 0, 0, List.copyOf(problems));
        }
        int replaced = replace ? pois.deleteLayer(layer) : 0;
        writes.forEach(pois::insert);
        audit.record(
                "IMPORT",
                PoiEditor.ENTITY,
                layer == null ? null : layer.name(),
                "Nhập " + writes.size() + " điểm từ " + source + (replace ? " (thay " + replaced + " điểm cũ)" : ""));
        return new PoiImportResult(features.size(), writes.size(), replaced, List.of());
    }

    private static PoiInput input(JsonNode feature, @Nullable PoiLayer layer) {
        JsonNode geometry = feature.path("geometry");
        JsonNode coordinates = geometry.path("coordinates");
        Double lon = null;
        Double lat = null;
        if ("Point".equals(geometry.path("type").asString(""))
                && coordinates.isArray()
                && coordinates.size() >= 2
                && coordinates.get(0).isNumber()
                && coordinates.get(1).isNumber()) {
            lon = coordinates.get(0).asDouble();
            lat = coordinates.get(1).asDouble();
        } else {
            throw InvalidInputException.of("geometry", "Hình học phải là Point với toạ độ [kinh độ, vĩ độ]");
        }
        JsonNode props = feature.path("properties");
        PoiLayer featureLayer = layer;
        if (featureLayer == null) {
            String named = text(props, "layer");
            featureLayer = PoiLayer.parse(named)
                    .orElseThrow(() -> InvalidInputException.of(
                            "layer", "Lớp '" + (named == null ? "" : named) + "' không hợp lệ"));
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        props.properties().forEach(e -> {
            if (!FIELDS.contains(e.getKey()) && !e.getValue().isNull()) {
                JsonNode v = e.getValue();
                extra.put(
                        e.getKey(),
                        v.isNumber()
                                ? v.numberValue()
                                : v.isBoolean() ? v.asBoolean() : v.isString() ? v.asString() : v.toString());
            }
        });
        return new PoiInput(
                featureLayer,
                text(props, "name"),
                text(props, "description"),
                lat,
                lon,
                text(props, "unitCode"),
                text(props, "address"),
                extra,
                text(props, "link"),
                props.path("public").asBoolean(false));
    }

    private static @Nullable String text(JsonNode props, String name) {
        JsonNode v = props.path(name);
        return v.isMissingNode() || v.isNull() ? null : v.asString();
    }

    private static PoiImportResult failed(String reason) {
        return new PoiImportResult(0, 0, 0, List.of(new FeatureProblem(0, "file", reason)));
    }
}
