package vn.toancanh.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;

/** The façade against PostgreSQL: each test runs in a transaction that is rolled back. */
@SpringBootTest
@Transactional
class OrganisationServiceTests {

    @Autowired
    OrganisationService organisation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoHierarchyHasTheThirtyFiveAnDuongUnitsAndTheirGroups() {
        UnitView district = organisation.getByCode("312");
        assertThat(district.name()).isEqualTo("Huyện An Dương");
        assertThat(district.level()).isEqualTo(2);
        // Other tests may add units under 312 and commit them; the demo's own units are the ones in its groups.
        List<UnitView> children = organisation.children(district.id()).stream()
                .filter(u -> u.code().equals("11581")
                        || u.code().startsWith("115")
                        || u.code().startsWith("116")
                        || u.code().startsWith("312-"))
                .toList();
        assertThat(children).hasSize(35);
        assertThat(children).filteredOn(u -> u.kind() == UnitKind.DEPARTMENT).hasSize(12);
        assertThat(children).filteredOn(u -> u.kind() == UnitKind.PARTNER).hasSize(7);
        assertThat(children)
                .filteredOn(u -> u.kind() == UnitKind.TOWNSHIP)
                .extracting(UnitView::code)
                .containsExactly("11581");
        assertThat(organisation.groupMembers("COMMUNES")).hasSize(16);
        assertThat(organisation.groupMembers("DEPARTMENTS")).hasSize(12);
        assertThat(organisation.groupMembers("PARTNERS")).hasSize(7);
        assertThat(List.of("COMMUNES", "DEPARTMENTS", "PARTNERS"))
                .flatMap(organisation::groupMembers)
                .allSatisfy(u -> assertThat(u.parentId()).isEqualTo(district.id()));
        UnitDetailView tk = organisation.getDetail("312-TK");
        assertThat(tk.name()).isEqualTo("Chi cục Thống kê huyện");
        assertThat(tk.nameEn()).isEqualTo("District Statistics Office");
        assertThat(tk.unit().path()).isEqualTo(district.path() + tk.unit().id() + "/");
        assertThat(tk.latitude()).isBetween(20.80, 20.92);
        assertThat(tk.longitude()).isBetween(106.54, 106.67);
    }

    @Test
    void createKeepsPathLevelAndSearchText() {
        UnitView root = organisation
                .create(UnitInput.of("T-ROOT", "Tỉnh Thử Nghiệm", UnitKind.PROVINCE, null))
                .unit();
        UnitDetailView district =
                organisation.create(UnitInput.of("T-D1", "Huyện Đông Hưng", UnitKind.DISTRICT, "T-ROOT"));
        assertThat(root.path()).isEqualTo("/" + root.id() + "/");
        assertThat(root.level()).isEqualTo(1);
        assertThat(district.unit().path())
                .isEqualTo(root.path() + district.unit().id() + "/");
        assertThat(district.unit().level()).isEqualTo(2);
        assertThat(district.parentCode()).isEqualTo("T-ROOT");
        assertThat(jdbc.sql("SELECT search_text FROM org_unit WHERE code = 'T-D1'")
                        .query(String.class)
                        .single())
                .isEqualTo("t-d1 huyen dong hung");
        assertThat(auditCount("CREATE", "T-D1")).isEqualTo(1);
    }

    @Test
    void createRejectsDuplicatesUnknownParentsAndBadFields() {
        assertThatThrownBy(() -> organisation.create(UnitInput.of("312", "Trùng", UnitKind.DISTRICT, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Huyện An Dương");
        assertThatThrownBy(() -> organisation.create(new UnitInput(
                        "",
                        "",
                        null,
                        null,
                        null,
                        "NOPE",
                        LocalDate.of(2024, 1, 2),
                        LocalDate.of(2024, 1, 1),
                        95.0,
                        null,
                        "{\"type\":\"Nowhere\"}",
                        new UnitContact(null, "abc", "x@", null),
                        List.of("NOGROUP"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder(
                                        "code",
                                        "name",
                                        "kind",
                                        "validTo",
                                        "longitude",
                                        "latitude",
                                        "geometry",
                                        "phone",
                                        "email",
                                        "parentCode",
                                        "groupCodes"));
    }

    @Test
    void updateChangesFieldsCodeAndGroups() {
        organisation.create(UnitInput.of("T-U1", "Xã Cũ", UnitKind.COMMUNE, "312"));
        UnitInput edit = new UnitInput(
                "T-U2",
                "Xã Mới",
                "Mới",
                null,
                UnitKind.COMMUNE,
                null,
                LocalDate.of(2020, 1, 1),
                null,
                20.9,
                106.6,
                null,
                new UnitContact("Thôn 1", "0225 3123456", "xa@example.vn", null),
                List.of("COMMUNES"));
        UnitDetailView updated = organisation.update("T-U1", edit);
        assertThat(updated.code()).isEqualTo("T-U2");
        assertThat(updated.parentCode()).isEqualTo("312");
        assertThat(updated.contact().phone()).isEqualTo("0225 3123456");
        assertThat(updated.groups()).extracting(UnitGroupView::code).containsExactly("COMMUNES");
        assertThat(organisation.findByCode("T-U1")).isEmpty();
        assertThat(auditCount("UPDATE", "T-U2")).isEqualTo(1);
    }

    @Test
    void moveRewritesTheWholeSubtreeAndRefusesCycles() {
        organisation.create(UnitInput.of("T-A", "Khối A", UnitKind.OTHER, null));
        organisation.create(UnitInput.of("T-A1", "Nhóm A1", UnitKind.OTHER, "T-A"));
        organisation.create(UnitInput.of("T-A11", "Tổ A11", UnitKind.OTHER, "T-A1"));
        UnitView district = organisation.getByCode("312");

        organisation.move("T-A1", "312");

        UnitView a1 = organisation.getByCode("T-A1");
        UnitView a11 = organisation.getByCode("T-A11");
        assertThat(a1.path()).isEqualTo(district.path() + a1.id() + "/");
        assertThat(a1.level()).isEqualTo(3);
        assertThat(a1.parentId()).isEqualTo(district.id());
        assertThat(a11.path()).isEqualTo(a1.path() + a11.id() + "/");
        assertThat(a11.level()).isEqualTo(4);
        assertThat(a11.parentId()).isEqualTo(a1.id());
        assertThat(organisation.isWithin(a11.id(), district.id())).isTrue();

        assertThatThrownBy(() -> organisation.move("T-A1", "T-A11")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> organisation.move("T-A1", "T-A1")).isInstanceOf(ConflictException.class);

        organisation.move("T-A1", null);
        assertThat(organisation.getByCode("T-A11").path()).isEqualTo("/" + a1.id() + "/" + a11.id() + "/");
        assertThat(organisation.getByCode("T-A11").level()).isEqualTo(2);
        assertThat(auditCount("MOVE", "T-A1")).isEqualTo(2);
    }

    @Test
    void closeEndsValidityButNotWhileChildrenAreOpen() {
        organisation.create(UnitInput.of("T-P", "Khối P", UnitKind.OTHER, null));
        organisation.create(UnitInput.of("T-P1", "Nhóm P1", UnitKind.OTHER, "T-P"));
        assertThatThrownBy(() -> organisation.close("T-P", LocalDate.of(2024, 12, 31), null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("còn 1 đơn vị trực thuộc");

        organisation.close("T-P1", LocalDate.of(2024, 12, 31), "Giải thể theo quyết định");
        UnitDetailView closed = organisation.close("T-P", LocalDate.of(2024, 12, 31), null);

        assertThat(closed.unit().validTo()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(closed.isClosedOn(LocalDate.of(2025, 1, 1))).isTrue();
        assertThatThrownBy(() -> organisation.close("T-P", LocalDate.of(2025, 1, 5), null))
                .isInstanceOf(ConflictException.class);
        assertThat(organisation
                        .list(new PageQuery(1, 50, "khoi p", "", false), UnitFilter.OPEN)
                        .total())
                .isZero();
        assertThat(auditCount("CLOSE", "T-P1")).isEqualTo(1);
    }

    @Test
    void mergeClosesPredecessorsAndRecordsSuccessions() {
        organisation.create(UnitInput.of("T-XA", "Xã A", UnitKind.COMMUNE, "312"));
        organisation.create(UnitInput.of("T-XB", "Xã B", UnitKind.COMMUNE, "312"));
        LocalDate date = LocalDate.of(2025, 7, 1);

        List<UnitSuccessionView> made = organisation.merge(new UnitMerge(
                List.of("T-XA", "T-XB"),
                null,
                UnitInput.of("T-XC", "Phường C", UnitKind.WARD, null),
                date,
                "1669/NQ-UBTVQH15"));

        UnitView c = organisation.getByCode("T-XC");
        assertThat(made).extracting(UnitSuccessionView::predecessorCode).containsExactly("T-XA", "T-XB");
        assertThat(made).allSatisfy(s -> {
            assertThat(s.kind()).isEqualTo(SuccessionKind.MERGE);
            assertThat(s.successorId()).isEqualTo(c.id());
            assertThat(s.effectiveDate()).isEqualTo(date);
            assertThat(s.share()).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(s.legalBasis()).isEqualTo("1669/NQ-UBTVQH15");
        });
        assertThat(c.validFrom()).isEqualTo(date);
        assertThat(c.parentId()).isEqualTo(organisation.getByCode("312").id());
        assertThat(organisation.getByCode("T-XA").validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(organisation.getByCode("T-XB").validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(organisation.predecessorsOf(c.id())).hasSize(2);
        assertThat(organisation.successorsOf(organisation.getByCode("T-XA").id()))
                .extracting(UnitSuccessionView::successorCode)
                .containsExactly("T-XC");
        assertThat(auditCount("MERGE", "T-XA") + auditCount("MERGE", "T-XB")).isEqualTo(2);
        assertThat(auditCount("CREATE", "T-XC")).isEqualTo(1);

        assertThatThrownBy(() -> organisation.merge(
                        new UnitMerge(List.of("T-XA"), "T-XC", null, LocalDate.of(2025, 8, 1), null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("đã hết hiệu lực");
    }

    @Test
    void mergeIntoAnExistingUnitKeepsItOpen() {
        organisation.create(UnitInput.of("T-MA", "Phường Máy Tơ thử", UnitKind.WARD, "312"));
        organisation.create(UnitInput.of("T-MC", "Phường Máy Chai thử", UnitKind.WARD, "312"));
        organisation.merge(new UnitMerge(List.of("T-MA"), "T-MC", null, LocalDate.of(2025, 1, 1), null));
        assertThat(organisation.getByCode("T-MC").validTo()).isNull();
        assertThat(organisation.getByCode("T-MA").validTo()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThatThrownBy(() -> organisation.merge(
                        new UnitMerge(List.of("T-MC"), "T-MC", null, LocalDate.of(2025, 2, 1), null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void splitNeedsSharesSummingToOne() {
        organisation.create(UnitInput.of("T-S", "Xã Sẽ Tách", UnitKind.COMMUNE, "312"));
        organisation.create(UnitInput.of("T-S2", "Xã Có Sẵn", UnitKind.COMMUNE, "312"));
        LocalDate date = LocalDate.of(2025, 7, 1);
        assertThatThrownBy(() -> organisation.split(new UnitSplit(
                        "T-S",
                        List.of(
                                new UnitSplit.Part("T-S2", null, new BigDecimal("0.5")),
                                new UnitSplit.Part(
                                        null,
                                        UnitInput.of("T-S1", "Xã Mới", UnitKind.COMMUNE, null),
                                        new BigDecimal("0.4"))),
                        date,
                        null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).reason())
                                .contains("Tổng tỷ lệ")
                                .contains("0,9"));
        assertThat(organisation.findByCode("T-S1")).isEmpty();

        List<UnitSuccessionView> made = organisation.split(new UnitSplit(
                "T-S",
                List.of(
                        new UnitSplit.Part("T-S2", null, new BigDecimal("0.6")),
                        new UnitSplit.Part(
                                null, UnitInput.of("T-S1", "Xã Mới", UnitKind.COMMUNE, null), new BigDecimal("0.4"))),
                date,
                null));

        assertThat(made)
                .extracting(s -> s.successorCode() + "=" + s.share().toPlainString())
                .containsExactlyInAnyOrder("T-S2=0.6", "T-S1=0.4");
        assertThat(made).allSatisfy(s -> assertThat(s.kind()).isEqualTo(SuccessionKind.SPLIT));
        assertThat(organisation.getByCode("T-S").validTo()).isEqualTo(date.minusDays(1));
        assertThat(organisation.getByCode("T-S1").validFrom()).isEqualTo(date);
        assertThat(auditCount("SPLIT", "T-S")).isEqualTo(1);
    }

    @Test
    void searchIgnoresDiacriticsAndFilters() {
        PageResult<UnitDetailView> found = organisation.list(PageQuery.of(1, 10, "an duong", "code"), UnitFilter.OPEN);
        assertThat(found.items())
                .extracting(UnitDetailView::name)
                .containsExactly("Thị trấn An Dương", "Huyện An Dương"); // codes 11581 < 312 as text
        PageResult<UnitDetailView> communes =
                organisation.list(PageQuery.of(1, 5, "", "-name"), new UnitFilter(UnitKind.COMMUNE, "312", 3, false));
        assertThat(communes.total()).isEqualTo(15);
        assertThat(communes.items()).hasSize(5);
        assertThat(communes.items().get(0).name()).isEqualTo("Xã Tân Tiến");
        assertThat(organisation
                        .list(PageQuery.of(1, 10, "PHÒNG TÀI CHÍNH", null), UnitFilter.OPEN)
                        .items())
                .extracting(UnitDetailView::code)
                .containsExactly("312-TCKH");
        assertThat(organisation
                        .list(PageQuery.of(1, 10, "50%_", null), UnitFilter.OPEN)
                        .total())
                .isZero();
    }

    @Test
    void treeNestsTheHierarchy() {
        List<UnitTreeNode> tree = organisation.tree("312", false);
        assertThat(tree).hasSize(1);
        assertThat(tree.get(0).children()).hasSizeGreaterThanOrEqualTo(35);
        assertThat(tree.get(0).children())
                .extracting(n -> n.unit().code())
                .contains("11581", "11626", "312-VP", "312-NNPTNT", "312-THADS");
        assertThat(organisation.tree(null, false))
                .extracting(n -> n.unit().code())
                .contains("31");
    }

    private long auditCount(String action, String key) {
        return jdbc.sql(
                        "SELECT count(*) FROM audit_log WHERE action = :a AND entity_type = 'org_unit' AND entity_key = :k")
                .param("a", action)
                .param("k", key)
                .query(Long.class)
                .single();
    }
}
