package vn.thidua.ledger.eventstore;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import org.axonframework.serialization.json.JacksonSerializer;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.CouncilId;
import vn.thidua.ledger.events.common.CriterionId;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RecordId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.ProposalId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.VoterId;

import java.io.IOException;
import java.util.function.Function;

/**
 * The one JSON mapping of events, snapshots, messages and tracking tokens (Jackson 2, see
 * {@code docs/architecture.md}). Stored JSON is a public contract: map keys are sorted and dates are
 * ISO-8601 text so the same event always serializes to the same bytes, and unknown properties are
 * ignored so an older reader survives a field added by a newer revision. Ids are written as plain
 * strings ({@code "clusterId":"cum-iv"}), and read back through their validating constructors, so a
 * stored id that breaks the id rules fails loudly instead of entering an aggregate.
 */
public final class EventJson {

    private EventJson() {
    }

    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                         .addModule(new JavaTimeModule())
                         .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                         .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                         .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                         .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                         .addModule(idsAsStrings())
                         // Properties read and written through generated lambdas, not reflection: a view's rebuild
                         // deserializes every event it takes (docs/architecture.md, "JSON").
                         .addModule(new BlackbirdModule())
                         .build();
    }

    private static SimpleModule idsAsStrings() {
        SimpleModule module = new SimpleModule("thidua-ids");
        id(module, CampaignId.class, CampaignId::new);
        id(module, ClusterId.class, ClusterId::new);
        id(module, CouncilId.class, CouncilId::new);
        id(module, CriterionId.class, CriterionId::new);
        id(module, DecisionId.class, DecisionId::new);
        id(module, RecordId.class, RecordId::new);
        id(module, ProposalId.class, ProposalId::new);
        id(module, RegistrantId.class, RegistrantId::new);
        id(module, RoundId.class, RoundId::new);
        id(module, UnitId.class, UnitId::new);
        id(module, VoterId.class, VoterId::new);
        return module;
    }

    private static <T> void id(SimpleModule module, Class<T> type, Function<String, T> parse) {
        module.addSerializer(type, new StdSerializer<>(type) {
            @Override
            public void serialize(T id, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeString(id.toString());
            }
        });
        module.addDeserializer(type, new StdDeserializer<>(type) {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return parse.apply(parser.getValueAsString());
            }
        });
    }

    /** Axon's Jackson serializer on {@link #objectMapper()}, reading stored JSON text as text ({@link StoredJsonSerializer}). */
    public static JacksonSerializer serializer() {
        return new StoredJsonSerializer(JacksonSerializer.builder().objectMapper(objectMapper()));
    }
}
