package vn.toancanh.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.catalog.DomainView;
import vn.toancanh.catalog.DomainView.SectorView;

/** data_domain and data_sector. */
@Repository
public class DomainRepository {

    private final JdbcClient jdbc;

    DomainRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DomainView> domains() {
        Map<String, DomainView> domains = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name, name_en FROM data_domain ORDER BY sort_order, code")
                .query((rs, n) -> new DomainView(rs.getString(1), rs.getString(2), rs.getString(3), new ArrayList<>()))
                .list()
                .forEach(d -> domains.put(d.code(), d));
        jdbc.sql("""
                SELECT s.code, s.name, s.name_en, d.code FROM data_sector s JOIN data_domain d ON d.id = s.domain_id
                ORDER BY d.sort_order, s.sort_order, s.code""")
                .query((rs, n) -> new SectorView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list()
                .forEach(s -> domains.get(s.domainCode()).sectors().add(s));
        return domains.values().stream()
                .map(d -> new DomainView(d.code(), d.name(), d.nameEn(), List.copyOf(d.sectors())))
                .toList();
    }

    /** Active data items per sector code, every sector present (0 when empty), in one grouped query. */
    public Map<String, Long> activeItemCountsBySector() {
        return jdbc.sql("""
                SELECT s.code, count(i.id) FROM data_sector s
                LEFT JOIN data_group g ON g.sector_id = s.id
                LEFT JOIN data_item i ON i.group_id = g.id AND i.active
                GROUP BY s.code""").query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Map<String, Long> sectorIdsByCode() {
        return jdbc
                .sql("SELECT code, id FROM data_sector")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public long insertDomain(String code, String name, @Nullable String nameEn, int sortOrder) {
        return jdbc.sql(
                        "INSERT INTO data_domain (code, name, name_en, sort_order) VALUES (:c, :n, :e, :s) RETURNING id")
                .param("c", code)
                .param("n", name)
                .param("e", nameEn)
                .param("s", sortOrder)
                .query(Long.class)
                .single();
    }

    public long insertSector(long domainId, String code, String name, @Nullable String nameEn, int sortOrder) {
        return jdbc.sql("""
                INSERT INTO data_sector (domain_id, code, name, name_en, sort_order)
                VALUES (:d, :c, :n, :e, :s) RETURNING id""")
                .param("d", domainId)
                .param("c", code)
                .param("n", name)
                .param("e", nameEn)
                .param("s", sortOrder)
                .query(Long.class)
                .single();
    }
}
