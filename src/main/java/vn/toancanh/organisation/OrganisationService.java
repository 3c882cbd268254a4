package vn.toancanh.organisation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.organisation.internal.GeometryEditor;
import vn.toancanh.organisation.internal.SuccessionEditor;
import vn.toancanh.organisation.internal.SuccessionRepository;
import vn.toancanh.organisation.internal.UnitEditor;
import vn.toancanh.organisation.internal.UnitFileWriter;
import vn.toancanh.organisation.internal.UnitGroupRepository;
import vn.toancanh.organisation.internal.UnitImporter;
import vn.toancanh.organisation.internal.UnitRepository;
import vn.toancanh.organisation.internal.UnitSearchRepository;
import vn.toancanh.shared.FileFormat;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;

/** The organisation façade: look units up, walk the hierarchy, change it, and follow merges and splits. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    /** Validity is decided by the Vietnamese calendar day, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final UnitRepository units;
    private final UnitSearchRepository search;
    private final UnitGroupRepository groups;
    private final SuccessionRepository successions;
    private final UnitEditor editor;
    private final SuccessionEditor successionEditor;
    private final UnitImporter importer;
    private final GeometryEditor geometry;

    OrganisationService(
            UnitRepository units,
            UnitSearchRepository search,
            UnitGroupRepository groups,
            SuccessionRepository successions,
            UnitEditor editor,
            SuccessionEditor successionEditor,
            UnitImporter importer,
            GeometryEditor geometry) {
        this.units = units;
        this.search = search;
        this.groups = groups;
        this.successions = successions;
        this.editor = editor;
        this.successionEditor = successionEditor;
        this.importer = importer;
        this.geometry = geometry;
    }

    public Optional<UnitView> findByCode(String code) {
        return units.findByCode(code);
    }

    public Optional<UnitView> findById(long id) {
        return units.findById(id);
    }

    public UnitView getByCode(String code) {
        return findByCode(code).orElseThrow(() -> NotFoundException.of("đơn vị", code));
    }

    /** Units by code, for resolving an import's codes in one query; unknown codes are absent from the map. */
    public Map<String, UnitView> findByCodes(Collection<String> codes) {
        return units.findByCodes(codes);
    }

    /** Units by id. */
    public Map<Long, UnitView> findByIds(Collection<Long> ids) {
        return units.findByIds(ids);
    }

    /** The unit and every unit below it. */
    public List<UnitView> subtree(long unitId) {
        return units.subtree(unitId);
    }

    /** True when {@code unitId} is {@code ancestorId} or lies below it. */
    public boolean isWithin(long unitId, long ancestorId) {
        if (unitId == ancestorId) {
            return true;
        }
        Optional<UnitView> unit = units.findById(unitId);
        Optional<UnitView> ancestor = units.findById(ancestorId);
        return unit.isPresent() && ancestor.isPresent() && unit.get().isWithin(ancestor.get());
    }

    /**
     * The ids of the units a list covers for {@code user}: {@code unitCode}'s subtree (all units without one), cut to
     * what the user reads — everything for leaders and admins, their own unit's subtree for everyone else; null for
     * no limit. The one rule every module's lists follow.
     */
    public @Nullable List<Long> readableSubtree(CurrentUser user, @Nullable String unitCode) {
        Long root = null;
        if (unitCode != null && !unitCode.isBlank()) {
            root = findByCode(unitCode.strip())
                    .map(UnitView::id)
                    .orElseThrow(() -> InvalidInputException.of("unit", "Không có đơn vị mã " + unitCode.strip()));
        }
        if (!user.readsAll()) {
            if (user.unitId() == null) {
                return List.of();
            }
            if (root == null || !isWithin(root, user.unitId())) {
                root = user.unitId();
            }
        }
        return root == null ? null : subtree(root).stream().map(UnitView::id).toList();
    }

    public List<UnitView> children(long parentId) {
        return units.children(parentId);
    }

    /** The open units directly below {@code parentCode} with their boundaries and points, for maps; 404 when unknown. */
    public List<UnitDetailView> childDetails(String parentCode) {
        return units.childDetails(getByCode(parentCode).id(), today());
    }

    public List<UnitView> roots() {
        return units.roots();
    }

    /** Everything about one unit, with its groups; 404 when unknown. */
    public UnitDetailView getDetail(String code) {
        UnitDetailView unit = units.findDetail(code).orElseThrow(() -> NotFoundException.of("đơn vị", code));
        return unit.withGroups(groups.groupsOf(List.of(unit.unit().id()))
                .getOrDefault(unit.unit().id(), List.of()));
    }

    /** The flat list: diacritic-insensitive search over code, name and short name, filters, sort and pages. */
    public PageResult<UnitDetailView> list(PageQuery query, UnitFilter filter) {
        PageResult<UnitDetailView> page = search.page(query, filter, today());
        Map<Long, List<UnitGroupView>> memberOf =
                groups.groupsOf(page.items().stream().map(u -> u.unit().id()).toList());
        return page.map(u -> u.withGroups(memberOf.getOrDefault(u.unit().id(), List.of())));
    }

    /** The hierarchy as nested nodes, from the roots or from {@code rootCode}. */
    public List<UnitTreeNode> tree(@Nullable String rootCode, boolean includeClosed) {
        List<UnitView> all = search.all(includeClosed, today());
        if (rootCode == null) {
            return UnitTrees.build(all, null);
        }
        UnitView root = getByCode(rootCode);
        return List.of(new UnitTreeNode(root, UnitTrees.build(all, root.id())));
    }

    public List<UnitGroupView> groups() {
        return groups.findAll();
    }

    public List<UnitView> groupMembers(String groupCode) {
        return groups.members(groupCode);
    }

    /** Where this unit's history continues (after it was merged or split); empty while it goes on. */
    public List<UnitSuccessionView> successorsOf(long unitId) {
        return successions.successorsOf(unitId);
    }

    /** The units whose stored values count towards this one from their effective dates. */
    public List<UnitSuccessionView> predecessorsOf(long unitId) {
        return successions.predecessorsOf(unitId);
    }

    /** Every succession, oldest first: small enough for analytics to hold in memory. */
    public List<UnitSuccessionView> successions() {
        return successions.all();
    }

    @Transactional
    public UnitDetailView create(UnitInput input) {
        return getDetail(editor.create(input).code());
    }

    /** Edits a unit's fields (not its parent: see {@link #move}); a different code in the input renames it. */
    @Transactional
    public UnitDetailView update(String code, UnitInput input) {
        return getDetail(editor.update(code, input).code());
    }

    /** Moves the unit and its subtree below {@code parentCode}, or to the top when null. */
    @Transactional
    public UnitDetailView move(String code, @Nullable String parentCode) {
        return getDetail(editor.move(code, parentCode).code());
    }

    /** Ends the unit; {@code lastDay} is its last valid day. */
    @Transactional
    public UnitDetailView close(String code, @Nullable LocalDate lastDay, @Nullable String reason) {
        return getDetail(editor.close(code, lastDay, reason).code());
    }

    @Transactional
    public List<UnitSuccessionView> merge(UnitMerge merge) {
        return successionEditor.merge(merge);
    }

    @Transactional
    public List<UnitSuccessionView> split(UnitSplit split) {
        return successionEditor.split(split);
    }

    /** New units from a CSV or .xlsx file, all or nothing. */
    @Transactional
    public UnitImportResult importUnits(byte[] content, String fileName) {
        return importer.importFile(content, fileName);
    }

    /**
     * Sets the unit's boundary, a GeoJSON Polygon or MultiPolygon geometry (text); its point moves to the boundary's
     * centroid. 400 when the geometry is not usable, 404 when the unit is unknown.
     */
    @Transactional
    public UnitDetailView updateGeometry(String code, String geoJsonGeometry) {
        return getDetail(geometry.update(code, geoJsonGeometry).code());
    }

    /**
     * Boundaries from a GeoJSON FeatureCollection whose features carry the unit's {@code code} property, all or
     * nothing: one rejected feature and none is written.
     *
     * @param source a file name or {@code API}, for the audit log
     */
    @Transactional
    public GeometryImportResult importGeometry(String featureCollection, String source) {
        return geometry.importCollection(featureCollection, source);
    }

    /** Every unit, closed ones included, in the import columns. */
    public byte[] export(FileFormat format) {
        List<UnitDetailView> all = search.allDetails();
        return UnitFileWriter.write(
                all, groups.groupsOf(all.stream().map(u -> u.unit().id()).toList()), format);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
