package vn.gov.pressinfo.events;

/**
 * A message that can never be processed as it is (missing CloudEvents attributes, data that is not
 * the expected JSON). Consumers send it to the dead-letter topic without retrying.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
