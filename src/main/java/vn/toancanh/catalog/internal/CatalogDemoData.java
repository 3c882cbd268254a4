package vn.toancanh.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CategoryComboInput;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.catalog.internal.DemoCatalogPlan.Group;
import vn.toancanh.catalog.internal.DemoCatalogPlan.Sector;
import vn.toancanh.catalog.internal.DemoItemGenerator.Item;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.DemoDataStep;

/**
 * The demo catalog: 4 domains, 20 sectors, 112 groups owned by the district's departments and co-managing units,
 * 5, 25 or 300 items per group. Units come from the organisation demo; a unit it lacks is left empty rather than
 * failing the load.
 */
@Component
class CatalogDemoData implements DemoDataStep {

    private static final Logger log = LoggerFactory.getLogger(CatalogDemoData.class);
    private static final Set<String> OPEN_DATA_SECTORS = Set.of("KT-NN", "KT-TNMT", "XH-GDDT", "XH-YT", "XH-VHTT");

    private final DomainRepository domains;
    private final ComboRepository combos;
    private final ComboWriter comboWriter;
    private final GroupRepository groups;
    private final ItemWriteRepository items;
    private final OrganisationService organisation;

    CatalogDemoData(
            DomainRepository domains,
            ComboRepository combos,
            ComboWriter comboWriter,
            GroupRepository groups,
            ItemWriteRepository items,
            OrganisationService organisation) {
        this.domains = domains;
        this.combos = combos;
        this.comboWriter = comboWriter;
        this.groups = groups;
        this.items = items;
        this.organisation = organisation;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String name() {
        return "catalog";
    }

    static int itemsPerGroup(DemoDataSize size) {
        return switch (size) {
            case MINIMAL -> 5;
            case DEMO -> 25;
            case SEED -> 300;
        };
    }

    @Override
    public void load(DemoDataSize size, long seed) {
        DemoCatalogPlan plan = DemoCatalogPlan.load();
        Map<String, Long> sectorIds = loadSectors(plan.sectors());
        Map<String, Long> comboIds = loadDisaggregations();
        Map<String, UnitView> units = units(plan);
        List<Long> communeIds = plan.communes().keySet().stream()
                .filter(units::containsKey)
                .map(c -> units.get(c).id())
                .toList();
        List<GroupRow> groupRows = new ArrayList<>();
        for (int g = 0; g < plan.groups().size(); g++) {
            groupRows.add(groupRow(plan.groups().get(g), g + 1, sectorIds, units, communeIds));
        }
        groups.upsertAll(groupRows);
        Map<String, Long> groupIds = groups.idsByCode();
        DemoItemGenerator generator = new DemoItemGenerator(plan.communes());
        List<ItemRow> itemRows = new ArrayList<>();
        for (int g = 0; g < plan.groups().size(); g++) {
            Group group = plan.groups().get(g);
            UnitView owner = units.get(DemoCatalogPlan.unitCode(group.ownerCode()));
            for (Item item : generator.items(group, g + 1, itemsPerGroup(size), seed)) {
                itemRows.add(itemRow(item, groupIds.get(group.code()), owner, comboIds, itemRows.size()));
            }
        }
        items.upsertAll(itemRows);
        log.info("Demo catalog: {} groups, {} items ({} units found)", groupRows.size(), itemRows.size(), units.size());
    }

    private Map<String, Long> loadSectors(List<Sector> sectors) {
        Map<String, Long> domainIds = new LinkedHashMap<>();
        Map<String, Long> sectorIds = new HashMap<>();
        for (Sector s : sectors) {
            long domainId = domainIds.computeIfAbsent(
                    s.domainCode(),
                    code -> domains.insertDomain(code, s.domainVi(), s.domainEn(), domainIds.size() + 1));
            sectorIds.put(
                    s.code(), domains.insertSector(domainId, s.code(), s.nameVi(), s.nameEn(), sectorIds.size() + 1));
        }
        return sectorIds;
    }

    /** Sex (Nam/Nữ) and sex × area (Thành thị/Nông thôn), the disaggregations the demo items use. */
    private Map<String, Long> loadDisaggregations() {
        long sex = combos.insertCategory("SEX", "Giới tính", "Sex");
        combos.insertOption(sex, "M", "Nam", "Male", 1);
        combos.insertOption(sex, "F", "Nữ", "Female", 2);
        long area = combos.insertCategory("AREA", "Khu vực", "Area");
        combos.insertOption(area, "U", "Thành thị", "Urban", 1);
        combos.insertOption(area, "R", "Nông thôn", "Rural", 2);
        comboWriter.create(new CategoryComboInput("SEX", "Giới tính", "Sex", List.of("SEX")));
        comboWriter.create(
                new CategoryComboInput("SEX_AREA", "Giới tính × Khu vực", "Sex × area", List.of("SEX", "AREA")));
        return combos.comboIdsByCode();
    }

    private Map<String, UnitView> units(DemoCatalogPlan plan) {
        List<String> codes = new ArrayList<>(plan.communes().keySet());
        codes.add(DemoCatalogPlan.DISTRICT);
        plan.groups().forEach(g -> codes.add(DemoCatalogPlan.unitCode(g.ownerCode())));
        return organisation.findByCodes(codes.stream().distinct().toList());
    }

    private static GroupRow groupRow(
            Group group, int sortOrder, Map<String, Long> sectorIds, Map<String, UnitView> units, List<Long> communes) {
        UnitView owner = units.get(DemoCatalogPlan.unitCode(group.ownerCode()));
        List<Long> reporters = new ArrayList<>(group.communesReport() ? communes : List.of());
        if (owner != null) {
            reporters.add(owner.id());
        }
        boolean restricted =
                group.sectorCode().startsWith("NC-ANTT") || group.sectorCode().startsWith("NC-QSQP");
        boolean open = isOpenData(group);
        return new GroupRow(
                group.code(),
                sectorIds.get(group.sectorCode()),
                group.nameVi(),
                group.nameEn(),
                open ? openDataDescription(group, owner) : null,
                owner == null ? null : owner.id(),
                group.period(),
                restricted ? SharingLevel.RESTRICTED : open ? SharingLevel.PUBLIC : SharingLevel.INTERNAL,
                sortOrder,
                reporters);
    }

    /**
     * The demo's open data: the groups citizens ask about (schools and pupils, crops, land, health, culture and
     * heritage, population) are public, with their reference items; everything else stays internal.
     */
    static boolean isOpenData(Group group) {
        return OPEN_DATA_SECTORS.contains(group.sectorCode()) || group.code().equals("XH-LDTBXH-01");
    }

    private static String openDataDescription(Group group, @Nullable UnitView owner) {
        String subject = group.nameVi().substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                + group.nameVi().substring(1);
        return "Số liệu " + subject + " của huyện và các xã"
                + (owner == null ? "" : ", do " + owner.name() + " tổng hợp")
                + ". Dữ liệu mẫu để minh hoạ.";
    }

    private static ItemRow itemRow(Item item, long groupId, UnitView owner, Map<String, Long> comboIds, int sortOrder) {
        return new ItemRow(
                item.code(),
                groupId,
                item.nameVi(),
                item.nameEn(),
                null,
                null,
                item.unit(),
                item.valueType(),
                item.aggregation(),
                item.timeAggregation(),
                item.period(),
                item.combo() == null ? 0 : comboIds.get(item.combo()),
                owner == null ? null : owner.id(),
                item.sharing(),
                item.source(),
                item.legalBasis(),
                null,
                item.min(),
                item.max(),
                item.active(),
                sortOrder,
                List.of());
    }
}
