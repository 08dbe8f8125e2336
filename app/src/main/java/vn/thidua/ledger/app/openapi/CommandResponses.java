package vn.thidua.ledger.app.openapi;

import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
import static vn.thidua.ledger.app.openapi.ApiDocumentConventions.addIfMissing;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;
import org.springdoc.core.utils.SpringDocAnnotationsUtils;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.HandlerMethod;
import vn.thidua.ledger.app.web.ApiExceptionHandler;
import vn.thidua.ledger.app.web.ProblemCode;
import vn.thidua.ledger.command.common.CommandController;
import vn.thidua.ledger.command.common.Created;
import vn.thidua.ledger.command.common.ErrorCode;

/**
 * The answers every command endpoint shares ({@link CommandController}): 201 with the Location where the query
 * side shows the result, and the rejections by status, each with the codes that may come with it (the status of
 * a domain rejection comes from its code's kind, {@link ApiExceptionHandler#statusOf}). The success body's
 * schema is the endpoint's response record, named after it (springdoc leaves it out where the endpoint
 * declares its response with an example, as every command endpoint does).
 */
final class CommandResponses implements GlobalOperationComponentsCustomizer {

    private static final String SCHEMA_REF = "#/components/schemas/";

    /** The document's OpenAPI version, which the schemas springdoc makes follow. */
    private final SpecVersion specVersion;

    CommandResponses(SpecVersion specVersion) {
        this.specVersion = specVersion;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        throw new UnsupportedOperationException("springdoc calls customize(operation, components, handler)");
    }

    @Override
    public Operation customize(Operation operation, Components components, HandlerMethod handler) {
        if (!CommandController.class.isAssignableFrom(handler.getBeanType())) {
            return operation;
        }
        ApiResponses responses = operation.getResponses();
        Schema<?> body = bodySchema(components, handler);
        if (declaresOk(handler)) {
            json(responses.get("200")).setSchema(body);
        } else {
            responses.addApiResponse("201", created(responses.get("201"), responses.remove("200"), body));
        }
        addIfMissing(responses, HttpStatus.BAD_REQUEST, "Malformed or invalid input, nothing changed",
                codes(ErrorCode.Kind.INVALID, ProblemCode.VALIDATION_FAILED, ProblemCode.MALFORMED_REQUEST,
                        ProblemCode.IDEMPOTENCY_KEY_INVALID));
        addIfMissing(responses, HttpStatus.FORBIDDEN, "Without the role the command needs, or not for this resource",
                ProblemCode.FORBIDDEN.name() + ", " + codes(ErrorCode.Kind.FORBIDDEN));
        addIfMissing(responses, HttpStatus.NOT_FOUND, "Something the command refers to does not exist",
                codes(ErrorCode.Kind.NOT_FOUND));
        addIfMissing(responses, HttpStatus.CONFLICT, "Refused by a business rule, or a concurrent change",
                codes(ErrorCode.Kind.CONFLICT, ProblemCode.IDEMPOTENCY_REQUEST_IN_PROGRESS));
        addIfMissing(responses, HttpStatus.UNPROCESSABLE_CONTENT,
                "The Idempotency-Key was used before with another request",
                ProblemCode.IDEMPOTENCY_KEY_REUSED.name());
        addIfMissing(responses, HttpStatus.CONTENT_TOO_LARGE, "The body is larger than allowed",
                ProblemCode.PAYLOAD_TOO_LARGE.name());
        addIfMissing(responses, HttpStatus.SERVICE_UNAVAILABLE, "Not committed in time and rolled back; retry",
                ProblemCode.COMMAND_TIMED_OUT.name());
        return operation;
    }

    /** Whether the endpoint says itself that it answers 200 (e.g. collecting a credential creates nothing). */
    private static boolean declaresOk(HandlerMethod handler) {
        return AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(),
                        io.swagger.v3.oas.annotations.responses.ApiResponse.class).stream()
                .anyMatch(declared -> declared.responseCode().equals("200"));
    }

    /** The 201 with the body {@link CommandController} answers with. The example the endpoint declares is kept. */
    private static ApiResponse created(ApiResponse declared, ApiResponse generated, Schema<?> body) {
        ApiResponse created = declared != null ? declared : generated != null ? generated : new ApiResponse();
        MediaType json = json(created);
        json.setSchema(body);
        return created.description("Done: the event is stored. Location tells where the query side shows the result")
                .content(new Content().addMediaType(APPLICATION_JSON_VALUE, json))
                .addHeaderObject("Location", new Header().description("Where the query side shows the result")
                        .schema(new StringSchema()));
    }

    private static MediaType json(ApiResponse response) {
        return Optional.ofNullable(response.getContent())
                .map(content -> content.get(APPLICATION_JSON_VALUE)).orElseGet(MediaType::new);
    }

    /**
     * The schema of the record in the endpoint's {@code ResponseEntity}, registered in the components as springdoc
     * registers any other. Every member is always there (ids and the location are never null), so all are
     * required; a {@link Created} body's location says what it is.
     */
    private Schema<?> bodySchema(Components components, HandlerMethod handler) {
        Type body = ResolvableType.forMethodReturnType(handler.getMethod()).as(ResponseEntity.class).getGeneric(0)
                .getType();
        Schema<?> ref = SpringDocAnnotationsUtils.extractSchema(components, body, null, new Annotation[0], specVersion);
        Schema<?> named = components.getSchemas().get(ref.get$ref().substring(SCHEMA_REF.length()));
        named.setRequired(new ArrayList<>(named.getProperties().keySet()));
        if (Created.class.isAssignableFrom(ResolvableType.forType(body).toClass())) {
            named.getProperties().get("location").setDescription("Where the query side shows it");
        }
        return ref;
    }

    /** The codes of a kind of domain rejection and further codes, as one list for a description. */
    private static String codes(ErrorCode.Kind kind, ProblemCode... more) {
        return Stream.concat(Arrays.stream(ErrorCode.values()).filter(code -> code.kind() == kind),
                Arrays.stream(more)).map(Enum::name).collect(Collectors.joining(", "));
    }
}
