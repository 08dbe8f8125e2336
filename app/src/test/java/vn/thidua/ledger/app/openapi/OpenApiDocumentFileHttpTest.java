package vn.thidua.ledger.app.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.SerializationFeature;
import vn.thidua.ledger.app.testsupport.HttpTest;

/**
 * Writes the served OpenAPI document to {@code app/target/openapi.json}, where {@code .ci/run} lints it with
 * Spectral and Redocly (docs/api.md). The test context also serves the test-only {@link
 * vn.thidua.ledger.app.testsupport.ProbeController}; its operations (springdoc's default tag
 * {@value #PROBE_TAG}) and the schemas only they used are left out of the file, so the file is the
 * production document. They stay in the served document, which the access-matrix and fuzz tests walk.
 */
@HttpTest
class OpenApiDocumentFileHttpTest {

    static final String PROBE_TAG = "probe-controller";
    static final Path FILE = Path.of("target", "openapi.json");
    private static final Set<String> OPERATION_KEYS = Set.of("get", "head", "post", "put", "patch", "delete",
            "options", "trace");
    private static final String SCHEMA_REF = "#/components/schemas/";

    @Autowired
    MockMvc mvc;

    @Test
    void theDocumentWithoutTheTestProbesIsWrittenForTheLint() throws Exception {
        String served = mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                           .getContentAsString(StandardCharsets.UTF_8);
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ObjectNode document = (ObjectNode) json.readTree(served);

        withoutProbes(document);

        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, json.writeValueAsString(document) + "\n");
        assertThat(served).contains(PROBE_TAG);
        assertThat(Files.readString(FILE)).doesNotContain(PROBE_TAG).doesNotContain("/probe");
    }

    /** Removes the probe operations, paths left empty, the probe tag and the schemas nothing refers to anymore. */
    static void withoutProbes(ObjectNode document) {
        ObjectNode paths = (ObjectNode) document.get("paths");
        for (String path : new ArrayList<>(paths.propertyNames())) {
            ObjectNode item = (ObjectNode) paths.get(path);
            for (String key : new ArrayList<>(item.propertyNames())) {
                if (OPERATION_KEYS.contains(key) && taggedAsProbe(item.get(key))) {
                    item.remove(key);
                }
            }
            if (item.propertyNames().stream().noneMatch(OPERATION_KEYS::contains)) {
                paths.remove(path);
            }
        }
        if (document.get("tags") instanceof tools.jackson.databind.node.ArrayNode tags) {
            for (int i = tags.size() - 1; i >= 0; i--) {
                if (PROBE_TAG.equals(tags.get(i).path("name").asString(""))) {
                    tags.remove(i);
                }
            }
        }
        if (document.path("components").get("schemas") instanceof ObjectNode schemas) {
            schemas.retain(referencedSchemas(document));
        }
    }

    private static boolean taggedAsProbe(JsonNode operation) {
        for (JsonNode tag : operation.path("tags")) {
            if (PROBE_TAG.equals(tag.asString(""))) {
                return true;
            }
        }
        return false;
    }

    /** Schema names referred to from outside components.schemas, and, transitively, from those schemas. */
    private static Set<String> referencedSchemas(ObjectNode document) {
        ObjectNode outside = document.deepCopy();
        ((ObjectNode) outside.get("components")).remove("schemas");
        Set<String> found = new HashSet<>();
        List<JsonNode> toVisit = new ArrayList<>(List.of(outside));
        while (!toVisit.isEmpty()) {
            for (JsonNode ref : toVisit.remove(toVisit.size() - 1).findValues("$ref")) {
                String target = ref.asString("");
                String name = target.substring(Math.min(SCHEMA_REF.length(), target.length()));
                if (target.startsWith(SCHEMA_REF) && found.add(name)) {
                    toVisit.add(document.path("components").path("schemas").path(name));
                }
            }
        }
        return found;
    }
}
