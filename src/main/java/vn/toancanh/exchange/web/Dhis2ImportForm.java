package vn.toancanh.exchange.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.exchange.internal.Dhis2ImportInput;

/** The DHIS2 pull form: periods in one box, separated by commas or spaces; the secrets are never rendered back. */
public record Dhis2ImportForm(
        @Nullable String baseUrl,
        @Nullable String username,
        @Nullable String password,
        @Nullable String token,
        @Nullable String dataSet,
        @Nullable String dataElementGroup,
        @Nullable String periods,
        @Nullable String orgUnit,
        @Nullable Boolean children,
        @Nullable String idScheme,
        @Nullable Boolean dryRun) {

    static Dhis2ImportForm empty() {
        return new Dhis2ImportForm(null, null, null, null, null, null, null, null, true, "CODE", null);
    }

    Dhis2ImportInput toInput() {
        return new Dhis2ImportInput(
                baseUrl,
                username,
                password,
                token,
                dataSet,
                dataElementGroup,
                periods == null ? List.of() : List.of(periods),
                orgUnit,
                children,
                idScheme,
                dryRun);
    }

    /** What the page shows again after a post: everything but the password and the token. */
    Dhis2ImportForm withoutSecrets() {
        return new Dhis2ImportForm(
                baseUrl, username, null, null, dataSet, dataElementGroup, periods, orgUnit, children, idScheme, dryRun);
    }

    public boolean withChildren() {
        return !Boolean.FALSE.equals(children);
    }

    @Override
    public String toString() {
        return "Dhis2ImportForm[baseUrl=" + baseUrl + ", dataSet=" + dataSet + ", periods=" + periods + "]";
    }
}
