package vn.toancanh.sensors.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.sensors.StationInput;
import vn.toancanh.sensors.StationKind;
import vn.toancanh.sensors.StationView;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/** Checks a station as an admin sends it and turns it into the stored form; every mistake named by its field. */
@Component
public class StationValidator {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{1,39}");

    private final OrganisationService organisation;

    StationValidator(OrganisationService organisation) {
        this.organisation = organisation;
    }

    /** The station to store under {@code code}; throws with every problem when the input is wrong. */
    public StationView validate(String code, StationInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem(
                    "code", "Mã trạm gồm 2–40 chữ in hoa không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới"));
        }
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty() || name.length() > 255) {
            problems.add(new FieldProblem("name", "Tên trạm bắt buộc, tối đa 255 ký tự"));
        }
        if (in.kind() == null) {
            problems.add(new FieldProblem("kind", "Chọn loại trạm: WATER_LEVEL, RAIN hoặc WEATHER"));
        }
        UnitView unit = null;
        if (in.unit() == null || in.unit().isBlank()) {
            problems.add(new FieldProblem("unit", "Chọn xã, phường nơi đặt trạm"));
        } else {
            unit = organisation.findByCode(in.unit().strip()).orElse(null);
            if (unit == null) {
                problems.add(new FieldProblem(
                        "unit", "Không có đơn vị mã " + in.unit().strip()));
            }
        }
        coordinate(problems, "lat", in.lat(), 90, "Vĩ độ");
        coordinate(problems, "lon", in.lon(), 180, "Kinh độ");
        alarms(problems, in);
        String river =
                in.river() == null || in.river().isBlank() ? null : in.river().strip();
        if (river != null && river.length() > 100) {
            problems.add(new FieldProblem("river", "Tên sông tối đa 100 ký tự"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new StationView(
                code,
                name,
                in.kind(),
                unit.id(),
                in.lat(),
                in.lon(),
                river,
                StationRepository.strip(in.alarm1()),
                StationRepository.strip(in.alarm2()),
                StationRepository.strip(in.alarm3()),
                in.active() == null || in.active());
    }

    /** The code as stored: trimmed, upper case. */
    public static String normalise(@Nullable String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    private static void coordinate(
            List<FieldProblem> problems, String field, @Nullable Double value, int limit, String label) {
        if (value == null || value.isNaN() || value < -limit || value > limit) {
            problems.add(new FieldProblem(field, label + " bắt buộc, từ -" + limit + " đến " + limit));
        }
    }

    private static void alarms(List<FieldProblem> problems, StationInput in) {
        BigDecimal[] levels = {in.alarm1(), in.alarm2(), in.alarm3()};
        boolean any = levels[0] != null || levels[1] != null || levels[2] != null;
        if (any && in.kind() != null && in.kind() != StationKind.WATER_LEVEL) {
            problems.add(new FieldProblem("alarm1", "Chỉ trạm đo mực nước có mức báo động"));
            return;
        }
        BigDecimal previous = null;
        String previousName = null;
        for (int i = 0; i < 3; i++) {
            BigDecimal level = levels[i];
            if (level == null) {
                continue;
            }
            String name = "alarm" + (i + 1);
            if (level.compareTo(BigDecimal.valueOf(-20)) < 0 || level.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(new FieldProblem(name, "Mức báo động phải từ -20 đến 100 m"));
            } else if (previous != null && level.compareTo(previous) <= 0) {
                problems.add(new FieldProblem(
                        name,
                        "Báo động " + "I".repeat(i + 1) + " phải cao hơn báo động "
                                + "I".repeat(Integer.parseInt(previousName.substring(5))) + " ("
                                + previous.stripTrailingZeros().toPlainString().replace('.', ',') + " m)"));
            }
            previous = level;
            previousName = name;
        }
    }
}
