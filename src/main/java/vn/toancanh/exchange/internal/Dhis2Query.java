package vn.toancanh.exchange.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A checked pull: the remote base URL (no query), credentials, and what to fetch.
 *
 * @param idScheme how DHIS2 names elements and units in its answer: {@code CODE}, or {@code ATTRIBUTE:<uid>} when an
 *     attribute there holds our codes; either way we read codes
 * @param selector {@code dataSet} or {@code dataElementGroup}, the DHIS2 parameter that selects the elements
 */
record Dhis2Query(
        URI base,
        Dhis2Credentials credentials,
        String selector,
        String selection,
        List<String> periods,
        String orgUnit,
        boolean children,
        String idScheme,
        boolean dryRun) {

    String host() {
        return base.getPort() < 0 ? base.getHost() : base.getHost() + ":" + base.getPort();
    }

    /** {@code {base}/api/dataValueSets.json?…}. */
    URI dataValueSetsUri() {
        StringBuilder q = new StringBuilder();
        q.append(selector).append('=').append(enc(selection));
        periods.forEach(p -> q.append("&period=").append(enc(p)));
        q.append("&orgUnit=").append(enc(orgUnit));
        q.append("&children=").append(children);
        q.append("&idScheme=").append(enc(idScheme));
        String path = base.getRawPath().endsWith("/") ? base.getRawPath() : base.getRawPath() + "/";
        return base.resolve(path + "api/dataValueSets.json?" + q);
    }

    @Override
    public String toString() {
        return "Dhis2Query[" + host() + " " + selector + "=" + selection + " " + periods + " " + orgUnit + "]";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
