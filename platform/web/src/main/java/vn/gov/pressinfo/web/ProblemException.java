package vn.gov.pressinfo.web;

import java.util.List;

/**
 * Thrown by services to end a request with a problem response. Use the factory methods, e.g.
 * {@code throw ProblemException.notFound("Agency " + id + " does not exist")}.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final int status;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, type.status(), detail, List.of());
    }

    public ProblemException(ProblemType type, int status, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    /** A request that is well-formed but breaks a business rule; names the offending field. */
    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(ProblemType.UNPROCESSABLE, ProblemType.UNPROCESSABLE.status(), message,
                List.of(new Problem.FieldError(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return status;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
