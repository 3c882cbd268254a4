package vn.toancanh.catalog.web;

import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.IndicatorView;
import vn.toancanh.shared.NotFoundException;

/** What a targets page is about: an indicator (with its formula) or a data item. */
public record TargetSubject(
        String code,
        String name,
        @Nullable String unitOfMeasure,
        boolean indicator,
        @Nullable String expression) {

    static TargetSubject of(CatalogService catalog, String code) {
        IndicatorView indicator = catalog.findIndicatorByCode(code).orElse(null);
        if (indicator != null) {
            return new TargetSubject(
                    indicator.code(), indicator.name(), indicator.unitOfMeasure(), true, indicator.expression());
        }
        DataItemView item =
                catalog.findItemByCode(code).orElseThrow(() -> NotFoundException.of("chỉ tiêu hoặc chỉ số", code));
        return new TargetSubject(item.code(), item.name(), item.unitOfMeasure(), false, null);
    }
}
