package vn.toancanh.records.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.ComputedCount;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.records.RecordTypeView;
import vn.toancanh.records.RecordsChanged;
import vn.toancanh.shared.Period;

/**
 * The counts of records of the types that feed a catalog item (social-protection beneficiaries, poor households), by
 * owning unit and the month the record starts in, as values of that item — counted again after each change, after
 * commit, as the system; the items and their group are created the first time. Each item's description says where
 * its records are listed, so a dashboard's figure is backed by records one can open.
 */
@Component
public class RecordFigures {

    static final String GROUP = "HS-SOHOA";
    private static final String SECTOR = "XH-LDTBXH";
    private static final String SOURCE = "Kho hồ sơ số hoá";

    private final RecordRepository records;
    private final CatalogService catalog;
    private final DataValueService values;
    private final OrganisationService organisation;

    RecordFigures(
            RecordRepository records,
            CatalogService catalog,
            DataValueService values,
            OrganisationService organisation) {
        this.records = records;
        this.catalog = catalog;
        this.values = values;
        this.organisation = organisation;
    }

    @ApplicationModuleListener
    void on(RecordsChanged e) {
        refresh(e.months());
    }

    public void refresh(Map<Long, Set<String>> months) {
        List<RecordTypeView> feeding =
                records.types().stream().filter(t -> t.feedsItem() != null).toList();
        if (months.isEmpty() || feeding.isEmpty()) {
            return;
        }
        feeding.forEach(this::ensureItem);
        Map<Long, UnitView> units = organisation.findByIds(months.keySet());
        List<DataValueInput> rows = new ArrayList<>();
        months.forEach((unitId, ids) -> {
            UnitView unit = units.get(unitId);
            if (unit == null) {
                return;
            }
            for (String id : ids) {
                Period month = Period.parse(id).orElseThrow();
                for (RecordTypeView t : feeding) {
                    long n = records.count(t.code(), unitId, month.startDate(), month.endDate());
                    rows.add(new DataValueInput(t.feedsItem(), id, unit.code(), null, String.valueOf(n), null));
                }
            }
        });
        if (!rows.isEmpty()) {
            values.importValues(rows, ImportOptions.defaults(ChangeSource.API));
        }
    }

    private void ensureItem(RecordTypeView type) {
        catalog.ensureComputedGroup(
                GROUP,
                "Hồ sơ số hoá (tính tự động)",
                "Digitised records (computed)",
                "Đếm từ kho hồ sơ số hoá, theo đơn vị quản lý và tháng bắt đầu của hồ sơ",
                SECTOR);
        catalog.ensureComputedCount(new ComputedCount(
                GROUP,
                type.feedsItem(),
                "Số " + Character.toLowerCase(type.name().charAt(0))
                        + type.name().substring(1) + " đã số hoá",
                type.nameEn() + "s digitised",
                "hồ sơ",
                false,
                SOURCE,
                null,
                "/records?type=" + type.code() + "&unit={unit}&period={period}"));
    }
}
