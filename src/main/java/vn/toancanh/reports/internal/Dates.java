package vn.toancanh.reports.internal;

import java.time.LocalDate;

/** Dates as official documents write them. */
final class Dates {

    private Dates() {}

    /** "An Dương, ngày 02 tháng 12 năm 2026"; without a place, "Ngày 02 tháng 12 năm 2026". */
    static String placeAndDate(String place, LocalDate date) {
        String day = String.format(
                "ngày %02d tháng %02d năm %d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        return place.isBlank() ? "N" + day.substring(1) : place + ", " + day;
    }
}
