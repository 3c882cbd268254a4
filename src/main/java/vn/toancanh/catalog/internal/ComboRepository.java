package vn.toancanh.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.catalog.CategoryComboView;

/** Categories, their options, category combos and the option combos generated from them. */
@Repository
public class ComboRepository {

    private final JdbcClient jdbc;
    private final GroupAndComboRepository optionCombos;

    ComboRepository(JdbcClient jdbc, GroupAndComboRepository optionCombos) {
        this.jdbc = jdbc;
        this.optionCombos = optionCombos;
    }

    public long insertCategory(String code, String name, @Nullable String nameEn) {
        return jdbc.sql("INSERT INTO category (code, name, name_en) VALUES (:c, :n, :e) RETURNING id")
                .param("c", code)
                .param("n", name)
                .param("e", nameEn)
                .query(Long.class)
                .single();
    }

    public void insertOption(long categoryId, String code, String name, @Nullable String nameEn, int sortOrder) {
        jdbc.sql("""
                INSERT INTO category_option (category_id, code, name, name_en, sort_order)
                VALUES (:cat, :c, :n, :e, :s)""")
                .param("cat", categoryId)
                .param("c", code)
                .param("n", name)
                .param("e", nameEn)
                .param("s", sortOrder)
                .update();
    }

    public Map<String, Long> categoryIdsByCode() {
        return jdbc
                .sql("SELECT code, id FROM category")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The options of a category in order. */
    public List<CategoryOption> options(long categoryId) {
        return jdbc.sql(
                        "SELECT id, code, name, name_en FROM category_option WHERE category_id = :c ORDER BY sort_order, id")
                .param("c", categoryId)
                .query((rs, n) -> new CategoryOption(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public long insertCombo(String code, String name, @Nullable String nameEn, List<Long> categoryIds) {
        long id = jdbc.sql("INSERT INTO category_combo (code, name, name_en) VALUES (:c, :n, :e) RETURNING id")
                .param("c", code)
                .param("n", name)
                .param("e", nameEn)
                .query(Long.class)
                .single();
        for (int i = 0; i < categoryIds.size(); i++) {
            jdbc.sql("INSERT INTO category_combo_category (combo_id, category_id, sort_order) VALUES (:c, :cat, :s)")
                    .param("c", id)
                    .param("cat", categoryIds.get(i))
                    .param("s", i)
                    .update();
        }
        return id;
    }

    public void insertOptionCombo(long comboId, String code, String name, String nameEn, List<Long> optionIds) {
        long id = jdbc.sql("""
                INSERT INTO category_option_combo (combo_id, code, name, name_en) VALUES (:c, :code, :n, :e)
                RETURNING id""")
                .param("c", comboId)
                .param("code", code)
                .param("n", name)
                .param("e", nameEn)
                .query(Long.class)
                .single();
        List<Object[]> links = optionIds.stream().map(o -> new Object[] {id, o}).toList();
        MultiRowInsert.run(jdbc, "category_option_combo_option", List.of("option_combo_id", "option_id"), links);
    }

    public Map<String, Long> comboIdsByCode() {
        return jdbc
                .sql("SELECT code, id FROM category_combo")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public List<CategoryComboView> combos() {
        List<CategoryComboView> combos = new ArrayList<>();
        jdbc.sql("SELECT id, code FROM category_combo ORDER BY id")
                .query((rs, n) -> rs.getString(2))
                .list()
                .forEach(code -> combo(code).ifPresent(combos::add));
        return combos;
    }

    public Optional<CategoryComboView> combo(String code) {
        return jdbc.sql("SELECT id, code, name, name_en FROM category_combo WHERE code = :code")
                .param("code", code)
                .query((rs, n) -> new CategoryComboView(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), List.of(), List.of()))
                .optional()
                .map(c -> new CategoryComboView(
                        c.id(),
                        c.code(),
                        c.name(),
                        c.nameEn(),
                        categoryCodes(c.id()),
                        optionCombos.optionCombosOf(c.id())));
    }

    private List<String> categoryCodes(long comboId) {
        return jdbc.sql("""
                SELECT c.code FROM category_combo_category cc JOIN category c ON c.id = cc.category_id
                WHERE cc.combo_id = :id ORDER BY cc.sort_order""").param("id", comboId).query(String.class).list();
    }

    /** One option of a category. */
    public record CategoryOption(
            long id, String code, String name, @Nullable String nameEn) {}
}
