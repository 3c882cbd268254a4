package vn.toancanh.organisation.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.AuditService;
import vn.toancanh.organisation.UnitContact;
import vn.toancanh.organisation.UnitGroupView;
import vn.toancanh.organisation.UnitInput;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.DemoDataStep;

/**
 * The demo hierarchy, the same for every size: Hải Phòng → An Dương with its 16 communes/town (GSO list of
 * 10/04/2023), its 12 departments and 7 co-managing units: the 35 units the An Dương system gathers data from.
 * The 2025 reform is deliberately not applied, so the demo shows the hierarchy the historical data was stored on.
 */
@Component
class OrganisationDemoData implements DemoDataStep {

    static final String DISTRICT = "312";
    private static final double HQ_LAT = 20.8626;
    private static final double HQ_LON = 106.6038;

    private final UnitEditor editor;
    private final UnitGroupRepository groups;
    private final AuditService audit;

    OrganisationDemoData(UnitEditor editor, UnitGroupRepository groups, AuditService audit) {
        this.editor = editor;
        this.groups = groups;
        this.audit = audit;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String name() {
        return "organisation";
    }

    @Override
    public void load(DemoDataSize size, long seed) {
        Random random = new Random(seed);
        UnitGroupView communes = group("COMMUNES", "Xã, thị trấn");
        UnitGroupView departments = group("DEPARTMENTS", "Phòng chuyên môn");
        UnitGroupView partners = group("PARTNERS", "Đơn vị phối hợp");
        UnitView city = editor.write(
                unit(
                        "31",
                        "Thành phố Hải Phòng",
                        "Hải Phòng",
                        null,
                        UnitKind.PROVINCE,
                        20.8449,
                        106.6881,
                        "18 Hoàng Diệu, Hồng Bàng, Hải Phòng"),
                null,
                List.of());
        UnitView district = editor.write(
                unit(
                        DISTRICT,
                        "Huyện An Dương",
                        "An Dương",
                        "An Duong District",
                        UnitKind.DISTRICT,
                        HQ_LAT,
                        HQ_LON,
                        "Thị trấn An Dương, huyện An Dương, Hải Phòng"),
                city,
                List.of());
        int count = 2;
        for (CSVRecord r : csv("demo/vn-units.csv")) {
            if (DISTRICT.equals(r.get("parent_code"))) {
                String name = r.get("name");
                editor.write(
                        unit(
                                r.get("code"),
                                name,
                                shortName(name),
                                null,
                                UnitKind.parse(r.get("kind")).orElseThrow(),
                                HQ_LAT + spread(random, 0.045),
                                HQ_LON + spread(random, 0.06),
                                "UBND " + name + ", huyện An Dương, Hải Phòng"),
                        district,
                        List.of(communes));
                count++;
            }
        }
        for (CSVRecord r : csv("demo/district-units.csv")) {
            UnitKind kind = UnitKind.parse(r.get("kind")).orElseThrow();
            editor.write(
                    unit(
                            DISTRICT + "-" + r.get("code"),
                            r.get("name_vi"),
                            null,
                            r.get("name_en"),
                            kind,
                            HQ_LAT + spread(random, 0.004),
                            HQ_LON + spread(random, 0.005),
                            "Khu hành chính huyện An Dương, Hải Phòng"),
                    district,
                    List.of(kind == UnitKind.DEPARTMENT ? departments : partners));
            count++;
        }
        audit.record("IMPORT", UnitEditor.ENTITY, DISTRICT, "Dữ liệu mẫu: " + count + " đơn vị");
    }

    private UnitGroupView group(String code, String name) {
        return new UnitGroupView(groups.save(code, name), code, name, 0);
    }

    private static UnitInput unit(
            String code,
            String name,
            String shortName,
            String nameEn,
            UnitKind kind,
            double lat,
            double lon,
            String address) {
        return new UnitInput(
                code,
                name,
                shortName,
                nameEn,
                kind,
                null,
                null,
                null,
                round(lat),
                round(lon),
                null,
                new UnitContact(address, null, null, null),
                List.of());
    }

    /** Xã Lê Thiện → Lê Thiện, Thị trấn An Dương → An Dương. */
    static String shortName(String name) {
        return name.replaceFirst("^(Xã|Phường|Thị trấn|Quận|Huyện|Thành phố|Tỉnh) ", "");
    }

    private static double spread(Random random, double max) {
        return (random.nextDouble() * 2 - 1) * max;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }

    private static List<CSVRecord> csv(String resource) {
        try (Reader in =
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
