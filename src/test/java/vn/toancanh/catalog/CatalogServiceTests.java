package vn.toancanh.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.PeriodType;

/** The catalog façade on PostgreSQL with the MINIMAL demo catalog. */
@SpringBootTest
class CatalogServiceTests {

    @Autowired
    CatalogService catalog;

    @Autowired
    JdbcClient jdbc;

    static DataItemInput input(String code, String name, ValueType type, AggregationType agg) {
        return new DataItemInput(
                code,
                name,
                "Test item",
                null,
                "Mô tả",
                "KT-TCKH-01",
                "người",
                type,
                agg,
                agg,
                PeriodType.MONTHLY,
                null,
                null,
                List.of("11581", "11584"),
                SharingLevel.INTERNAL,
                "Nguồn",
                "Căn cứ",
                null,
                null,
                null,
                true);
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        PageResult<DataItemView> page = catalog.listItems(PageQuery.of(1, 50, "dan so", null), ItemFilter.NONE);
        assertThat(page.items()).extracting(DataItemView::name).contains("Dân số trung bình");
        assertThat(page.items())
                .allMatch(i ->
                        VietnameseTextCheck.folded(i.name() + " " + i.nameEn()).contains("dan so")
                                || VietnameseTextCheck.folded(i.nameEn()).contains("dan so"));
        assertThat(catalog.listItems(PageQuery.of(1, 50, "DÂN SỐ TRUNG", null), ItemFilter.NONE)
                        .items())
                .extracting(DataItemView::code)
                .contains("XH-LDTBXH-01-001");
        assertThat(catalog.listItems(PageQuery.of(1, 50, "100%_", null), ItemFilter.NONE)
                        .total())
                .isZero();
    }

    @Test
    void pagesSortsAndFilters() {
        PageQuery byNameDesc = PageQuery.of(2, 7, null, "-name");
        PageResult<DataItemView> page =
                catalog.listItems(byNameDesc, new ItemFilter("KT", null, null, null, null, null));
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.items()).hasSize(7);
        assertThat(page.total()).isGreaterThanOrEqualTo(28 * 5);
        assertThat(page.items()).allMatch(i -> i.groupCode().startsWith("KT-"));
        List<String> names = page.items().stream().map(DataItemView::name).toList();
        assertThat(jdbc.sql(
                                "SELECT name FROM data_item i WHERE code LIKE 'KT-%' ORDER BY name DESC, code LIMIT 7 OFFSET 7")
                        .query(String.class)
                        .list())
                .isEqualTo(names);
        PageResult<DataItemView> percentages = catalog.listItems(
                PageQuery.of(1, 500, null, "code"),
                new ItemFilter(null, "HC-TTHC", null, ValueType.PERCENTAGE, null, true));
        assertThat(percentages.items())
                .isNotEmpty()
                .allMatch(i ->
                        i.valueType() == ValueType.PERCENTAGE && i.groupCode().startsWith("HC-TTHC") && i.active());
        assertThat(percentages.items()).isSortedAccordingTo((a, b) -> a.code().compareTo(b.code()));
        assertThat(catalog.listItems(PageQuery.of(1, 10, null, "password; DROP TABLE data_item"), ItemFilter.NONE)
                        .total())
                .isPositive();
    }

    @Test
    void createsAndUpdatesAnItemKeepingSearchTextCurrent() {
        DataItemDetailView created = catalog.createItem(
                input("TEST-SVC-001", "Số người được cấp thẻ thư viện", ValueType.INTEGER, AggregationType.SUM));
        assertThat(created.item().ownerUnitId())
                .isEqualTo(catalog.getGroupDetail("KT-TCKH-01").group().ownerUnitId());
        assertThat(created.ownerUnitCode()).isEqualTo("312-TCKH");
        assertThat(created.reportingUnitCodes()).containsExactly("11581", "11584");
        assertThat(catalog.listItems(PageQuery.of(1, 10, "the thu vien", null), ItemFilter.NONE)
                        .items())
                .extracting(DataItemView::code)
                .containsExactly("TEST-SVC-001");

        DataItemInput renamed = new DataItemInput(
                "TEST-SVC-001",
                "Số lượt mượn sách",
                null,
                "Mượn sách",
                null,
                "XH-VHTT-01",
                "lượt",
                ValueType.INTEGER,
                AggregationType.SUM,
                AggregationType.SUM,
                PeriodType.QUARTERLY,
                "SEX",
                "312-VHTT",
                List.of(),
                SharingLevel.PUBLIC,
                null,
                null,
                "VH.01",
                BigDecimal.ZERO,
                null,
                false);
        DataItemDetailView updated = catalog.updateItem("TEST-SVC-001", renamed);
        assertThat(updated.item().groupCode()).isEqualTo("XH-VHTT-01");
        assertThat(updated.categoryComboCode()).isEqualTo("SEX");
        assertThat(updated.ownerUnitCode()).isEqualTo("312-VHTT");
        assertThat(updated.reportingUnitCodes()).isEmpty();
        assertThat(updated.item().active()).isFalse();
        assertThat(catalog.listItems(PageQuery.of(1, 10, "muon sach", null), ItemFilter.NONE)
                        .total())
                .isEqualTo(1);
        assertThat(catalog.listItems(PageQuery.of(1, 10, "the thu vien", null), ItemFilter.NONE)
                        .total())
                .isZero();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_log WHERE entity_type = 'data_item' AND entity_key = 'TEST-SVC-001'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void rejectsInvalidItemsWithEveryProblemInVietnamese() {
        DataItemInput bad = new DataItemInput(
                "TEST SVC 002",
                "",
                null,
                null,
                null,
                "NO-SUCH-GROUP",
                null,
                ValueType.TEXT,
                AggregationType.SUM,
                AggregationType.AVERAGE,
                PeriodType.MONTHLY,
                "NO_COMBO",
                "NO-UNIT",
                List.of("11581", "99999"),
                SharingLevel.INTERNAL,
                null,
                null,
                null,
                BigDecimal.TEN,
                BigDecimal.ONE,
                true);
        assertThatThrownBy(() -> catalog.createItem(bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .contains(
                                        "code",
                                        "name",
                                        "groupCode",
                                        "categoryComboCode",
                                        "ownerUnitCode",
                                        "reportingUnitCodes",
                                        "aggregationType",
                                        "timeAggregationType",
                                        "minValue",
                                        "maxValue"));
        assertThatThrownBy(() -> catalog.createItem(bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::reason)
                                .contains(
                                        "Tên chỉ tiêu không được để trống",
                                        "Không tìm thấy nhóm dữ liệu 'NO-SUCH-GROUP'",
                                        "Không tìm thấy đơn vị '99999'",
                                        "Giá trị tối đa phải lớn hơn hoặc bằng giá trị tối thiểu"));
        assertThat(catalog.findItemByCode("TEST SVC 002")).isEmpty();
    }

    @Test
    void duplicateCodesConflictAndUnknownItemsAreNotFound() {
        DataItemInput existing = input("KT-TCKH-01-001", "Trùng mã", ValueType.NUMBER, AggregationType.SUM);
        assertThatThrownBy(() -> catalog.createItem(existing))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.reason()).contains("đã tồn tại"));
        assertThatThrownBy(() -> catalog.updateItem(
                        "NO-SUCH-ITEM", input("NO-SUCH-ITEM", "X", ValueType.NUMBER, AggregationType.SUM)))
                .isInstanceOf(NotFoundException.class);
        assertThat(catalog.getItemByCode("KT-TCKH-01-001").name()).isEqualTo("Thu ngân sách nhà nước trên địa bàn");
    }

    @Test
    void createsGroupsAndValidatesThem() {
        DataGroupDetailView group = catalog.createGroup(new DataGroupInput(
                "TEST-GRP-01",
                "Nhóm thử nghiệm",
                "Test group",
                "Dùng cho kiểm thử",
                "XH-YT",
                "312-YT",
                List.of("11581", "312-YT"),
                PeriodType.QUARTERLY,
                SharingLevel.PUBLIC));
        assertThat(group.group().domainCode()).isEqualTo("XH");
        assertThat(group.ownerUnitCode()).isEqualTo("312-YT");
        assertThat(group.reportingUnitCodes()).containsExactlyInAnyOrder("11581", "312-YT");
        assertThat(group.itemCount()).isZero();
        assertThatThrownBy(() -> catalog.createGroup(new DataGroupInput(
                        "TEST-GRP-02",
                        " ",
                        null,
                        null,
                        "NO-SECTOR",
                        "NO-UNIT",
                        List.of(),
                        PeriodType.MONTHLY,
                        SharingLevel.INTERNAL)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder("name", "sectorCode", "ownerUnitCode"));
        DataGroupDetailView renamed = catalog.updateGroup(
                "TEST-GRP-01",
                new DataGroupInput(
                        "TEST-GRP-01",
                        "Nhóm thử nghiệm đổi tên",
                        null,
                        null,
                        "XH-YT",
                        null,
                        List.of(),
                        PeriodType.YEARLY,
                        SharingLevel.INTERNAL));
        assertThat(renamed.group().name()).isEqualTo("Nhóm thử nghiệm đổi tên");
        assertThat(renamed.ownerUnitCode()).isNull();
        assertThat(catalog.listGroups(PageQuery.of(1, 5, "thu nghiem doi", null), GroupFilter.NONE)
                        .items())
                .extracting(g -> g.group().code())
                .containsExactly("TEST-GRP-01");
    }

    @Test
    void createsCombosAsTheCartesianProductOfTheirCategories() {
        CategoryComboView combo = catalog.createCategoryCombo(
                new CategoryComboInput("AREA_SEX", "Khu vực × Giới tính", "Area × sex", List.of("AREA", "SEX")));
        assertThat(combo.categoryCodes()).containsExactly("AREA", "SEX");
        assertThat(combo.optionCombos())
                .extracting(OptionComboView::code)
                .containsExactly("AREA_SEX_U_M", "AREA_SEX_U_F", "AREA_SEX_R_M", "AREA_SEX_R_F");
        assertThat(combo.optionCombos())
                .extracting(OptionComboView::name)
                .first()
                .isEqualTo("Thành thị, Nam");
        assertThat(catalog.getCategoryCombo("SEX_AREA").optionCombos()).hasSize(4);
        assertThatThrownBy(() ->
                        catalog.createCategoryCombo(new CategoryComboInput("AREA_SEX", "Trùng", null, List.of("AREA"))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() ->
                        catalog.createCategoryCombo(new CategoryComboInput("AGE", "Tuổi", null, List.of("AGE_GROUP"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::reason)
                                .containsExactly("Không tìm thấy tiêu chí phân tổ 'AGE_GROUP'"));
    }

    /** Folding as the search does it, to check results independently. */
    static final class VietnameseTextCheck {
        static String folded(String s) {
            return vn.toancanh.shared.VietnameseText.fold(s == null ? "" : s);
        }
    }
}
