package vn.toancanh.organisation;

import org.jspecify.annotations.Nullable;

/** How to reach a unit's office. */
public record UnitContact(
        @Nullable String address,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String website) {

    public static final UnitContact NONE = new UnitContact(null, null, null, null);

    public UnitContact {
        address = UnitInput.blankToNull(address);
        phone = UnitInput.blankToNull(phone);
        email = UnitInput.blankToNull(email);
        website = UnitInput.blankToNull(website);
    }
}
