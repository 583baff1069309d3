package vn.gov.pressinfo.registry.validation;

/**
 * The one rule for the contact details the registry publishes (spokespersons, authorized persons, representative
 * offices, resident reporters): {@link VietnamesePhone} and {@link #EMAIL}. The patterns are anchored so that the
 * OpenAPI documents (ECMA regular expressions, which match anywhere) say the same as Bean Validation (whole value).
 */
public final class Contact {

    /**
     * A Vietnamese phone number: {@code 0} or {@code +84}, then 9 digits (mobile, "0912 345 678") or 10 (landline
     * with its area code since 2017, "0297 3862 123"), which may be grouped with single spaces, dots or hyphens.
     */
    public static final String PHONE = "^(?:\\+84|0)(?:[ .-]?[0-9]){9,10}$";
    public static final String PHONE_MESSAGE = "must be a Vietnamese phone number such as 0297 3862 123 or +84 912 345 678";
    public static final String PHONE_DESCRIPTION = "0 or +84, then 9 digits (mobile) or 10 (landline with its area code); "
            + "spaces, dots or hyphens allowed between digits.";
    public static final int PHONE_MAX_LENGTH = 30;

    /** Jakarta's {@code @Email} accepts "a@b": a published address needs a domain with a dot. */
    public static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    private Contact() {
    }
}
