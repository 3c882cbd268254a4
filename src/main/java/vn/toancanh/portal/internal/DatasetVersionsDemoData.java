package vn.toancanh.portal.internal;

import org.springframework.stereotype.Component;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.DemoDataStep;

/** Version 1 of every public dataset that has values, after every other step wrote its values, so the demo's open data shows versions and stable links. */
@Component
class DatasetVersionsDemoData implements DemoDataStep {

    private final DatasetVersions versions;

    DatasetVersionsDemoData(DatasetVersions versions) {
        this.versions = versions;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public String name() {
        return "portal-dataset-versions";
    }

    @Override
    public void load(DemoDataSize size, long seed) {
        versions.publishChanged("Phiên bản đầu tiên");
    }
}
