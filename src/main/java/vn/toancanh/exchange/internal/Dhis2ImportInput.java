package vn.toancanh.exchange.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an admin asks for when pulling values from a DHIS2 instance: where, as whom (a user name and password, or a
 * personal access token), which data set or data element group, periods, organisation unit (with its children unless
 * {@code children} is false) and the id scheme (CODE unless told). Credentials are used for this call only.
 */
public record Dhis2ImportInput(
        @Nullable String baseUrl,
        @Nullable String username,
        @Nullable String password,
        @Nullable String token,
        @Nullable String dataSet,
        @Nullable String dataElementGroup,
        @Nullable List<String> periods,
        @Nullable String orgUnit,
        @Nullable Boolean children,
        @Nullable String idScheme,
        @Nullable Boolean dryRun) {

    public boolean isDryRun() {
        return Boolean.TRUE.equals(dryRun);
    }

    /** Unless said otherwise, the unit's whole subtree, as a district pulls its communes. */
    public boolean withChildren() {
        return !Boolean.FALSE.equals(children);
    }

    @Override
    public String toString() {
        return "Dhis2ImportInput[baseUrl=" + baseUrl + ", username=" + username + ", password=***, token=***, dataSet="
                + dataSet + ", dataElementGroup=" + dataElementGroup + ", periods=" + periods + ", orgUnit=" + orgUnit
                + ", idScheme=" + idScheme + ", dryRun=" + dryRun + "]";
    }
}
