package vn.toancanh.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.toancanh.catalog.DataItemInput;
import vn.toancanh.catalog.internal.DemoCatalogPlan.Group;
import vn.toancanh.catalog.internal.DemoItemGenerator.Item;
import vn.toancanh.shared.DemoDataSize;

/** The demo catalog plan without a database: sizes, determinism, MINIMAL ⊂ DEMO ⊂ SEED, valid items. */
class DemoItemGeneratorTests {

    static final DemoCatalogPlan PLAN = DemoCatalogPlan.load();
    static final long SEED = 20240101L;

    @Test
    void planHasTwentySectorsAnd112GroupsOfFiveOrSixEach() {
        assertThat(PLAN.sectors()).hasSize(20);
        assertThat(PLAN.groups()).hasSize(112);
        assertThat(PLAN.communes()).hasSize(16).containsEntry("11584", "Xã Lê Thiện");
        PLAN.sectors()
                .forEach(s -> assertThat(PLAN.groups().stream()
                                .filter(g -> g.sectorCode().equals(s.code()))
                                .count())
                        .as(s.code())
                        .isBetween(5L, 6L));
        assertThat(PLAN.groups()).allMatch(g -> g.code().matches(g.sectorCode() + "-0[1-6]"));
        long indicators = PLAN.groups().stream()
                .flatMap(g -> g.bases().stream())
                .filter(b -> b.legalBasis() != null || b.source() != null)
                .count();
        assertThat(indicators).isGreaterThanOrEqualTo(60);
    }

    @Test
    void sizesNestAndCodesAreUnique() {
        DemoItemGenerator generator = new DemoItemGenerator(PLAN.communes());
        List<Item> minimal = all(generator, DemoDataSize.MINIMAL);
        List<Item> demo = all(generator, DemoDataSize.DEMO);
        List<Item> seed = all(generator, DemoDataSize.SEED);
        assertThat(minimal).hasSize(560);
        assertThat(demo).hasSize(2_800);
        assertThat(seed).hasSize(33_600);
        Set<String> demoItems = new HashSet<>(demo.stream().map(Item::toString).toList());
        Set<String> seedItems = new HashSet<>(seed.stream().map(Item::toString).toList());
        assertThat(demoItems).containsAll(minimal.stream().map(Item::toString).toList());
        assertThat(seedItems).containsAll(demoItems);
        assertThat(seed.stream().map(Item::code).distinct()).hasSize(33_600);
        assertThat(all(generator, DemoDataSize.DEMO)).isEqualTo(demo);
        assertThat(seed).filteredOn(i -> i.nameVi().length() > 400).isEmpty();
    }

    @Test
    void everyDemoItemPassesTheCatalogRules() {
        DemoItemGenerator generator = new DemoItemGenerator(PLAN.communes());
        for (Item item : all(generator, DemoDataSize.SEED)) {
            DataItemInput input = new DataItemInput(
                    item.code(),
                    item.nameVi(),
                    item.nameEn(),
                    null,
                    null,
                    "G",
                    item.unit(),
                    item.valueType(),
                    item.aggregation(),
                    item.timeAggregation(),
                    item.period(),
                    item.combo(),
                    null,
                    null,
                    item.sharing(),
                    null,
                    null,
                    null,
                    item.min(),
                    item.max(),
                    true);
            assertThat(ItemValidator.typeProblems(input)).as(item.code()).isEmpty();
        }
    }

    private static List<Item> all(DemoItemGenerator generator, DemoDataSize size) {
        List<Item> items = new ArrayList<>();
        List<Group> groups = PLAN.groups();
        for (int g = 0; g < groups.size(); g++) {
            items.addAll(generator.items(groups.get(g), g + 1, CatalogDemoData.itemsPerGroup(size), SEED));
        }
        return items;
    }
}
