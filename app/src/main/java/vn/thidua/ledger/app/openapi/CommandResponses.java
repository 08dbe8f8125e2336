package vn.thidua.ledger.app.openapi;

import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
import static vn.thidua.ledger.app.openapi.ApiDocumentConventions.addIfMissing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import vn.thidua.ledger.app.web.ApiExceptionHandler;
import vn.thidua.ledger.app.web.ProblemCodes;
import vn.thidua.ledger.command.common.CommandController;
import vn.thidua.ledger.command.common.ErrorCode;

/**
 * The answers every command endpoint shares ({@link CommandController}): 201 with the Location where the query
 * side shows the result, and the rejections by status, each with the codes that may come with it (the status of
 * a domain rejection comes from its code's kind, {@link ApiExceptionHandler#statusOf}).
 */
final class CommandResponses implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (!CommandController.class.isAssignableFrom(handler.getBeanType())) {
            return operation;
        }
        ApiResponses responses = operation.getResponses();
        if (!declaresOk(handler)) {
            responses.addApiResponse("201", created(responses.get("201"), responses.remove("200")));
        }
        addIfMissing(responses, HttpStatus.BAD_REQUEST, "Malformed or invalid input, nothing changed",
                codes(ErrorCode.Kind.INVALID, ProblemCodes.VALIDATION_FAILED, ProblemCodes.MALFORMED_REQUEST,
                        ProblemCodes.IDEMPOTENCY_KEY_INVALID));
        addIfMissing(responses, HttpStatus.FORBIDDEN, "Without the role the command needs, or not for this resource",
                ProblemCodes.FORBIDDEN + ", " + codes(ErrorCode.Kind.FORBIDDEN));
        addIfMissing(responses, HttpStatus.NOT_FOUND, "Something the command refers to does not exist",
                codes(ErrorCode.Kind.NOT_FOUND));
        addIfMissing(responses, HttpStatus.CONFLICT, "Refused by a business rule, or a concurrent change",
                codes(ErrorCode.Kind.CONFLICT, ProblemCodes.IDEMPOTENCY_REQUEST_IN_PROGRESS));
        addIfMissing(responses, HttpStatus.UNPROCESSABLE_CONTENT,
                "The Idempotency-Key was used before with another request", ProblemCodes.IDEMPOTENCY_KEY_REUSED);
        addIfMissing(responses, HttpStatus.CONTENT_TOO_LARGE, "The body is larger than allowed",
                ProblemCodes.PAYLOAD_TOO_LARGE);
        addIfMissing(responses, HttpStatus.SERVICE_UNAVAILABLE, "Not committed in time and rolled back; retry",
                ProblemCodes.COMMAND_TIMED_OUT);
        return operation;
    }

    /** Whether the endpoint says itself that it answers 200 (e.g. collecting a credential creates nothing). */
    private static boolean declaresOk(HandlerMethod handler) {
        return AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(),
                        io.swagger.v3.oas.annotations.responses.ApiResponse.class).stream()
                .anyMatch(declared -> declared.responseCode().equals("200"));
    }

    /**
     * The body {@link CommandController} answers with: the ids a client needs next and the location. The example
     * the endpoint declares (on its 201) is kept.
     */
    private static ApiResponse created(ApiResponse declared, ApiResponse generated) {
        ApiResponse created = declared != null ? declared : generated != null ? generated : new ApiResponse();
        MediaType json = Optional.ofNullable(created.getContent())
                .map(content -> content.get(APPLICATION_JSON_VALUE)).orElseGet(MediaType::new);
        json.setSchema(new ObjectSchema().description("The ids a client needs next, and the location")
                .addProperty("location", new StringSchema().description("Where the query side shows it"))
                .additionalProperties(new StringSchema()).required(List.of("location")));
        return created.description("Done: the event is stored. Location tells where the query side shows the result")
                .content(new Content().addMediaType(APPLICATION_JSON_VALUE, json))
                .addHeaderObject("Location", new Header().description("Where the query side shows the result")
                        .schema(new StringSchema()));
    }

    /** The codes of a kind of domain rejection and further codes, as one list for a description. */
    private static String codes(ErrorCode.Kind kind, String... more) {
        return Stream.concat(Arrays.stream(ErrorCode.values()).filter(code -> code.kind() == kind).map(Enum::name),
                Arrays.stream(more)).collect(Collectors.joining(", "));
    }
}
