package vn.toancanh.alerts.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.Contact;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;

/**
 * Who is e-mailed about a raised alert: the officers of its unit and of every unit above it up to the province (a
 * commune's flood warning reaches the district and the province too), then the fixed addresses of
 * {@code toancanh.alerts.mail.to}; each address once.
 */
@Component
class AlertMailRecipients {

    /** An address and, for officers, the name to greet. */
    record Recipient(String email, @Nullable String fullName) {}

    private final IdentityService identity;
    private final OrganisationService organisation;
    private final AlertNotificationProperties properties;

    AlertMailRecipients(
            IdentityService identity, OrganisationService organisation, AlertNotificationProperties properties) {
        this.identity = identity;
        this.organisation = organisation;
        this.properties = properties;
    }

    List<Recipient> of(@Nullable Long unitId) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        for (long id : unitAndAncestors(unitId)) {
            for (Contact c : identity.officersOf(id)) {
                byAddress.putIfAbsent(key(c.email()), new Recipient(c.email().trim(), c.fullName()));
            }
        }
        for (String address : properties.mail().to()) {
            if (!address.isBlank()) {
                byAddress.putIfAbsent(key(address), new Recipient(address.trim(), null));
            }
        }
        return List.copyOf(byAddress.values());
    }

    /** The unit first, then its parent, up to the top, read from its materialised path ({@code /1/12/130/}). */
    private List<Long> unitAndAncestors(@Nullable Long unitId) {
        List<Long> ids = new ArrayList<>();
        if (unitId == null) {
            return ids;
        }
        UnitView unit = organisation.findById(unitId).orElse(null);
        if (unit == null) {
            ids.add(unitId);
            return ids;
        }
        for (String part : unit.path().split("/")) {
            if (!part.isEmpty()) {
                ids.add(0, Long.parseLong(part));
            }
        }
        if (!ids.contains(unitId)) {
            ids.add(0, unitId);
        }
        return ids;
    }

    static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
