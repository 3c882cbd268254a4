package vn.toancanh.organisation.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.identity.AuditService;
import vn.toancanh.organisation.GeometryImportResult;
import vn.toancanh.organisation.GeometryImportResult.FeatureProblem;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;

/**
 * Sets units' boundaries, one at a time or from a GeoJSON FeatureCollection matched by each feature's {@code code}
 * property. A unit's point moves to its boundary's centroid, so its marker and label lie inside it. No
 * {@code UnitsChanged} is published: a boundary changes neither the hierarchy nor validity.
 */
@Component
public class GeometryEditor {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final UnitRepository units;
    private final UnitChangeRepository changes;
    private final AuditService audit;

    GeometryEditor(UnitRepository units, UnitChangeRepository changes, AuditService audit) {
        this.units = units;
        this.changes = changes;
        this.audit = audit;
    }

    public UnitView update(String code, String geometry) {
        UnitView unit = units.findByCode(code).orElseThrow(() -> NotFoundException.of("đơn vị", code));
        BoundaryGeometry boundary;
        try {
            boundary = BoundaryGeometry.parse(geometry);
        } catch (BoundaryGeometry.InvalidGeometryException e) {
            throw InvalidInputException.of("geometry", e.getMessage());
        }
        changes.updateGeometry(unit.id(), boundary);
        audit.record("UPDATE_GEOMETRY", UnitEditor.ENTITY, code, "Ranh giới " + unit.name());
        return unit;
    }

    /** Every feature is checked first; only when none is rejected are the boundaries written. */
    public GeometryImportResult importCollection(String text, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(text == null ? "" : text);
        } catch (JacksonException e) {
            return failed(0, new FeatureProblem(0, null, "Không đọc được GeoJSON: " + e.getOriginalMessage()));
        }
        JsonNode features = root == null ? null : root.path("features");
        if (root == null || !"FeatureCollection".equals(root.path("type").asString("")) || !features.isArray()) {
            return failed(0, new FeatureProblem(0, null, "Tệp phải là một GeoJSON FeatureCollection"));
        }
        if (features.isEmpty()) {
            return failed(0, new FeatureProblem(0, null, "FeatureCollection không có đối tượng nào"));
        }
        List<FeatureProblem> problems = new ArrayList<>();
        Map<String, BoundaryGeometry> boundaries = new LinkedHashMap<>();
        Map<Integer, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            String code = feature.path("properties").path("code").asString("").trim();
            if (code.isEmpty()) {
                problems.add(new FeatureProblem(i + 1, null, "Thiếu thuộc tính 'code' (mã đơn vị)"));
                continue;
            }
            try {
                BoundaryGeometry boundary = BoundaryGeometry.of(feature.get("geometry"));
                if (boundaries.putIfAbsent(code, boundary) != null) {
                    problems.add(new FeatureProblem(i + 1, code, "Mã đơn vị '" + code + "' xuất hiện nhiều lần"));
                }
                codes.put(i + 1, code);
            } catch (BoundaryGeometry.InvalidGeometryException e) {
                problems.add(new FeatureProblem(i + 1, code, e.getMessage()));
            }
        }
        Map<String, UnitView> known = units.findByCodes(new HashSet<>(codes.values()));
        Set<String> reported = new HashSet<>();
        codes.forEach((index, code) -> {
            if (!known.containsKey(code) && reported.add(code)) {
                problems.add(new FeatureProblem(index, code, "Không tìm thấy đơn vị có mã '" + code + "'"));
            }
        });
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(FeatureProblem::index));
            return new GeometryImportResult(features.size(), 0, List.copyOf(problems));
        }
        boundaries.forEach((code, boundary) -> {
            changes.updateGeometry(known.get(code).id(), boundary);
            audit.record("UPDATE_GEOMETRY", UnitEditor.ENTITY, code, "Ranh giới nhập từ " + source);
        });
        audit.record(
                "IMPORT_GEOMETRY",
                UnitEditor.ENTITY,
                null,
                "Nhập ranh giới " + boundaries.size() + " đơn vị từ " + source);
        return new GeometryImportResult(features.size(), boundaries.size(), List.of());
    }

    private static GeometryImportResult failed(int features, FeatureProblem problem) {
        return new GeometryImportResult(features, 0, List.of(problem));
    }
}
