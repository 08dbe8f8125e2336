package vn.thidua.ledger.query.audit;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.nomination.SecretBallotCast;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A read's entries take their payload and revision from the ledger: one lookup for a page. */
class AuditPayloadsTest {

    private final List<Collection<Long>> lookups = new ArrayList<>();
    private final AuditPayloads payloads = new AuditPayloads(positions -> {
        lookups.add(List.copyOf(positions));
        return Map.of(1L, new LedgerPayloads.Payload("2", "{\"campaignId\":\"cum-iv-2022\",\"points\":12.50}"),
                      2L, new LedgerPayloads.Payload(null, "{\"roundId\":\"r-1\",\"receipt\":\"b-7\",\"approved\":[\"vu-a\"]}"));
    });

    @Test
    void aPageTakesEachEntrysPayloadAndRevisionAsTheLedgerStoresThemWithOneLookup() {
        AuditPage page = payloads.of(new AuditPage(List.of(entry(1, "thu-ky"), entry(3, "thu-ky")), 0, 50, 2, "oldest"));

        assertThat(lookups).containsExactly(List.of(1L, 3L));
        AuditEntry first = page.items().get(0);
        assertThat(first.revision()).isEqualTo("2");
        assertThat(first.payload().get("campaignId").asString()).isEqualTo("cum-iv-2022");
        assertThat(first.payload().get("points").decimalValue()).isEqualByComparingTo("12.5");
        // Position 3 holds no event in this ledger: the entry is shown as the history holds it.
        assertThat(page.items().get(1)).isEqualTo(entry(3, "thu-ky"));
        assertThat(page).extracting(AuditPage::page, AuditPage::size, AuditPage::total, AuditPage::order)
                        .containsExactly(0, 50, 2L, "oldest");
    }

    /** A secret ballot's entry keeps its receipt and loses its choices, which would give a running tally. */
    @Test
    void aSecretBallotIsShownWithoutItsChoices() {
        AuditEntry ballot = payloads.of(entry(2, AuditEntries.ANONYMOUS_BALLOT));
        AuditEntry named = payloads.of(entry(2, "thu-ky"));

        assertThat(ballot.payload().has("approved")).isFalse();
        assertThat(ballot.payload().get("receipt").asString()).isEqualTo("b-7");
        assertThat(named.payload().has("approved")).isTrue();
    }

    /** An entry the ledger has no event for keeps the copy an earlier version held, a secret ballot's choices left out. */
    @Test
    void anEntryTheLedgerLacksShowsTheCopyItHoldsWithoutABallotsChoices() {
        ObjectNode held = JsonNodeFactory.instance.objectNode().put("receipt", "b-9");
        held.putArray("approved").add("vu-a");
        AuditEntry former = entry(3, AuditEntries.ANONYMOUS_BALLOT).withPayload("1", held);

        AuditEntry shown = payloads.of(former);

        assertThat(shown.payload().get("receipt").asString()).isEqualTo("b-9");
        assertThat(shown.payload().has("approved")).isFalse();
        assertThat(shown.revision()).isEqualTo("1");
    }

    /**
     * A secret ballot is anonymous by its type, whatever principal reached its metadata: its entry's actor says so, and
     * that is what the read strips its choices by.
     */
    @Test
    void aSecretBallotCastUnderANamedPrincipalIsStillShownWithoutItsChoices() {
        SecretBallotCast cast = new SecretBallotCast(new RoundId("r-1"), "b-7", List.of(new RegistrantId("vu-a")));
        AuditEntry recorded = AuditEntries.of(2, new GenericDomainEventMessage<>("NominationRound", "r-1", 4, cast,
                                                                             MetaData.with(MetaDataKeys.PRINCIPAL, "thu-ky")),
                                              "1", PayloadFacts.of("{\"roundId\":\"r-1\"}"), new AuditScope("cum-iv", 2022));

        assertThat(recorded.actor()).isEqualTo(AuditEntries.ANONYMOUS_BALLOT);
        assertThat(payloads.of(recorded).payload().has("approved")).isFalse();
    }

    private static AuditEntry entry(long position, String actor) {
        return new AuditEntry(position, Instant.parse("2022-12-09T02:00:00Z"), "event-" + position, "Noted",
                              "vn.thidua.ledger.events.Noted", "1", null, null, null, actor, List.of(), null, null,
                              null, null, null, List.of(), "cum-iv", 2022, List.of(), "Noted #" + position, null);
    }
}
