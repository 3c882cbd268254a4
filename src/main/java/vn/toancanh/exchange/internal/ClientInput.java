package vn.toancanh.exchange.internal;

import org.jspecify.annotations.Nullable;

/** What an admin enters about an external system. */
public record ClientInput(
        @Nullable String name,
        @Nullable String ownerUnit,
        @Nullable String contactName,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String description,
        @Nullable Boolean active) {

    public boolean isActive() {
        return Boolean.TRUE.equals(active);
    }

    /** The text fields by name, for forms that render them in a loop. */
    public java.util.Map<String, String> fields() {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        m.put("name", name);
        m.put("ownerUnit", ownerUnit);
        m.put("contactName", contactName);
        m.put("contactEmail", contactEmail);
        m.put("contactPhone", contactPhone);
        return m;
    }
}
