package vn.toancanh.catalog.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import vn.toancanh.shared.PeriodType;

/**
 * The demo catalog read from the reference files: the sectors of {@code sectors.csv}, the sector owners of
 * {@code district-units.csv}, the 112 groups of {@code catalog-groups.psv} with the indicators of
 * {@code vn-indicators.csv} placed where they fit, and the communes of the demo district (An Dương, 312).
 */
record DemoCatalogPlan(List<Sector> sectors, List<Group> groups, Map<String, String> communes) {

    static final String DISTRICT = "312";
    private static final String STATISTICS_BASIS =
            "Quyết định 54/2016/QĐ-TTg (hệ thống chỉ tiêu thống kê cấp huyện, xã)";
    private static final String INDEX_766_BASIS = "Quyết định 766/QĐ-TTg ngày 23/6/2022 (Bộ chỉ số phục vụ người dân)";

    record Sector(String domainCode, String domainVi, String domainEn, String code, String nameVi, String nameEn) {}

    record Group(
            String code,
            String sectorCode,
            String nameVi,
            String nameEn,
            PeriodType period,
            boolean communesReport,
            String ownerCode,
            List<BaseItem> bases) {}

    record BaseItem(
            String nameVi,
            String nameEn,
            @Nullable String unit,
            DemoKind kind,
            @Nullable String combo,
            PeriodType period,
            @Nullable String source,
            @Nullable String legalBasis) {}

    static DemoCatalogPlan load() {
        List<Sector> sectors = read("demo/sectors.csv", ',').stream()
                .map(r -> new Sector(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)))
                .toList();
        Map<String, String> owners = new LinkedHashMap<>();
        for (CSVRecord unit : read("demo/district-units.csv", ',')) {
            for (String sector : unit.get("sectors").split(";")) {
                owners.putIfAbsent(sector, unit.get("code"));
            }
        }
        List<CSVRecord> indicators = read("demo/vn-indicators.csv", ',');
        List<Group> groups = read("demo/catalog-groups.psv", '|').stream()
                .map(r -> group(r, owners, indicators))
                .toList();
        Map<String, String> communes = new LinkedHashMap<>();
        read("demo/vn-units.csv", ',').stream()
                .filter(r -> r.get("parent_code").equals(DISTRICT))
                .forEach(r -> communes.put(r.get("code"), r.get("name")));
        return new DemoCatalogPlan(sectors, groups, communes);
    }

    /** The unit code the organisation demo gives a department or partner: {@code 312-TCKH}. */
    static String unitCode(String districtUnitCode) {
        return DISTRICT + "-" + districtUnitCode;
    }

    private static Group group(CSVRecord r, Map<String, String> owners, List<CSVRecord> indicators) {
        String code = r.get("code");
        String sector = code.substring(0, code.lastIndexOf('-'));
        PeriodType period = switch (r.get("period")) {
            case "Q" -> PeriodType.QUARTERLY;
            case "Y" -> PeriodType.YEARLY;
            default -> PeriodType.MONTHLY;
        };
        List<BaseItem> bases = new ArrayList<>();
        for (String ref : split(r.get("indicators"), ";")) {
            String[] parts = ref.split(":");
            bases.add(indicator(indicators.get(Integer.parseInt(parts[0]) - 1), parts));
        }
        for (String spec : split(r.get("items"), ";")) {
            String[] f = spec.split("~", -1);
            String[] kind = f[3].split(":");
            bases.add(new BaseItem(
                    f[0],
                    f[1],
                    f[2].isEmpty() ? null : f[2],
                    DemoKind.valueOf(kind[0]),
                    combo(kind),
                    period,
                    null,
                    null));
        }
        String owner = r.get("owner").isEmpty() ? owners.get(sector) : r.get("owner");
        return new Group(
                code,
                sector,
                r.get("name_vi"),
                r.get("name_en"),
                period,
                r.get("reporters").equals("ALL"),
                owner,
                List.copyOf(bases));
    }

    private static BaseItem indicator(CSVRecord row, String[] parts) {
        String periodicity = row.get("periodicity");
        PeriodType period = periodicity.contains("tháng") || periodicity.contains("thời gian thực")
                ? PeriodType.MONTHLY
                : periodicity.contains("quý") ? PeriodType.QUARTERLY : PeriodType.YEARLY;
        boolean index766 = row.get("name_en").contains("766");
        boolean statistical =
                !row.get("group").equals("hành chính") && !row.get("group").equals("nội chính");
        String basis = index766 ? INDEX_766_BASIS : statistical ? STATISTICS_BASIS : null;
        String source = index766 ? "Cổng Dịch vụ công quốc gia" : statistical ? "Chi cục Thống kê" : null;
        String name = row.get("name_vi");
        return new BaseItem(
                name,
                row.get("name_en"),
                row.get("unit"),
                DemoKind.valueOf(parts[1]),
                combo(parts),
                period,
                source,
                basis);
    }

    private static @Nullable String combo(String[] parts) {
        if (parts.length < 3) {
            return null;
        }
        return parts[2].equals("SEXAREA") ? "SEX_AREA" : parts[2];
    }

    private static List<String> split(String value, String separator) {
        return value.isBlank() ? List.of() : List.of(value.split(separator));
    }

    private static List<CSVRecord> read(String resource, char delimiter) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var reader =
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
