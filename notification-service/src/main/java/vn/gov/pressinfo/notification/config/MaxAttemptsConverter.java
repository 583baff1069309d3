package vn.gov.pressinfo.notification.config;

import org.eclipse.microprofile.config.spi.Converter;

/**
 * Reads {@code pressinfo.notification.dispatch.max-attempts} and refuses a value outside 1 to 100 (the API documents
 * attempts up to 100), so that a wrong value stops the service at start-up with this message.
 *
 * <p>A converter rather than {@code @Min}/{@code @Max} on the mapping: a Bean Validation constraint on any
 * {@code @ConfigMapping} makes Quarkus build a second Hibernate Validator factory for configuration at every start,
 * a fifth of this service's start-up time for one range check.
 */
public class MaxAttemptsConverter implements Converter<Integer> {

    static final int MIN = 1;
    static final int MAX = 100;

    @Override
    public Integer convert(String value) {
        String text = value == null ? "" : value.trim();
        int attempts;
        try {
            attempts = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("max-attempts must be a whole number from " + MIN + " to " + MAX + ", not '" + value + "'", e);
        }
        if (attempts < MIN || attempts > MAX) {
            throw new IllegalArgumentException("max-attempts must be from " + MIN + " to " + MAX + ", not " + attempts);
        }
        return attempts;
    }
}
