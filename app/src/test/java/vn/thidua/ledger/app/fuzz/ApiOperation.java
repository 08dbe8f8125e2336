package vn.thidua.ledger.app.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One operation of the OpenAPI document: its method, path template, parameters and the schema of its
 * JSON body (null when it takes none), with {@code $ref}s left for {@link SchemaSamples} to resolve.
 */
record ApiOperation(String method, String path, List<Parameter> parameters, JsonNode bodySchema) {

    /** A path, query or header parameter. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** Every operation of the document, in document order. */
    static List<ApiOperation> all(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode operation = method.getValue();
                if (!operation.isObject() || "parameters".equals(method.getKey())) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
                            parameter.path("required").asBoolean(false), parameter.path("schema")));
                }
                JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
                operations.add(new ApiOperation(method.getKey().toUpperCase(), path.getKey(), parameters,
                        body.isMissingNode() ? null : body));
            }
        }
        return operations;
    }

    List<Parameter> in(String location) {
        return parameters.stream().filter(p -> p.in().equals(location)).toList();
    }
}
