package vn.gov.pressinfo.web.mapping;

import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.util.Set;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

import vn.gov.pressinfo.web.ProblemType;
import vn.gov.pressinfo.web.Problems;

/**
 * Everything else. Classifies by the cause chain so the web layer need not depend on Hibernate:
 * a lost optimistic-locking race is 412 (someone else updated first), a unique violation is 409,
 * an unreachable database is 503; only a genuine bug is 500 (logged, with no internals in the body).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);
    private static final Set<String> OPTIMISTIC_LOCK = Set.of(
            "jakarta.persistence.OptimisticLockException",
            "org.hibernate.StaleObjectStateException",
            "org.hibernate.StaleStateException");
    /**
     * Raised while reading a request or writing a response when the caller has already disconnected; also any
     * {@link ClosedChannelException} (Netty's stackless one, or the JDK's wrapped in an {@code IOException} by the
     * response writer).
     */
    private static final Set<String> CLIENT_GONE = Set.of("io.vertx.core.http.HttpClosedException");

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable e) {
        return serverError(e, uriInfo);
    }

    static Response serverError(Throwable e, UriInfo uriInfo) {
        String path = RequestPaths.of(uriInfo);
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (CLIENT_GONE.contains(t.getClass().getName()) || t instanceof ClosedChannelException) {
                // The caller hung up (timeout, cancelled download): nothing is wrong here and no one reads the answer.
                LOG.debugf("Client closed the connection on %s: %s", path, t);
                return Problems.response(ProblemType.VALIDATION, "The client closed the connection.", path);
            }
            if (OPTIMISTIC_LOCK.contains(t.getClass().getName())) {
                return Problems.response(ProblemType.PRECONDITION_FAILED,
                        "The resource was changed by another request at the same time. Read it again and retry.", path);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("23505")) {
                    return Problems.response(ProblemType.CONFLICT, "The request conflicts with existing data.", path);
                }
                if (state.startsWith("23")) {
                    // A constraint the service should have checked first; still the caller's data, not a bug.
                    LOG.warnf("Constraint %s violated on %s: %s", state, path, sql.getMessage());
                    return Problems.response(ProblemType.UNPROCESSABLE, "The request breaks a data integrity rule.", path);
                }
                if (state.startsWith("22")) {
                    // Data exception: a value PostgreSQL cannot store (NUL character, date out of range…).
                    return Problems.response(ProblemType.VALIDATION,
                            "A value in the request cannot be stored (invalid characters or out of range).", path);
                }
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03") || state.equals("53300")) {
                    return unavailable(e, path);
                }
            }
            if (t instanceof SQLException sql && sql.getMessage() != null && sql.getMessage().contains("cquisition timeout")) {
                return unavailable(e, path); // Agroal: no connection could be had, the database is down or saturated
            }
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.net.ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return unavailable(e, path);
            }
        }
        LOG.errorf(e, "Unexpected error on %s", path);
        return Problems.response(ProblemType.INTERNAL, "An unexpected error occurred. It has been logged.", path);
    }

    private static Response unavailable(Throwable e, String path) {
        LOG.warnf("Database unavailable on %s: %s", path, e.toString());
        return Response.fromResponse(Problems.response(ProblemType.UNAVAILABLE,
                "A backing service is unavailable. Retry later.", path)).header("Retry-After", "5").build();
    }
}
