package vn.toancanh.reports;

import org.jspecify.annotations.Nullable;

/**
 * The top of an official document (Decree 30/2020/NĐ-CP): on the left the superior body and the issuing unit, on the
 * right the national title and motto; under them the place and date.
 *
 * @param superior the body above the issuing unit, upper case ({@code UBND THÀNH PHỐ HẢI PHÒNG}); null for a root
 * @param issuer the issuing unit, upper case
 * @param place the place name before the date ({@code An Dương})
 */
public record OfficialHeader(@Nullable String superior, String issuer, String place) {

    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
}
