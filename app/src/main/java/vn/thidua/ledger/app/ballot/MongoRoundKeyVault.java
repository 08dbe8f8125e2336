package vn.thidua.ledger.app.ballot;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import vn.thidua.ledger.command.nomination.RoundKeyVault;
import vn.thidua.ledger.events.common.RoundId;

/**
 * Két khóa trong MongoDB: the private key of each open secret round in collection {@code roundKeys}
 * ({@code _id} = round id, {@code pkcs8} = the key's PKCS#8 bytes in base64), so that a restart
 * between opening and voting does not cost the round its key. Deleted when the round closes.
 *
 * <p>What a reader of this collection can and cannot do is in docs/threat-model.md: sign tokens of
 * their own (ballots beyond the signatures issued are refused, and the counts are public), never
 * link a voter to a ballot, which blindness hides from the key itself.
 *
 * <p>On start it drops {@code ballotMailbox}, where the ledger kept plaintext voter→credential pairs
 * before blind signatures: nothing may keep that pairing once the code that needed it is gone.
 */
public class MongoRoundKeyVault implements RoundKeyVault {

    static final String COLLECTION = "roundKeys";
    static final String FORMER_MAILBOX = "ballotMailbox";
    private static final String PKCS8 = "pkcs8";

    private final MongoCollection<Document> keys;

    public MongoRoundKeyVault(MongoDatabase database) {
        this.keys = database.getCollection(COLLECTION);
        database.getCollection(FORMER_MAILBOX).drop();
    }

    /** An insert, so that a second key for the same round fails on the unique {@code _id} instead of replacing it. */
    @Override
    public void keep(RoundId roundId, RSAPrivateCrtKey key) {
        keys.insertOne(new Document("_id", roundId.value()).append(PKCS8,
                Base64.getEncoder().encodeToString(key.getEncoded())));
    }

    @Override
    public Optional<RSAPrivateCrtKey> find(RoundId roundId) {
        return Optional.ofNullable(keys.find(Filters.eq("_id", roundId.value())).first())
                .map(document -> decode(document.getString(PKCS8)));
    }

    @Override
    public void destroy(RoundId roundId) {
        keys.deleteOne(Filters.eq("_id", roundId.value()));
    }

    private static RSAPrivateCrtKey decode(String pkcs8) {
        try {
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored round key is PKCS#8 RSA", e);
        }
    }
}
