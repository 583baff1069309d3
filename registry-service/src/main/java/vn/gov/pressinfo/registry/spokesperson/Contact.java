package vn.gov.pressinfo.registry.spokesperson;

/** Validation rules shared by the public contact details of spokespersons and authorized persons. */
public final class Contact {

    /**
     * A Vietnamese phone number: {@code 0} or {@code +84}, then 8 to 10 digits optionally grouped by
     * spaces, dots or hyphens, e.g. {@code 0297 3862 000}, {@code 0912.345.678}, {@code +84 912 345 678}.
     */
    public static final String PHONE_PATTERN = "^(?:\\+84|0)(?:[ .-]?[0-9]){8,10}$";
    public static final String PHONE_MESSAGE = "must be a Vietnamese phone number, e.g. 0297 3862 000 or +84 912 345 678";
    /** Jakarta's @Email accepts "a@b"; a public contact address needs a domain with a dot. */
    public static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    private Contact() {
    }
}
