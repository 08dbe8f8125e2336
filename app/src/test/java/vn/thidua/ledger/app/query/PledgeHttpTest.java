package vn.thidua.ledger.app.query;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.testsupport.EventFeed;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.pledge.PledgeAmended;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.events.pledge.RegistrantKind;
import vn.thidua.ledger.fixtures.ClusterIv2022Events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MEMBERS;
import static vn.thidua.ledger.fixtures.ClusterIv2022.STAFF_REGISTERED_ON;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.ClusterIv2022.YEAR;

/**
 * Pledges of 2022 (module cluster-iv-2022): Vụ HTQT with an illustrative headcount of 3, every one registered, as in
 * the seed (100%).
 */
@HttpTest
class PledgeHttpTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ClusterIv2022Events CLUSTER_IV = ClusterIv2022Events.underCluster("pl-http-cum-iv");
    private static final CampaignId CAMPAIGN = CLUSTER_IV.campaign();
    private static final String URL = "/api/campaigns/" + CAMPAIGN.value() + "/pledges";

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;

    @Test
    void pledgesShowEachUnitsCoverageAndItsRegistrationsToSignedInUsers() throws Exception {
        EventFeed feed = new EventFeed(eventStore);
        Instant at = Instant.parse("2022-03-10T02:00:00Z");
        feed.append("Campaign", CAMPAIGN.value(), CLUSTER_IV.launched(), at, "thu-ky");
        feed.append("Campaign", CAMPAIGN.value(), CLUSTER_IV.unitPledge(HTQT), at, "dai-dien-htqt");
        for (int n = 1; n <= HTQT.staff(); n++) {
            feed.append("Campaign", CAMPAIGN.value(), CLUSTER_IV.staffPledge(HTQT, n), at, "dai-dien-htqt");
        }
        // The second civil servant pledges Chiến sĩ thi đua cơ sở instead (illustrative, not in the module).
        feed.append("Campaign", CAMPAIGN.value(), new PledgeAmended(CAMPAIGN, YEAR,
                new RegistrantId(HTQT.staffId(2)), HTQT.staffName(2), null, List.of(Title.GRASSROOTS_EMULATION_FIGHTER),
                STAFF_REGISTERED_ON.plusDays(3)), at, "dai-dien-htqt");

        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get(URL + "/" + HTQT.id()).with(representative()))
                .andExpect(jsonPath("$.registrations.items[2].history.length()").value(2)));
        String etag = mvc.perform(get(URL).with(representative()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units.totalItems").value(MEMBERS.size()))
                .andExpect(jsonPath("$.units.items[0].unitName").value(HTQT.name()))
                .andExpect(jsonPath("$.units.items[0].coverage.registeredIndividuals").value(3))
                .andExpect(jsonPath("$.units.items[0].coverage.staffCount").value(3))
                .andExpect(jsonPath("$.units.items[0].coverage.percent").value(100.0))
                .andExpect(jsonPath("$.units.items[0].unitTitles", contains("EXCELLENT_COLLECTIVE", "SECTOR_EMULATION_FLAG")))
                .andExpect(jsonPath("$.coverage.percent").value(100.0))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get(URL).header("If-None-Match", etag).with(representative())).andExpect(status().isNotModified());

        mvc.perform(get(URL + "/" + HTQT.id() + "?page=1&size=2").with(representative()))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.unit.coverage.percent").value(100.0))
           .andExpect(jsonPath("$.registrations.totalItems").value(4))
           .andExpect(jsonPath("$.registrations.totalPages").value(2))
           .andExpect(jsonPath("$.registrations.items[0].registrantId").value(HTQT.staffId(2)))
           .andExpect(jsonPath("$.registrations.items[0].titles", contains("GRASSROOTS_EMULATION_FIGHTER")))
           .andExpect(jsonPath("$.registrations.items[0].history[*].kind", contains("REGISTERED", "AMENDED")));
    }

    /**
     * The secretariat moves Vụ HTQT's second civil servant to Tổng cục THADS (illustrative): HTQT's register keeps
     * their pledge as it stood when they left; THADS registers them anew, and their later amendment changes that.
     */
    @Test
    void aCivilServantMovedToAnotherUnitStaysInTheOldUnitsRegisterAsTheyLeft() throws Exception {
        ClusterIv2022Events cluster = ClusterIv2022Events.underCluster("pl-http-move");
        CampaignId campaign = cluster.campaign();
        String url = "/api/campaigns/" + campaign.value() + "/pledges/";
        EventFeed feed = new EventFeed(eventStore);
        Instant at = Instant.parse("2022-03-10T02:00:00Z");
        feed.append("Campaign", campaign.value(), cluster.launched(), at, "thu-ky");
        for (int n = 1; n <= HTQT.staff(); n++) {
            feed.append("Campaign", campaign.value(), cluster.staffPledge(HTQT, n), at, "dai-dien-htqt");
        }
        PledgeRegistered first = cluster.staffPledge(HTQT, 2);
        feed.append("Campaign", campaign.value(), new PledgeRegistered(campaign, YEAR, first.registrantId(),
                first.registrantName(), RegistrantKind.INDIVIDUAL, THADS.unit(), null, first.titles(),
                STAFF_REGISTERED_ON.plusDays(20)), at, "thu-ky");
        feed.append("Campaign", campaign.value(), new PledgeAmended(campaign, YEAR, first.registrantId(),
                first.registrantName(), null, List.of(Title.GRASSROOTS_EMULATION_FIGHTER),
                STAFF_REGISTERED_ON.plusDays(25)), at, "thu-ky");

        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get(url + THADS.id()).with(secretariat()))
                .andExpect(jsonPath("$.registrations.items[0].history.length()").value(2)));
        mvc.perform(get(url + THADS.id()).with(secretariat()))
           .andExpect(jsonPath("$.registrations.totalItems").value(1))
           .andExpect(jsonPath("$.registrations.items[0].registrantId").value(HTQT.staffId(2)))
           .andExpect(jsonPath("$.registrations.items[0].titles", contains("GRASSROOTS_EMULATION_FIGHTER")))
           .andExpect(jsonPath("$.registrations.items[0].history[*].kind", contains("REGISTERED", "AMENDED")));
        mvc.perform(get(url + HTQT.id()).with(secretariat()))
           .andExpect(jsonPath("$.registrations.totalItems").value(3))
           .andExpect(jsonPath("$.registrations.items[*].registrantId",
                               contains(HTQT.staffId(1), HTQT.staffId(2), HTQT.staffId(3))))
           .andExpect(jsonPath("$.registrations.items[1].titles[0]").value(first.titles().get(0).name()))
           .andExpect(jsonPath("$.registrations.items[1].history[*].kind", contains("REGISTERED")));
    }

    @Test
    void pledgesNeedASignInAndAnUnknownUnitIsNotFound() throws Exception {
        mvc.perform(get(URL))
           .andExpect(status().isUnauthorized())
           .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(get(URL + "/" + HTQT.id())).andExpect(status().isUnauthorized());
        mvc.perform(get(URL + "/no-such-unit").with(representative()))
           .andExpect(status().isNotFound())
           .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/campaigns/no-such-campaign/pledges").with(representative()))
           .andExpect(status().isNotFound());
        mvc.perform(get(URL + "?size=0").with(representative()))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor secretariat() {
        return httpBasic("thu-ky", "thuky-demo-2022");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor representative() {
        return httpBasic("dai-dien-htqt", "htqt-demo-2022");
    }
}
