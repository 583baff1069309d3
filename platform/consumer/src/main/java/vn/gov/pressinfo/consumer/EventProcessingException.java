package vn.gov.pressinfo.consumer;

/** An event whose handler kept failing; the message goes to the dead-letter topic with this message as the reason. */
public class EventProcessingException extends RuntimeException {

    public EventProcessingException(String message, Throwable cause) {
        super(message, cause);
    }
}
