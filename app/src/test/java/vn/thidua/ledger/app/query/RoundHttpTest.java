package vn.thidua.ledger.app.query;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.testsupport.EventFeed;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.nomination.BallotKind;
import vn.thidua.ledger.events.nomination.Candidate;
import vn.thidua.ledger.events.nomination.CandidateOutcome;
import vn.thidua.ledger.events.nomination.CandidateResult;
import vn.thidua.ledger.events.nomination.Comparison;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.events.nomination.SecretBallotCast;
import vn.thidua.ledger.events.nomination.ThresholdBase;
import vn.thidua.ledger.events.nomination.Voter;
import vn.thidua.ledger.events.nomination.VotingBody;
import vn.thidua.ledger.events.nomination.VotingRule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.query.ScoringScenario.PLCHUNG;
import static vn.thidua.ledger.app.query.ScoringScenario.THADS;
import static vn.thidua.ledger.app.query.ScoringScenario.HTQT;
import static vn.thidua.ledger.app.query.ScoringScenario.TDKT;

/**
 * Cluster IV's member units vote by secret ballot on proposing the sector emulation flag (R8: more than 50% of the
 * member units). Four member units vote; the counts are illustrative.
 */
@HttpTest
class RoundHttpTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final CampaignId CAMPAIGN = new CampaignId("rd-http-cum-iv-2022");
    private static final VotingRule R8 = new VotingRule(
            new RuleReference("btp-thidua", 1, "R8", "Quy chế hoạt động Cụm thi đua (minh họa)"), VotingBody.MEMBER_UNITS,
            BallotKind.SECRET, new BigDecimal("0.5"), Comparison.MORE_THAN, ThresholdBase.TOTAL_MEMBERSHIP,
            RoundingMode.CEILING, BigDecimal.ZERO, 2, false);
    private static final Candidate THADS_CANDIDATE = new Candidate(new RegistrantId("tc-thads"), THADS.name(), THADS,
                                                                   List.of(Title.SECTOR_EMULATION_FLAG));
    private static final Candidate PLCHUNG_CANDIDATE = new Candidate(new RegistrantId("vu-cvdcxdpl"), PLCHUNG.name(),
                                                                     PLCHUNG, List.of(Title.SECTOR_EMULATION_FLAG));

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;

    private EventFeed feed() {
        return new EventFeed(eventStore);
    }

    private static NominationRoundOpened opened(RoundId round) {
        List<Voter> voters = List.of(voter("bq-htqt", HTQT), voter("bq-thads", THADS), voter("bq-cvdcxdpl", PLCHUNG),
                                     voter("bq-tdkt", TDKT));
        return new NominationRoundOpened(round, CAMPAIGN, 2022, Title.SECTOR_EMULATION_FLAG,
                                         List.of(THADS_CANDIDATE, PLCHUNG_CANDIDATE), voters, R8,
                                         new RuleReference("btp-thidua", 1, "R1", "Luật Thi đua, khen thưởng 2022"), true,
                                         LocalDate.of(2022, 12, 9));
    }

    private static Voter voter(String id, vn.thidua.ledger.events.common.UnitRef unit) {
        return new Voter(new VoterId(id), "Đại diện " + unit.name(), unit);
    }

    private static NominationRoundClosed closed(RoundId round) {
        return new NominationRoundClosed(round, CAMPAIGN, 2022, Title.SECTOR_EMULATION_FLAG, R8, 4, 4, true, List.of(
                new CandidateResult(THADS_CANDIDATE.registrantId(), THADS.name(), THADS, 4, 4, 3, CandidateOutcome.ELECTED),
                new CandidateResult(PLCHUNG_CANDIDATE.registrantId(), PLCHUNG.name(), PLCHUNG, 3, 4, 3,
                                    CandidateOutcome.ELECTED)),
                false, LocalDate.of(2022, 12, 9));
    }

    @Test
    void aSecretRoundShowsOnlyTheBallotCountWhileOpenAndTalliesWithReceiptsOnceClosed() throws Exception {
        EventFeed feed = feed();
        RoundId round = new RoundId("rd-http-co-nganh-2022");
        String url = "/api/public/rounds/" + round.value();
        Instant at = Instant.parse("2022-12-09T03:00:00Z");
        feed.append("NominationRound", round.value(), opened(round), at, "thu-ky");
        for (String receipt : List.of("rc-d", "rc-b", "rc-a", "rc-c")) {
            feed.append("NominationRound", round.value(), new SecretBallotCast(round, receipt,
                    List.of(THADS_CANDIDATE.registrantId(), PLCHUNG_CANDIDATE.registrantId())), at, "anonymous-ballot");
        }

        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get(url)).andExpect(jsonPath("$.ballotsReceived").value(4)));
        String open = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.titleName").value("Cờ thi đua ngành Tư pháp"))
                .andExpect(jsonPath("$.totalMembership").value(4))
                .andExpect(jsonPath("$.result").doesNotExist())
                .andExpect(jsonPath("$.ballotReceipts").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(open).doesNotContain("rc-a", "bq-", "approvals");
        String openEtag = mvc.perform(get(url)).andReturn().getResponse().getHeader("ETag");

        feed.append("NominationRound", round.value(), closed(round), at.plusSeconds(600), "thu-ky");
        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get(url)).andExpect(jsonPath("$.status").value("CLOSED")));
        String closedBody = mvc.perform(get(url))
                .andExpect(jsonPath("$.ballotReceipts", contains("rc-a", "rc-b", "rc-c", "rc-d")))
                .andExpect(jsonPath("$.result.base").value("TOTAL_MEMBERSHIP"))
                .andExpect(jsonPath("$.result.baseCount").value(4))
                .andExpect(jsonPath("$.result.requiredVotes").value(3))
                .andExpect(jsonPath("$.result.tallies[*].approvals", contains(4, 3)))
                .andExpect(jsonPath("$.result.tallies[*].passed", contains(true, true)))
                .andExpect(jsonPath("$.result.winners[*].name", contains(THADS.name(), PLCHUNG.name())))
                .andExpect(jsonPath("$.rule.rule.legalSource").value("Quy chế hoạt động Cụm thi đua (minh họa)"))
                .andExpect(jsonPath("$.rule.rule.ruleSetVersion").value(1))
                .andReturn().getResponse().getContentAsString();
        assertThat(closedBody).doesNotContain("bq-");
        String closedEtag = mvc.perform(get(url)).andReturn().getResponse().getHeader("ETag");
        mvc.perform(get(url).header("If-None-Match", closedEtag)).andExpect(status().isNotModified());

        // As of the last ballot, the round was open: the same secrecy applies to the past.
        String lastBallot = openEtag.replace("\"", "");
        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get(url + "?asOf=" + lastBallot))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.ballotsReceived").value(4))
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
