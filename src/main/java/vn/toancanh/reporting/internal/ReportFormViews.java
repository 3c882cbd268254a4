package vn.toancanh.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.reporting.ReportFormView;
import vn.toancanh.reporting.internal.ReportFormRepository.StoredForm;

/** Stored forms as views: item and unit names from the catalog and the organisation, one query each per list. */
@Component
public class ReportFormViews {

    private final CatalogService catalog;
    private final OrganisationService organisation;

    ReportFormViews(CatalogService catalog, OrganisationService organisation) {
        this.catalog = catalog;
        this.organisation = organisation;
    }

    public List<ReportFormView> of(List<StoredForm> forms) {
        Map<Long, DataItemView> items = catalog.findItemsByIds(forms.stream()
                .flatMap(f -> f.sections().stream())
                .flatMap(s -> s.itemIds().stream())
                .distinct()
                .toList());
        Map<Long, UnitView> units = organisation.findByIds(forms.stream()
                .flatMap(f -> Stream.concat(
                        f.unitIds().stream(),
                        f.steps().stream().map(ReportFormValidator.Step::unitId).filter(u -> u != null)))
                .distinct()
                .toList());
        return forms.stream().map(f -> view(f, items, units)).toList();
    }

    public ReportFormView of(StoredForm form) {
        return of(List.of(form)).get(0);
    }

    private static ReportFormView view(StoredForm f, Map<Long, DataItemView> items, Map<Long, UnitView> units) {
        List<ReportFormView.Section> sections = new ArrayList<>();
        for (ReportFormValidator.Section s : f.sections()) {
            sections.add(new ReportFormView.Section(
                    s.title(),
                    s.itemIds().stream()
                            .map(items::get)
                            .filter(i -> i != null)
                            .map(i -> new ReportFormView.Item(i.id(), i.code(), i.name(), i.unitOfMeasure()))
                            .toList()));
        }
        List<ReportFormView.FormUnit> assigned = f.unitIds().stream()
                .map(units::get)
                .filter(u -> u != null)
                .map(u -> new ReportFormView.FormUnit(u.id(), u.code(), u.name()))
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
        List<ReportFormView.Step> steps = new ArrayList<>();
        for (int i = 0; i < f.steps().size(); i++) {
            ReportFormValidator.Step s = f.steps().get(i);
            UnitView u = s.unitId() == null ? null : units.get(s.unitId());
            steps.add(new ReportFormView.Step(i, s.unitId(), u == null ? null : u.code(), s.title()));
        }
        return new ReportFormView(
                f.id(),
                f.code(),
                f.name(),
                f.nameEn(),
                f.legalBasis(),
                f.periodType(),
                f.cutoffDay(),
                f.deadlineDays(),
                f.deadlineDayOfMonth(),
                f.reminderDays(),
                f.version(),
                f.versionId(),
                f.active(),
                sections,
                assigned,
                steps,
                f.updatedAt());
    }
}
