package vn.toancanh.reports.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.reports.OfficialHeader;

/**
 * The header block of the author's unit: an administrative unit issues as its People's Committee ("ỦY BAN NHÂN DÂN"
 * over "HUYỆN AN DƯƠNG"), a department under its committee ("UBND HUYỆN AN DƯƠNG" over "PHÒNG TÀI CHÍNH - KẾ
 * HOẠCH"); the place is the administrative unit's name without its kind word.
 */
@Component
public class OfficialHeaders {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String COMMITTEE = "ỦY BAN NHÂN DÂN";
    private static final List<String> KIND_WORDS =
            List.of("Thành phố ", "Tỉnh ", "Huyện ", "Quận ", "Thị xã ", "Thị trấn ", "Xã ", "Phường ", "Đặc khu ");
    private static final List<UnitKind> ADMINISTRATIVE =
            List.of(UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP);

    private final OrganisationService organisation;
    private final ReportsProperties properties;

    OfficialHeaders(OrganisationService organisation, ReportsProperties properties) {
        this.organisation = organisation;
        this.properties = properties;
    }

    public OfficialHeader of(CurrentUser user) {
        Optional<UnitView> own = user.unitId() == null ? Optional.empty() : organisation.findById(user.unitId());
        return own.or(() -> organisation.findByCode(properties.issuer()))
                .map(this::of)
                .orElse(new OfficialHeader(null, COMMITTEE, ""));
    }

    public OfficialHeader of(UnitView unit) {
        if (ADMINISTRATIVE.contains(unit.kind())) {
            return new OfficialHeader(COMMITTEE, upper(unit.name()), place(unit));
        }
        Optional<UnitView> parent = parent(unit);
        String superior = parent.map(p -> "UBND " + upper(p.name())).orElse(null);
        return new OfficialHeader(
                superior, upper(unit.name()), parent.map(OfficialHeaders::place).orElse(""));
    }

    private Optional<UnitView> parent(UnitView unit) {
        return unit.parentId() == null ? Optional.empty() : organisation.findById(unit.parentId());
    }

    static String place(UnitView unit) {
        if (unit.shortName() != null && !unit.shortName().isBlank()) {
            return unit.shortName();
        }
        for (String word : KIND_WORDS) {
            if (unit.name().startsWith(word)) {
                return unit.name().substring(word.length());
            }
        }
        return unit.name();
    }

    private static String upper(String name) {
        return name.toUpperCase(VI);
    }
}
