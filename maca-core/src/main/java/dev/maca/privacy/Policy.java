package dev.maca.privacy;

/** What the {@link PrivacyGuard} does when an audit holds personal data. */
public enum Policy {
    /** Render nothing: {@link PrivacyGuard#apply} throws a {@link PrivacyException} listing every finding. The default. */
    FAIL,
    /** Replace every value by a visible marker such as "[redacted: NHS number]" and count the redactions. */
    REDACT
}
