package vn.thidua.ledger.command.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;
import static vn.thidua.ledger.fixtures.ClusterIv2022Events.CANONICAL;

import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.AggregateReader;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.events.campaign.CampaignEvent;

/** What a round reads from its campaign, from the event-sourced campaign: nothing once the year is closed. */
class CampaignFactsTest {

    private EmbeddedEventStore store;
    private CampaignFacts facts;
    private long sequence;

    @BeforeEach
    void setUp() {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        EventSourcingRepository<Campaign> repository = EventSourcingRepository.builder(Campaign.class)
                .eventStore(store).build();
        facts = new CampaignFacts(new AggregateReader<>(() -> repository));
        store(CANONICAL.launched());
    }

    private void store(CampaignEvent event) {
        store.publish(new GenericDomainEventMessage<>("Campaign", event.campaignId().value(), sequence++, event));
    }

    @Test
    void anOpenCampaignGivesARoundItsYearAndVoters() {
        Roster roster = facts.roster(CAMPAIGN, List.of());

        assertThat(roster.year()).isEqualTo(2022);
        assertThat(roster.memberUnits()).hasSameSizeAs(CANONICAL.launched().members());
    }

    @Test
    void aClosedCampaignOpensNoMoreRounds() {
        store(CANONICAL.ranking());
        store(CANONICAL.closed());

        assertThatThrownBy(() -> facts.roster(CAMPAIGN, List.of()))
                .isInstanceOfSatisfying(DomainRejection.class,
                        rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.CAMPAIGN_CLOSED));
    }
}
