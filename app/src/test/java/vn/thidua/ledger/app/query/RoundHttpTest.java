package vn.thidua.ledger.app.query;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.testsupport.EventFeed;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.nomination.BallotKind;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.events.nomination.SecretBallotCast;
import vn.thidua.ledger.events.nomination.VotingRule;
import vn.thidua.ledger.fixtures.ClusterIv2022Events;
import vn.thidua.ledger.fixtures.Conference2022Events;
import vn.thidua.ledger.fixtures.Member;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MEMBERS;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MINH_HOA_A;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.Conference2022.BALLOTS;
import static vn.thidua.ledger.fixtures.Conference2022.REQUIRED_VOTES;

/**
 * Cluster IV's member units vote on proposing the sector emulation flag (R8: more than half of the member units), here
 * by secret ballot: the candidates, voters, rule and count of the 2022 vote are the cluster-iv-2022 module's; as a
 * secret round, each member's approvals are cast under a receipt.
 */
@HttpTest
class RoundHttpTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ClusterIv2022Events CLUSTER_IV = ClusterIv2022Events.underCluster("rd-http-cum-iv");
    private static final CampaignId CAMPAIGN = CLUSTER_IV.campaign();
    private static final Conference2022Events CONFERENCE = CLUSTER_IV.conference();
    private static final VotingRule SECRET_R8 = Conference2022Events.flagRule(BallotKind.SECRET);

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;

    private EventFeed feed() {
        return new EventFeed(eventStore);
    }

    /** The flag round opened for a secret ballot, under another round id of the same campaign. */
    private static NominationRoundOpened opened(RoundId round) {
        NominationRoundOpened flag = CONFERENCE.flagRoundOpened(BallotKind.SECRET);
        return new NominationRoundOpened(round, flag.campaignId(), flag.year(), flag.title(), flag.candidates(),
                                         flag.voters(), flag.rule(), flag.pledgeRule(), flag.pledgeRequired(),
                                         flag.openedOn());
    }

    /** The module's count of the vote (the same whatever the ballot), as the count of a secret round. */
    private static NominationRoundClosed closed(RoundId round) {
        NominationRoundClosed count = CONFERENCE.flagRoundClosed();
        return new NominationRoundClosed(round, count.campaignId(), count.year(), count.title(), SECRET_R8,
                                         count.totalMembership(), count.ballotsReceived(), count.quorumMet(),
                                         count.results(), count.tieAtCap(), count.closedOn());
    }

    @Test
    void aSecretRoundShowsOnlyTheBallotCountWhileOpenAndTalliesWithReceiptsOnceClosed() throws Exception {
        EventFeed feed = feed();
        RoundId round = CONFERENCE.flagRound();
        String url = "/api/public/rounds/" + round.value();
        Instant at = Instant.parse("2022-12-09T03:00:00Z");
        feed.append("NominationRound", round.value(), CONFERENCE.flagRoundOpened(BallotKind.SECRET), at, "thu-ky");
        // Each member's approvals under a receipt of its own, not in the members' order.
        List<String> receipts = List.of("rc-d", "rc-b", "rc-f", "rc-a", "rc-e", "rc-c");
        for (int i = 0; i < BALLOTS.size(); i++) {
            feed.append("NominationRound", round.value(), new SecretBallotCast(round, receipts.get(i),
                    BALLOTS.get(i).approved().stream().map(Member::registrantId).toList()), at, "anonymous-ballot");
        }

        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get(url))
                .andExpect(jsonPath("$.ballotsReceived").value(BALLOTS.size())));
        String open = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.titleName").value("Cờ thi đua ngành Tư pháp"))
                .andExpect(jsonPath("$.totalMembership").value(MEMBERS.size()))
                .andExpect(jsonPath("$.result").doesNotExist())
                .andExpect(jsonPath("$.ballotReceipts").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(open).doesNotContain("rc-a", MINH_HOA_A.id(), "approvals");
        String openEtag = mvc.perform(get(url)).andReturn().getResponse().getHeader("ETag");

        feed.append("NominationRound", round.value(), closed(round), at.plusSeconds(600), "thu-ky");
        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get(url)).andExpect(jsonPath("$.status").value("CLOSED")));
        String closedBody = mvc.perform(get(url))
                .andExpect(jsonPath("$.ballotReceipts", contains("rc-a", "rc-b", "rc-c", "rc-d", "rc-e", "rc-f")))
                .andExpect(jsonPath("$.result.base").value("TOTAL_MEMBERSHIP"))
                .andExpect(jsonPath("$.result.baseCount").value(MEMBERS.size()))
                .andExpect(jsonPath("$.result.requiredVotes").value(REQUIRED_VOTES))
                .andExpect(jsonPath("$.result.tallies[*].approvals", contains(5, 4, 2)))
                .andExpect(jsonPath("$.result.tallies[*].passed", contains(true, true, false)))
                .andExpect(jsonPath("$.result.winners[*].name", contains(THADS.name(), CVDCXDPL.name())))
                .andExpect(jsonPath("$.rule.rule.legalSource").value(Conference2022Events.R8.legalSource()))
                .andExpect(jsonPath("$.rule.rule.ruleSetVersion").value(1))
                .andReturn().getResponse().getContentAsString();
        assertThat(closedBody).doesNotContain(MINH_HOA_A.id());
        String closedEtag = mvc.perform(get(url)).andReturn().getResponse().getHeader("ETag");
        mvc.perform(get(url).header("If-None-Match", closedEtag)).andExpect(status().isNotModified());

        // As of the last ballot, the round was open: the same secrecy applies to the past.
        String lastBallot = openEtag.replace("\"", "");
        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get(url + "?asOf=" + lastBallot))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.ballotsReceived").value(BALLOTS.size()))
                .andExpect(jsonPath("$.ballotReceipts").doesNotExist()));
        mvc.perform(get(url + "?asOf=12:00")).andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.code").value("INVALID_AS_OF"));
    }

    @Test
    void theRoundsOfACampaignAreListedInPagesFromTheirIndex() throws Exception {
        EventFeed feed = feed();
        Instant at = Instant.parse("2022-12-09T02:00:00Z");
        RoundId first = new RoundId("rd-http-list-1");
        RoundId second = new RoundId("rd-http-list-2");
        feed.append("NominationRound", first.value(), opened(first), at, "thu-ky");
        feed.append("NominationRound", second.value(), opened(second), at, "thu-ky");
        feed.append("NominationRound", first.value(), closed(first), at, "thu-ky");
        String url = "/api/public/campaigns/" + CAMPAIGN.value() + "/rounds";

        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get(url + "?size=100"))
                .andExpect(jsonPath("$.items[?(@.roundId == 'rd-http-list-1')].status", contains("CLOSED")))
                .andExpect(jsonPath("$.items[?(@.roundId == 'rd-http-list-2')].status", contains("OPEN"))));
        String etag = mvc.perform(get(url + "?page=1&size=1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get(url + "?page=1&size=1").header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get(url + "?size=101"))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        mvc.perform(get(url + "?page=-1")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/public/campaigns/no-rounds-2022/rounds"))
           .andExpect(status().isNotFound())
           .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/public/rounds/no-such-round")).andExpect(status().isNotFound())
           .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }
}
