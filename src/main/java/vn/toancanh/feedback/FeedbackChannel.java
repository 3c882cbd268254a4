package vn.toancanh.feedback;

/** How a request arrived. */
public enum FeedbackChannel {
    /** The portal's form. */
    WEB,
    /** A client app through the Open311 API. */
    OPEN311,
    /** Entered by an officer (a phone call, a visit). */
    STAFF
}
