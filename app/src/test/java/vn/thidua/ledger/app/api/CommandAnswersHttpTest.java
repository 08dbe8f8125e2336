package vn.thidua.ledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.command.common.CommandController;

/**
 * What a command endpoint answers is a record, written by the application's JSON mapper: its members, in their
 * order, are the record's components, and they are those of the example the endpoint documents. Clients read
 * these bodies, so a component renamed or moved fails here, for every command endpoint at once.
 */
@HttpTest
class CommandAnswersHttpTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;
    @Autowired
    JsonMapper json;

    @Test
    void everyCommandAnswersWithTheMembersItDocumentsInTheirOrder() throws Exception {
        List<HandlerMethod> endpoints = handlers.getHandlerMethods().values().stream()
                .filter(handler -> CommandController.class.isAssignableFrom(handler.getBeanType())).toList();
        assertThat(endpoints).hasSizeGreaterThan(20);

        SoftAssertions softly = new SoftAssertions();
        for (HandlerMethod endpoint : endpoints) {
            Class<?> body = ResolvableType.forMethodReturnType(endpoint.getMethod()).as(ResponseEntity.class)
                    .getGeneric(0).resolve();
            softly.assertThat(body.isRecord()).as("%s answers a record", endpoint).isTrue();
            if (body.isRecord()) {
                softly.assertThat(membersWritten(body)).as("members %s writes", endpoint)
                        .isEqualTo(membersDocumented(endpoint));
            }
        }
        softly.assertAll();
    }

    /** The members the mapper writes for the record, each component given its own name as value. */
    private List<String> membersWritten(Class<?> record) throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = Arrays.stream(components).map(RecordComponent::getName).toArray();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        String written = json.writeValueAsString(record.getDeclaredConstructor(types).newInstance(values));
        return List.copyOf(json.readTree(written).propertyNames());
    }

    /** The members of the example the endpoint declares for its success (201, or 200 where it creates nothing). */
    private List<String> membersDocumented(HandlerMethod endpoint) {
        String example = AnnotatedElementUtils.findMergedRepeatableAnnotations(endpoint.getMethod(), ApiResponse.class)
                .stream().filter(response -> response.responseCode().startsWith("2"))
                .map(response -> response.content()[0].examples()[0].value()).findFirst().orElseThrow();
        return List.copyOf(json.readTree(example).propertyNames());
    }
}
