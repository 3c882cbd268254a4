package vn.toancanh.records.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.records.RecordFileInput;
import vn.toancanh.records.RecordInput;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.DemoDataStep;

/**
 * A handful of digitised records of the demo district's communes: social-protection and poor-household records whose
 * scans are pages of Vietnamese text drawn in Java (so OCR has something real to read, in the background after
 * start-up), a register as a PDF with a text layer, and one restricted record. Not in the minimal data set.
 */
@Component
class RecordsDemoData implements DemoDataStep {

    private static final String DISTRICT = "312";
    private static final String LE_THIEN = "11584";

    private final RecordWrites writes;
    private final RecordRepository records;
    private final OrganisationService organisation;
    private final RecordFigures figures;

    RecordsDemoData(
            RecordWrites writes, RecordRepository records, OrganisationService organisation, RecordFigures figures) {
        this.figures = figures;
        this.writes = writes;
        this.records = records;
        this.organisation = organisation;
    }

    @Override
    public int order() {
        return 650;
    }

    @Override
    public String name() {
        return "records";
    }

    @Override
    public void load(DemoDataSize size, long seed) {
        UnitView district = organisation.findByCode(DISTRICT).orElse(null);
        if (size == DemoDataSize.MINIMAL
                || district == null
                || records.find("HS-BTXH-11584-0001").isPresent()) {
            return;
        }
        List<UnitView> communes = organisation.children(district.id()).stream()
                .filter(u -> u.kind() == UnitKind.COMMUNE || u.kind() == UnitKind.TOWNSHIP || u.kind() == UnitKind.WARD)
                // Lê Thiện first: the demo commune officer's
                .sorted(java.util.Comparator.comparing((UnitView u) -> !u.code().equals(LE_THIEN)))
                .limit(3)
                .toList();
        int year = OrganisationService.today().getYear() - 1;
        List<RecordWrites.Checked> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> names = List.of("Nguyễn Thị Hoa", "Trần Văn Bình", "Phạm Thị Lan", "Vũ Văn Hùng");
        int n = 0;
        for (UnitView commune : communes) {
            for (int i = 1; i <= 2; i++) {
                n++;
                String name = names.get(n % names.size());
                String code = "HS-BTXH-" + commune.code() + "-000" + i;
                String body = "Họ và tên đối tượng: " + name + ". Thường trú tại " + commune.name()
                        + ", huyện An Dương, thành phố Hải Phòng. Đối tượng hưởng trợ cấp xã hội hằng tháng theo Nghị"
                        + " định 20/2021/NĐ-CP: người cao tuổi từ đủ 80 tuổi trở lên không có lương hưu. Mức trợ cấp"
                        + " 540.000 đồng mỗi tháng, chi trả qua bưu điện từ tháng " + (i * 3) + " năm " + year + ".";
                checked.add(check(
                        new RecordInput(
                                code,
                                "Hồ sơ hưởng trợ cấp xã hội hằng tháng – " + name,
                                "BTXH",
                                commune.code(),
                                name,
                                LocalDate.of(year, i * 3, 10),
                                null,
                                "20 năm",
                                SharingLevel.RESTRICTED,
                                null),
                        List.of(new RecordFileInput(
                                code + ".png", ScanImages.png("QUYẾT ĐỊNH HƯỞNG TRỢ CẤP XÃ HỘI", body))),
                        seen));
            }
            String poor = "HS-HONGHEO-" + commune.code() + "-" + year;
            checked.add(check(
                    new RecordInput(
                            poor,
                            "Danh sách hộ nghèo, hộ cận nghèo " + commune.name() + " năm " + year,
                            "HONGHEO",
                            commune.code(),
                            null,
                            LocalDate.of(year, 12, 15),
                            null,
                            "vĩnh viễn",
                            SharingLevel.INTERNAL,
                            null),
                    List.of(new RecordFileInput(
                            poor + ".png",
                            ScanImages.png(
                                    "DANH SÁCH HỘ NGHÈO NĂM " + year,
                                    "Danh sách hộ nghèo " + commune.name() + " năm " + year + " theo chuẩn nghèo đa"
                                            + " chiều giai đoạn 2022-2025: hộ ông Nguyễn Văn Thành, thôn Đông, thiếu hụt"
                                            + " về việc làm và bảo hiểm y tế; hộ bà Lê Thị Mai, thôn Tây, thiếu hụt về"
                                            + " nhà ở và nước sinh hoạt."))),
                    seen));
        }
        UnitView first = communes.isEmpty() ? district : communes.get(0);
        String register = "SO-HT-" + first.code() + "-" + (year - 1);
        checked.add(check(
                new RecordInput(
                        register,
                        "Sổ đăng ký khai sinh " + first.name() + " năm " + (year - 1),
                        "SODANGKY",
                        first.code(),
                        null,
                        LocalDate.of(year - 1, 1, 1),
                        LocalDate.of(year - 1, 12, 31),
                        "vĩnh viễn",
                        SharingLevel.INTERNAL,
                        120),
                List.of(new RecordFileInput(
                        register + ".pdf",
                        ScanImages.textPdf("SỔ ĐĂNG KÝ KHAI SINH. " + first.name() + ", huyện An Dương. Quyển số 01/"
                                + (year - 1) + ", từ số 01 đến số 245. Người giữ sổ: công chức tư pháp - hộ tịch."))),
                seen));
        // demo steps may run outside a transaction, where after-commit listeners do not fire: counted here
        figures.refresh(writes.store(checked, CurrentUser.SYSTEM, "IMPORT"));
    }

    private RecordWrites.Checked check(RecordInput in, List<RecordFileInput> files, Set<String> seen) {
        List<vn.toancanh.shared.FieldProblem> problems = new ArrayList<>();
        RecordWrites.Checked c = writes.check(in, files, CurrentUser.SYSTEM, "", seen, problems);
        if (c == null) {
            throw new IllegalStateException("demo record " + in.code() + ": " + problems);
        }
        return c;
    }
}
