package vn.toancanh.organisation;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import vn.toancanh.shared.Labelled;
import vn.toancanh.shared.VietnameseText;

/** Kinds of unit. Administrative kinds carry GSO codes; departments and partners report data too. */
public enum UnitKind implements Labelled {
    PROVINCE("Tỉnh/Thành phố"),
    DISTRICT("Quận/Huyện"),
    COMMUNE("Xã"),
    WARD("Phường"),
    TOWNSHIP("Thị trấn"),
    DEPARTMENT("Phòng chuyên môn"),
    PARTNER("Đơn vị phối hợp"),
    OTHER("Khác");

    private final String labelVi;

    UnitKind(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }

    /** Words people write in files for each kind, folded (no diacritics, lower case). */
    private static final Map<String, UnitKind> WORDS = Map.ofEntries(
            Map.entry("tinh", PROVINCE),
            Map.entry("thanh pho", PROVINCE),
            Map.entry("tinh/thanh pho", PROVINCE),
            Map.entry("huyen", DISTRICT),
            Map.entry("quan", DISTRICT),
            Map.entry("thi xa", DISTRICT),
            Map.entry("quan/huyen", DISTRICT),
            Map.entry("xa", COMMUNE),
            Map.entry("phuong", WARD),
            Map.entry("thi tran", TOWNSHIP),
            Map.entry("phong", DEPARTMENT),
            Map.entry("phong ban", DEPARTMENT),
            Map.entry("phong chuyen mon", DEPARTMENT),
            Map.entry("don vi phoi hop", PARTNER),
            Map.entry("don vi phoi quan", PARTNER),
            Map.entry("khac", OTHER));

    /** Reads a kind from its name ({@code COMMUNE}) or a Vietnamese word ({@code xã}, {@code thị trấn}). */
    public static Optional<UnitKind> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(text);
        return Arrays.stream(values())
                .filter(k -> k.name().equalsIgnoreCase(folded.replace(' ', '_')))
                .findFirst()
                .or(() -> Optional.ofNullable(WORDS.get(folded)));
    }

    public boolean isAdministrative() {
        return ordinal() <= TOWNSHIP.ordinal();
    }
}
