package vn.toancanh.dashboard;

import java.util.List;

/**
 * What the home page shows before the IOC dashboards arrive: the size of the hub and where each domain's data lives.
 *
 * @param communes open communes, wards and towns
 * @param departments open departments
 * @param partners open co-managing units
 */
public record HomeSummary(
        long communes, long departments, long partners, long groups, long items, List<DomainSummary> domains) {

    /** A domain with its sectors and how many data items each holds. */
    public record DomainSummary(String code, String name, long items, List<SectorSummary> sectors) {}

    public record SectorSummary(String code, String name, long items) {}
}
