package vn.toancanh.dashboard.web;

import java.util.List;

/** The relative periods the period selectors offer, with their message keys ({@code dashboard.pe.THIS_YEAR}). */
final class Periods {

    static final List<String> PAGE_PERIODS = List.of(
            "THIS_YEAR", "LAST_YEAR", "THIS_QUARTER", "LAST_QUARTER", "THIS_MONTH", "LAST_MONTH", "LAST_12_MONTHS");

    static final List<String> WIDGET_PERIODS = List.of(
            "LAST_12_MONTHS",
            "LAST_6_MONTHS",
            "LAST_3_MONTHS",
            "THIS_MONTH",
            "LAST_MONTH",
            "MONTHS_THIS_YEAR",
            "THIS_QUARTER",
            "LAST_QUARTER",
            "LAST_4_QUARTERS",
            "QUARTERS_THIS_YEAR",
            "THIS_YEAR",
            "LAST_YEAR",
            "LAST_5_YEARS");

    private Periods() {}
}
