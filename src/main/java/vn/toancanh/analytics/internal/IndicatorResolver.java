package vn.toancanh.analytics.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds indicators by code in the catalog. */
@Component
class IndicatorResolver {

    Optional<IndicatorPlan> find(String code) {
        return Optional.empty();
    }
}
