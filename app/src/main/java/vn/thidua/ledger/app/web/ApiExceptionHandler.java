package vn.thidua.ledger.app.web;

import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoServerException;
import com.mongodb.MongoWriteException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import vn.thidua.ledger.query.view.QueryRejection;
import vn.thidua.ledger.query.view.ViewNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.thidua.ledger.app.command.CommandTimedOut;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;

/**
 * The single place where exceptions become RFC 9457 problem+json. Every body carries a stable
 * {@code code}; none carries a stack trace or an internal exception message (those are logged).
 * Extends {@link ResponseEntityExceptionHandler} so Spring MVC's own exceptions (404 route, 405,
 * 415, unreadable body, validation) get their standard status and only need a code added.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** How a domain rejection kind maps to HTTP; the one table the API uses. */
    public static HttpStatus statusOf(ErrorCode.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
    }

    @ExceptionHandler(DomainRejection.class)
    ResponseEntity<ProblemDetail> domainRejection(DomainRejection e) {
        return respond(rejection(e));
    }

    /**
     * Everything else. Axon and {@code CompletableFuture.join()} wrap the exception a handler threw
     * (CommandExecutionException, CompletionException, ...), so the cause chain is searched for a
     * type we know before answering 500.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> anyOther(Exception e) {
        ProblemDetail known = classify(e);
        if (known != null) {
            return respond(known);
        }
        log.error("Unhandled exception while serving a request", e);
        return respond(ProblemResponseWriter.problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemCode.INTERNAL_ERROR,
                "An internal error occurred. It has been logged."));
    }

    /** @return the problem for the first recognised exception in the cause chain, or null */
    public static ProblemDetail classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainRejection rejection) {
                return rejection(rejection);
            }
            if (t instanceof QueryRejection refused) {
                // The query side names status and code itself (e.g. 400 INVALID_AS_OF, 409 REBUILD_REFUSED).
                return ProblemResponseWriter.problem(HttpStatus.valueOf(refused.status()), refused.code(),
                        refused.getMessage());
            }
            if (t instanceof ViewNotFoundException notFound) {
                return ProblemResponseWriter.problem(HttpStatus.NOT_FOUND, ProblemCode.NOT_FOUND, notFound.getMessage());
            }
            // Also an id of another kind of aggregate: each repository folds only events of its own type
            // (AggregateConfiguration), so a campaign's id addressed as a round is simply not found.
            if (t instanceof AggregateNotFoundException notFound) {
                // The id is the client's own (from the path or the body): naming it says which one is unknown.
                return ProblemResponseWriter.problem(HttpStatus.NOT_FOUND, ProblemCode.NOT_FOUND,
                        "Nothing is recorded under the id " + notFound.getAggregateIdentifier()
                                + " (from the path or the body).");
            }
            if (t instanceof ConflictingAggregateVersionException || t instanceof ConcurrencyException
                    || t instanceof AggregateStreamCreationException
                    || (t instanceof EventStoreException && isDuplicateKey(t))) {
                return concurrentModification();
            }
            if (t instanceof CommandTimedOut timedOut) {
                return ProblemResponseWriter.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemCode.COMMAND_TIMED_OUT,
                        timedOut.getMessage() + ". Retry (with the same Idempotency-Key).");
            }
            if (t instanceof PayloadTooLargeException) {
                return ProblemResponseWriter.problem(HttpStatus.CONTENT_TOO_LARGE, ProblemCode.PAYLOAD_TOO_LARGE,
                        t.getMessage() + ".");
            }
            if (t instanceof MalformedHeaderException malformed) {
                return ProblemResponseWriter.problem(HttpStatus.BAD_REQUEST, ProblemCode.MALFORMED_REQUEST,
                        malformed.getMessage());
            }
            if (t instanceof MultipartException && !(t instanceof MaxUploadSizeExceededException)) {
                // Tomcat could not split the body into parts (no boundary, a truncated part): the client's body.
                return ProblemResponseWriter.problem(HttpStatus.BAD_REQUEST, ProblemCode.MALFORMED_REQUEST,
                        "The request body is not a well-formed multipart/form-data body.");
            }
            if (t instanceof RequestRejectedException) {
                // Spring Security's firewall refusing a header or URL (e.g. control characters).
                return ProblemResponseWriter.problem(HttpStatus.BAD_REQUEST, ProblemCode.MALFORMED_REQUEST,
                        "The request contains characters that are not allowed in headers or the URL.");
            }
            if (t instanceof AccessDeniedException) {
                return ProblemResponseWriter.problem(HttpStatus.FORBIDDEN, ProblemCode.FORBIDDEN,
                        "You are not allowed to do this.");
            }
            if (t instanceof AuthenticationException) {
                return ProblemResponseWriter.problem(HttpStatus.UNAUTHORIZED, ProblemCode.UNAUTHENTICATED,
                        "Authentication is required.");
            }
        }
        return null;
    }

    private static ProblemDetail rejection(DomainRejection e) {
        // The rejection message is written for clients: it names the rule and its legal source.
        return ProblemResponseWriter.problem(statusOf(e.code().kind()), e.code(), e.getMessage());
    }

    private static ProblemDetail concurrentModification() {
        return ProblemResponseWriter.problem(HttpStatus.CONFLICT, ProblemCode.CONCURRENT_MODIFICATION,
                "Another change to the same record was saved first. Reload and retry.");
    }

    /** By the server's error code (11000 and its legacy siblings), never by message text. */
    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MongoWriteException w && w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return true;
            }
            if (t instanceof MongoBulkWriteException bulk && bulk.getWriteErrors().stream()
                    .anyMatch(error -> error.getCategory() == ErrorCategory.DUPLICATE_KEY)) {
                return true;
            }
            if (t instanceof MongoServerException s && ErrorCategory.fromErrorCode(s.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return true;
            }
        }
        return false;
    }

    /** A 401 found here (a controller asking for other credentials) carries the challenges the entry point sends. */
    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus());
        if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, ProblemResponseWriter.CHALLENGES.toArray(String[]::new));
        }
        return response.body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getAllErrors().stream().map(error -> new FieldProblem(
                error instanceof FieldError f ? f.getField() : error.getObjectName(),
                String.valueOf(error.getDefaultMessage()))).toList();
        return validationFailed(errors, headers, ex, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // A request body's own fields are named as such: the parameter's name ("body") would not tell which one.
        List<FieldProblem> errors = ex.getParameterValidationResults().stream().flatMap(result -> result
                .getResolvableErrors().stream().map(error -> new FieldProblem(
                        error instanceof FieldError field ? field.getField()
                                : String.valueOf(result.getMethodParameter().getParameterName()),
                        String.valueOf(error.getDefaultMessage())))).toList();
        return validationFailed(errors, headers, ex, request);
    }

    private ResponseEntity<Object> validationFailed(List<FieldProblem> errors, HttpHeaders headers,
                                                    Exception ex, WebRequest request) {
        ProblemDetail problem = ProblemResponseWriter.problem(HttpStatus.BAD_REQUEST, ProblemCode.VALIDATION_FAILED,
                "The request has invalid fields.");
        problem.setProperty("errors", errors);
        return super.handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail known = classify(ex);
        if (known != null) {
            return super.handleExceptionInternal(ex, known, headers, HttpStatusCode.valueOf(known.getStatus()), request);
        }
        // Never echo the parser's message: it may quote the body and names internal classes.
        ProblemDetail problem = ProblemResponseWriter.problem(HttpStatus.BAD_REQUEST, ProblemCode.MALFORMED_REQUEST,
                "The request body is not valid JSON (UTF-8) of the expected shape.");
        return super.handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Adds the {@code code} to the problem bodies Spring MVC builds for its own exceptions. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            if (problem.getProperties() == null || !problem.getProperties().containsKey(ProblemCode.PROPERTY)) {
                problem.setProperty(ProblemCode.PROPERTY, ProblemCode.forStatus(problem.getStatus()).name());
            }
            if (problem.getStatus() >= 500) {
                log.error("Request failed with {}", problem.getStatus(), ex);
                problem.setDetail("An internal error occurred. It has been logged.");
            }
        }
        return response;
    }
}
