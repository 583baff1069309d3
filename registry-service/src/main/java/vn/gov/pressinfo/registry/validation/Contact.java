package vn.gov.pressinfo.registry.validation;

/** Patterns of the contact details the registry stores (phones and e-mail addresses of press contacts). */
public final class Contact {

    /**
     * A Vietnamese phone number: {@code 0} or {@code +84} followed by 9 or 10 digits, which may be
     * grouped with single spaces, dots or hyphens ("0297 3862 123", "+84 912 345 678").
     */
    public static final String PHONE = "(\\+84|0)([ .-]?[0-9]){9,10}";
    public static final String PHONE_MESSAGE = "must be a Vietnamese phone number such as 0297 3862 123 or +84 912 345 678";

    /** An address with a domain that has a dot; the format itself is checked by {@code @Email}. */
    public static final String EMAIL_DOMAIN = ".+@[^@\\s]+\\.[^@\\s]+";

    private Contact() {
    }
}
