package vn.thidua.ledger.app.query;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.testsupport.EventFeed;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.campaign.ScoringScheme;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.pledge.PledgeAmended;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.events.pledge.RegistrantKind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.query.ScoringScenario.HTQT;
import static vn.thidua.ledger.app.query.ScoringScenario.PLCHUNG;
import static vn.thidua.ledger.app.query.ScoringScenario.TDKT;
import static vn.thidua.ledger.app.query.ScoringScenario.THADS;

/** Pledges of 2022: Vụ HTQT with an illustrative headcount of 3, every one registered, as in the seed (100%). */
@HttpTest
class PledgeHttpTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ClusterId CLUSTER = new ClusterId("pl-http-cum-iv");
    private static final CampaignId CAMPAIGN = CampaignId.of(CLUSTER, 2022);
    private static final String URL = "/api/campaigns/" + CAMPAIGN.value() + "/pledges";
    private static final LocalDate ON = LocalDate.of(2022, 2, 20);

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;

    @Test
    void pledgesShowEachUnitsCoverageAndItsRegistrationsToSignedInUsers() throws Exception {
        EventFeed feed = new EventFeed(eventStore);
        Instant at = Instant.parse("2022-02-20T02:00:00Z");
        feed.append("Campaign", CAMPAIGN.value(), new CampaignLaunched(CAMPAIGN, CLUSTER, "Cụm thi đua số IV", 2022,
                "Phong trào thi đua năm 2022", new ScoringScheme(List.of()), List.of(HTQT, THADS, PLCHUNG, TDKT),
                "btp-thidua", 1, ON), at, "thu-ky");
        feed.append("Campaign", CAMPAIGN.value(), new PledgeRegistered(CAMPAIGN, 2022, new RegistrantId("vu-htqt"),
                HTQT.name(), RegistrantKind.UNIT, HTQT, 3, List.of(Title.EXCELLENT_COLLECTIVE), ON), at, "dai-dien-htqt");
        for (String person : List.of("htqt-cb-1", "htqt-cb-2", "htqt-cb-3")) {
            feed.append("Campaign", CAMPAIGN.value(), new PledgeRegistered(CAMPAIGN, 2022, new RegistrantId(person),
                    "Cán bộ " + person + " (minh họa)", RegistrantKind.INDIVIDUAL, HTQT, null,
                    List.of(Title.ADVANCED_WORKER), ON), at, "dai-dien-htqt");
        }
        feed.append("Campaign", CAMPAIGN.value(), new PledgeAmended(CAMPAIGN, 2022, new RegistrantId("htqt-cb-2"),
                "Cán bộ htqt-cb-2 (minh họa)", null, List.of(Title.GRASSROOTS_EMULATION_FIGHTER), ON.plusDays(3)),
                at, "dai-dien-htqt");

        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get(URL + "/vu-htqt").with(representative()))
                .andExpect(jsonPath("$.registrations.items[2].history.length()").value(2)));
        String etag = mvc.perform(get(URL).with(representative()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units.totalItems").value(4))
                .andExpect(jsonPath("$.units.items[0].unitName").value("Vụ Hợp tác quốc tế"))
                .andExpect(jsonPath("$.units.items[0].coverage.registeredIndividuals").value(3))
                .andExpect(jsonPath("$.units.items[0].coverage.staffCount").value(3))
                .andExpect(jsonPath("$.units.items[0].coverage.percent").value(100.0))
                .andExpect(jsonPath("$.units.items[0].unitTitles", contains("EXCELLENT_COLLECTIVE")))
                .andExpect(jsonPath("$.coverage.percent").value(100.0))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get(URL).header("If-None-Match", etag).with(representative())).andExpect(status().isNotModified());

        mvc.perform(get(URL + "/vu-htqt?page=1&size=2").with(representative()))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.unit.coverage.percent").value(100.0))
           .andExpect(jsonPath("$.registrations.totalItems").value(4))
           .andExpect(jsonPath("$.registrations.totalPages").value(2))
           .andExpect(jsonPath("$.registrations.items[0].registrantId").value("htqt-cb-2"))
           .andExpect(jsonPath("$.registrations.items[0].titles", contains("GRASSROOTS_EMULATION_FIGHTER")))
           .andExpect(jsonPath("$.registrations.items[0].history[*].kind", contains("REGISTERED", "AMENDED")));
    }

    @Test
    void pledgesNeedASignInAndAnUnknownUnitIsNotFound() throws Exception {
        mvc.perform(get(URL))
           .andExpect(status().isUnauthorized())
           .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(get(URL + "/vu-htqt")).andExpect(status().isUnauthorized());
        mvc.perform(get(URL + "/no-such-unit").with(representative()))
           .andExpect(status().isNotFound())
           .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/campaigns/no-such-campaign/pledges").with(representative()))
           .andExpect(status().isNotFound());
        mvc.perform(get(URL + "?size=0").with(representative()))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor representative() {
        return httpBasic("dai-dien-htqt", "htqt-demo-2022");
    }
}
