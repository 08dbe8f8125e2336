package vn.thidua.ledger.app.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string of a JSON request body goes through {@link TextHygiene} once, as it is read: names,
 * reasons, summaries, whatever field a command gains later. Spring Boot adds every
 * {@link JacksonModule} bean to the JSON mapper of Spring MVC; the mapper only reads request bodies
 * here (views are written, not read, and the event store has its own mapper), so nothing stored is
 * rewritten. The {@code X-Reason} header is cleaned by the audit interceptor.
 */
@Configuration(proxyBeanMethods = false)
public class TextHygieneConfiguration {

    @Bean
    JacksonModule textHygieneModule() {
        return new SimpleModule("text-hygiene").addDeserializer(String.class, new CleanStringDeserializer());
    }

    /** Jackson's own string reading (coercions, errors), then the clean-up. */
    static final class CleanStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            return TextHygiene.clean(super.deserialize(parser, context));
        }
    }
}
