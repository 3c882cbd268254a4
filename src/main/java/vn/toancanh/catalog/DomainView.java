package vn.toancanh.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A data domain (kinh tế, xã hội, hành chính, nội chính) with its sectors, in display order. */
public record DomainView(String code, String name, @Nullable String nameEn, List<SectorView> sectors) {

    /** A sector (lĩnh vực) of a domain. */
    public record SectorView(
            String code, String name, @Nullable String nameEn, String domainCode) {}
}
