package vn.toancanh.feedback.web;

import org.jspecify.annotations.Nullable;

/**
 * The portal's feedback form as posted; numbers stay text so a wrong one gets a message beside its field rather than
 * a binding error. {@code website} is the honeypot (hidden from people), {@code stamp} when the form was shown.
 */
record CitizenFeedbackForm(
        @Nullable String category,
        @Nullable String description,
        @Nullable String latitude,
        @Nullable String longitude,
        @Nullable String address,
        @Nullable String name,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String website,
        @Nullable String stamp) {

    static CitizenFeedbackForm empty() {
        return new CitizenFeedbackForm(null, null, null, null, null, null, null, null, null, null);
    }
}
