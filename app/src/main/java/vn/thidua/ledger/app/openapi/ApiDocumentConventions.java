package vn.thidua.ledger.app.openapi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import vn.thidua.ledger.app.security.ApiAccessMatrix;
import vn.thidua.ledger.app.security.ApiAccessMatrix.Access;
import vn.thidua.ledger.app.web.ProblemCode;
import vn.thidua.ledger.command.common.ErrorCode;

/**
 * What every operation of the document shares, added once here rather than on each controller: the RFC 9457
 * problem schema with its {@code code} on every error response, example bodies, a schema for ETag headers,
 * and security as the {@link ApiAccessMatrix} decides it (public operations {@code security: []}; the others
 * Basic or bearer, with 401, 403 when a role is required, and 429 for throttled Basic logins). Responses an
 * endpoint declares itself are kept; only their missing schema and examples are filled in.
 */
final class ApiDocumentConventions implements OpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_SCHEMA = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;
    /** Every code a problem body may carry: domain rejections and the API's own. */
    private static final Set<String> CODES = Stream.concat(
            Arrays.stream(ErrorCode.values()).map(Enum::name),
            Arrays.stream(ProblemCode.values()).map(Enum::name))
            .collect(Collectors.toUnmodifiableSet());
    /** A response's examples: its first codes, so a list of thirty conflict codes does not make thirty bodies. */
    private static final int MAX_EXAMPLES = 3;
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]+[A-Z]\\b");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

    private final ApiAccessMatrix matrix;

    ApiDocumentConventions(ApiAccessMatrix matrix) {
        this.matrix = matrix;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Optional<Access> access = matrix.accessOf(HttpMethod.valueOf(method.name()), concrete(path));
            secure(operation, access);
            if (operation.getParameters() != null || operation.getRequestBody() != null) {
                addIfMissing(operation.getResponses(), HttpStatus.BAD_REQUEST,
                        "A parameter or the body is not what this document says",
                        ProblemCode.MALFORMED_REQUEST.name() + ", " + ProblemCode.VALIDATION_FAILED.name());
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(ApiDocumentConventions::exampleAsText);
            }
            operation.getResponses().forEach((status, response) -> complete(status, response));
        }));
    }

    /** Public operations need no credentials; the others take the document's default (Basic or bearer). */
    private static void secure(Operation operation, Optional<Access> access) {
        ApiResponses responses = operation.getResponses();
        if (access.map(Access::anonymous).orElse(false)) {
            operation.setSecurity(List.of());
            return;
        }
        addIfMissing(responses, HttpStatus.UNAUTHORIZED, "Not signed in, or the credentials are wrong",
                ProblemCode.UNAUTHENTICATED.name());
        Set<String> roles = access.map(Access::roles).orElse(Set.of());
        if (access.isEmpty() || !roles.isEmpty()) {
            addIfMissing(responses, HttpStatus.FORBIDDEN, roles.isEmpty() ? "No rule admits this operation"
                    : "Signed in without the role " + roles.stream().sorted().collect(Collectors.joining(" or ")),
                    ProblemCode.FORBIDDEN.name());
        }
        addIfMissing(responses, HttpStatus.TOO_MANY_REQUESTS,
                "Too many failed logins for this user or from this address; see Retry-After",
                ProblemCode.TOO_MANY_FAILED_LOGINS.name());
    }

    static void addIfMissing(ApiResponses responses, HttpStatus status, String description, String code) {
        responses.computeIfAbsent(String.valueOf(status.value()), key -> new ApiResponse()
                .description(description + " (" + code + ")")
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType())));
    }

    /**
     * An error response is problem+json whatever springdoc guessed from the return type, with the schema and an
     * example for each of the first codes its description names; a header gets a schema.
     */
    private static void complete(String status, ApiResponse response) {
        if (response.getHeaders() != null) {
            response.getHeaders().values().stream()
                    .filter(header -> header.getSchema() == null && header.get$ref() == null)
                    .forEach(header -> header.setSchema(new StringSchema()));
        }
        int code = Integer.parseInt(status);
        if (code < 400) {
            return;
        }
        MediaType problem = response.getContent() == null ? null : response.getContent().get(PROBLEM_JSON);
        if (problem == null) {
            problem = new MediaType();
            response.setContent(new Content().addMediaType(PROBLEM_JSON, problem));
        }
        if (problem.getSchema() == null) {
            problem.setSchema(new Schema<>().$ref(PROBLEM_REF));
        }
        if (problem.getExample() == null && (problem.getExamples() == null || problem.getExamples().isEmpty())) {
            Map<String, Example> examples = new LinkedHashMap<>();
            codesIn(response.getDescription(), code).stream().limit(MAX_EXAMPLES).forEach(name -> examples.put(name,
                    new Example().value(problemExample(code, name, detail(name, response.getDescription())))));
            problem.setExamples(examples);
        }
    }

    /**
     * springdoc reads a parameter's {@code example = "57"} as the number 57 even where the schema says string;
     * the example is the text the client sends.
     */
    private static void exampleAsText(Parameter parameter) {
        if (parameter.getExample() != null && !(parameter.getExample() instanceof String)
                && parameter.getSchema() != null && isString(parameter.getSchema())) {
            parameter.setExample(String.valueOf(parameter.getExample()));
        }
    }

    /** OpenAPI 3.1 schemas carry their type in {@code types}; 3.0 ones in {@code type}. */
    private static boolean isString(Schema<?> schema) {
        return "string".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("string"));
    }

    /** The codes a response's description names, or the one its status gets when it names none. */
    static List<String> codesIn(String description, int status) {
        Matcher matcher = CODE.matcher(description == null ? "" : description);
        List<String> codes = matcher.results().map(MatchResult::group).filter(CODES::contains).distinct().toList();
        return codes.isEmpty() ? List.of(ProblemCode.forStatus(status).name()) : codes;
    }

    /** A domain rejection's meaning, or else the response's description without its list of codes. */
    private static String detail(String code, String description) {
        return Arrays.stream(ErrorCode.values()).filter(known -> known.name().equals(code)).map(ErrorCode::meaning)
                .findFirst().orElse(description == null ? "" : description.replaceFirst(" \\([A-Z_, ]+\\)$", ""));
    }

    private static Map<String, Object> problemExample(int status, String code, String detail) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", HttpStatus.valueOf(status).getReasonPhrase());
        example.put("status", status);
        example.put("detail", detail);
        example.put("code", code);
        return example;
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details. Clients key on `code`, never on the texts.")
                .addProperty("type", new StringSchema().format("uri-reference")
                        .description("about:blank: the code says what went wrong"))
                .addProperty("title", new StringSchema().description("The status's reason phrase"))
                .addProperty("status", new IntegerSchema().format("int32").description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What went wrong, for people"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The request path"))
                .addProperty("code", new StringSchema().description("Stable code: a domain rejection's ErrorCode "
                        + "or one of the API's own (docs/api.md, \"Error codes\")"))
                .addProperty("errors", new ArraySchema().description("VALIDATION_FAILED: the invalid fields (field, "
                                + "message); WORKBOOK_INVALID: the workbook's problems (sheet, row, column, header, message, code)")
                        .items(new ObjectSchema().addProperty("field", new StringSchema())
                                .addProperty("sheet", new StringSchema())
                                .addProperty("row", new IntegerSchema().format("int32"))
                                .addProperty("column", new StringSchema())
                                .addProperty("header", new StringSchema())
                                .addProperty("message", new StringSchema())
                                .addProperty("code", new StringSchema().description("WORKBOOK_INVALID, a row the "
                                        + "rehearsal found the ledger refusing: that refusal's code"))))
                .required(List.of("title", "status", "code"));
    }

    /** A path of the document with each variable replaced by a segment, to match the matrix's patterns. */
    private static String concrete(String documentedPath) {
        return PATH_VARIABLE.matcher(documentedPath).replaceAll("x");
    }
}
