package vn.thidua.ledger.eventstore;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Axon's {@link JacksonSerializer}, reading the events and metadata this store keeps as JSON text straight from their
 * text, and remembering what it looks up per type. Axon's serializer, for every event read, encodes the stored text to
 * UTF-8 bytes before parsing them, loads the payload's class by name, and builds a new reader for it: a fifth of what
 * a view's rebuild spends deserializing events (docs/benchmarks.md, "Session 42"). The result is the same object:
 * Jackson reads the same JSON from text as from its bytes. Whatever is not stored text (an upcaster's JSON tree, bytes)
 * and types this JVM does not know go through Axon's own path.
 * <p>
 * Metadata is read as the map it is written from: Axon's deserializer for it looks up a map deserializer for every
 * message, which introspected the map type each time, a sixth of what the {@code auditLog} view spent folding an
 * event (docs/benchmarks.md, "Session 44"). {@link MetaData#from} copies the map, as Axon's does.
 */
final class StoredJsonSerializer extends JacksonSerializer {

    /**
     * Per class name: a handful of event, metadata and snapshot types. Both maps are this serializer's own, so they go
     * with it (a test's serializer, a closed application context).
     */
    private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    private final ObjectReader metaData;

    StoredJsonSerializer(Builder builder) {
        super(builder);
        this.metaData = getObjectMapper().readerFor(new TypeReference<Map<String, Object>>() { });
    }

    @Override
    public Class classForType(SerializedType type) {
        Class<?> known = classes.get(resolveClassName(type));
        if (known != null) {
            return known;
        }
        Class<?> loaded = super.classForType(type);
        if (!UnknownSerializedType.class.equals(loaded) && !Void.class.equals(loaded)) {
            // An unknown type is not remembered here: Axon keeps its own list of those, as configured.
            classes.put(resolveClassName(type), loaded);
        }
        return loaded;
    }

    @Override
    protected ObjectReader getReader(Class<?> type) {
        return readers.computeIfAbsent(type, super::getReader);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        if (!String.class.equals(serializedObject.getContentType())
                || SerializedType.emptyType().equals(serializedObject.getType())) {
            return super.deserialize(serializedObject);
        }
        Class<?> type = classForType(serializedObject.getType());
        if (UnknownSerializedType.class.isAssignableFrom(type)) {
            return super.deserialize(serializedObject);
        }
        try {
            String text = (String) serializedObject.getData();
            if (MetaData.class.equals(type)) {
                return (T) MetaData.from(metaData.readValue(text));
            }
            return (T) getReader(type).readValue(text);
        } catch (IOException e) {
            throw new SerializationException("Error while deserializing object", e);
        }
    }
}
