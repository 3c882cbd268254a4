package vn.toancanh.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.PageQuery;

/** The MINIMAL demo catalog the test database is loaded with. */
@SpringBootTest
class CatalogDemoDataTests {

    /** Demo codes only: other tests add their own groups and items (codes starting with TEST). */
    static final String DEMO_GROUP = "'^(KT|XH|HC|NC)-[A-Za-z]+-[0-9]{2}$'";

    static final String DEMO_ITEM = "'^(KT|XH|HC|NC)-[A-Za-z]+-[0-9]{2}-[0-9]{3}$'";

    @Autowired
    CatalogService catalog;

    @Autowired
    OrganisationService organisation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hasFourDomainsTwentySectorsAndTheirGroups() {
        List<DomainView> domains = catalog.domains();
        assertThat(domains).extracting(DomainView::code).containsExactly("KT", "XH", "HC", "NC");
        assertThat(domains)
                .extracting(DomainView::name)
                .containsExactly("Kinh tế", "Xã hội", "Hành chính", "Nội chính");
        assertThat(domains.stream().mapToInt(d -> d.sectors().size()).sum()).isEqualTo(20);
        assertThat(count("SELECT count(*) FROM data_group WHERE code ~ " + DEMO_GROUP))
                .isEqualTo(112);
        assertThat(count("SELECT count(*) FROM data_item i JOIN data_group g ON g.id = i.group_id WHERE g.code ~ "
                        + DEMO_GROUP + " AND i.code ~ " + DEMO_ITEM))
                .isEqualTo(560);
        assertThat(count("""
                SELECT count(*) FROM (SELECT g.id FROM data_group g JOIN data_item i ON i.group_id = g.id
                WHERE i.code ~ '^(KT|XH|HC|NC)-[A-Za-z]+-[0-9]{2}-[0-9]{3}$' GROUP BY g.id HAVING count(*) <> 5) x""")).isZero();
    }

    @Test
    void eachSectorIsOwnedByTheUnitsThatReportIt() {
        Map<String, String> expected = Map.of(
                "KT-TCKH-01", "312-TCKH",
                "KT-TCKH-06", "312-KBNN",
                "XH-YT-01", "312-YT",
                "HC-TTHC-01", "312-VP",
                "NC-ANTT-01", "312-CA",
                "NC-TPTHA-04", "312-THADS",
                "KT-DADT-01", "312-QLDA");
        expected.forEach(
                (group, owner) -> assertThat(catalog.getGroupDetail(group).ownerUnitCode())
                        .as(group)
                        .isEqualTo(owner));
        assertThat(count("SELECT count(*) FROM data_group WHERE owner_unit_id IS NULL AND code ~ " + DEMO_GROUP))
                .isZero();
        // Items default to their group's owner; groups reported by communes list the 16 communes and the owner.
        DataGroupDetailView fees = catalog.getGroupDetail("KT-TCKH-01");
        assertThat(fees.reportingUnitCodes()).hasSize(17).contains("11581", "312-TCKH");
        assertThat(fees.itemCount()).isEqualTo(5);
        DataItemView revenue = catalog.getItemByCode("KT-TCKH-01-001");
        assertThat(revenue.name()).isEqualTo("Thu ngân sách nhà nước trên địa bàn");
        assertThat(revenue.ownerUnitId()).isEqualTo(fees.group().ownerUnitId());
        assertThat(organisation.findById(revenue.ownerUnitId()).orElseThrow().code())
                .isEqualTo("312-TCKH");
    }

    @Test
    void itemsRollUpSensibly() {
        DataItemView population = catalog.getItemByCode("XH-LDTBXH-01-001");
        assertThat(population.name()).isEqualTo("Dân số trung bình");
        assertThat(population.aggregationType()).isEqualTo(AggregationType.SUM);
        assertThat(population.timeAggregationType()).isEqualTo(AggregationType.LAST);
        assertThat(catalog.findOptionCombosByIds(List.of()).size()).isZero();
        assertThat(catalog.optionCombosOf(population.categoryComboId()))
                .extracting(OptionComboView::code)
                .containsExactly("SEX_AREA_M_U", "SEX_AREA_M_R", "SEX_AREA_F_U", "SEX_AREA_F_R");
        DataItemView online = catalog.getItemByCode("HC-TTHC-01-001");
        assertThat(online.valueType()).isEqualTo(ValueType.PERCENTAGE);
        assertThat(online.aggregationType()).isEqualTo(AggregationType.AVERAGE);
        assertThat(online.minValue()).isEqualByComparingTo("0");
        assertThat(online.maxValue()).isEqualByComparingTo("100");
        assertThat(catalog.listItems(
                                new PageQuery(1, 10, "", "", false),
                                new ItemFilter(null, null, null, null, SharingLevel.PUBLIC, null))
                        .total())
                .isPositive();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
