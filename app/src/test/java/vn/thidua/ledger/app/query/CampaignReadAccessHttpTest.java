package vn.thidua.ledger.app.query;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thidua.ledger.app.testsupport.EventFeed;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.app.testsupport.ViewsCaughtUp;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.campaign.ScoringScheme;
import vn.thidua.ledger.events.cluster.ClusterFormed;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.events.pledge.RegistrantKind;
import vn.thidua.ledger.fixtures.ClusterIv2022;

/**
 * Who reads a campaign's draft ranking and pledge lists: a unit representative only if its unit belongs to the
 * campaign (launched with it, or a member of its cluster that year); the names of individual registrants only the
 * secretariat, auditors and that unit's own representative. The campaign is launched with Vụ HTQT and Vụ
 * CVĐCXDPL; unit minh-hoa-a joins the cluster's members without being among the launched ones; Tổng cục THADS
 * belongs to neither. The units are those of Cluster IV (module cluster-iv-2022), in a cluster of the test's own.
 */
@HttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignReadAccessHttpTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ClusterId CLUSTER = new ClusterId("ra-http-cum");
    private static final CampaignId CAMPAIGN = CampaignId.of(CLUSTER, 2022);
    private static final String DRAFT = "/api/campaigns/" + CAMPAIGN.value() + "/ranking/draft";
    private static final String PLEDGES = "/api/campaigns/" + CAMPAIGN.value() + "/pledges";
    private static final String HTQT_PLEDGES = PLEDGES + "/" + ClusterIv2022.HTQT.id();
    private static final UnitRef HTQT = ClusterIv2022.HTQT.unit();
    private static final UnitRef CVDCXDPL = ClusterIv2022.CVDCXDPL.unit();
    private static final UnitRef MINH_HOA_A = ClusterIv2022.MINH_HOA_A.unit();
    private static final LocalDate ON = LocalDate.of(2022, 2, 20);
    private static final String AS_OF = "?asOf=2022-12-31T00:00:00Z";
    private static final String PERSON = "Cán bộ ra-cb-1 (minh họa)";

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;
    @Autowired
    UserDetailsService users;

    @BeforeAll
    void aCampaignWithOnePersonsPledge() {
        EventFeed feed = new EventFeed(eventStore);
        Instant at = Instant.parse("2022-02-20T02:00:00Z");
        feed.append("EmulationCluster", CLUSTER.value(), new ClusterFormed(CLUSTER, "Cụm thi đua minh họa", 2022,
                List.of(HTQT, CVDCXDPL, MINH_HOA_A)), at, "thu-ky");
        feed.append("Campaign", CAMPAIGN.value(), new CampaignLaunched(CAMPAIGN, CLUSTER, "Cụm thi đua minh họa", 2022,
                "Phong trào thi đua năm 2022", new ScoringScheme(List.of()), List.of(HTQT, CVDCXDPL), "btp-thidua", 1,
                ON), at, "thu-ky");
        feed.append("Campaign", CAMPAIGN.value(), new PledgeRegistered(CAMPAIGN, 2022, ClusterIv2022.HTQT.registrantId(),
                HTQT.name(), RegistrantKind.UNIT, HTQT, 1, List.of(Title.EXCELLENT_COLLECTIVE), ON), at, "dai-dien-htqt");
        feed.append("Campaign", CAMPAIGN.value(), new PledgeRegistered(CAMPAIGN, 2022, new RegistrantId("ra-cb-1"),
                PERSON, RegistrantKind.INDIVIDUAL, HTQT, null, List.of(Title.ADVANCED_WORKER), ON), at, "dai-dien-htqt");
        await().atMost(WAIT).untilAsserted(() -> {
            read("thu-ky", HTQT_PLEDGES).andExpect(jsonPath("$.registrations.totalItems").value(2));
            read("thu-ky", DRAFT).andExpect(status().isOk());
            read("thu-ky", DRAFT + AS_OF).andExpect(status().isOk());
            read("thu-ky", "/api/public/clusters/" + CLUSTER.value()).andExpect(status().isOk());
        });
        // The pledges' counts above are written before the registrants' documents the tests read.
        ViewsCaughtUp.await(mvc);
    }

    @Test
    void aRepresentativeOfAUnitOutsideTheCampaignReadsNeitherItsDraftRankingNorItsPledges() throws Exception {
        for (String url : List.of(DRAFT, DRAFT + AS_OF, PLEDGES, HTQT_PLEDGES)) {
            read("dai-dien-thads", url)
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        }
        // Not even whether a unit of the campaign has pledged: the campaign is checked before the unit.
        read("dai-dien-thads", PLEDGES + "/no-such-unit").andExpect(status().isForbidden());
    }

    @Test
    void representativesOfTheCampaignsUnitsReadItsDraftRankingAndPledges() throws Exception {
        for (String representative : List.of("dai-dien-htqt", "dai-dien-cvdcxdpl")) {
            read(representative, DRAFT).andExpect(status().isOk())
                    .andExpect(jsonPath("$.ranking.rows[*].unitId", contains(CVDCXDPL.id().value(), HTQT.id().value())));
            read(representative, PLEDGES).andExpect(status().isOk());
            read(representative, HTQT_PLEDGES).andExpect(status().isOk());
        }
    }

    @Test
    void aUnitOfTheClusterThatYearBelongsToTheCampaignThoughNotLaunchedWithIt() throws Exception {
        read("dai-dien-minh-hoa-a", DRAFT).andExpect(status().isOk());
        read("dai-dien-minh-hoa-a", PLEDGES).andExpect(status().isOk());
    }

    @Test
    void otherSignedInReadersStillReadEveryCampaign() throws Exception {
        read("bieu-quyet-1", DRAFT).andExpect(status().isOk());
        read("bieu-quyet-1", PLEDGES).andExpect(status().isOk());
        read("kiem-toan", DRAFT).andExpect(status().isOk());
    }

    @Test
    void personalNamesAreShownToTheSecretariatAuditorsAndTheUnitsOwnRepresentative() throws Exception {
        for (String reader : List.of("thu-ky", "kiem-toan", "dai-dien-htqt")) {
            read(reader, HTQT_PLEDGES)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.individualNamesShown").value(true))
                    .andExpect(jsonPath("$.registrations.items[1].name").value(PERSON));
        }
    }

    @Test
    void othersGetTheListWithoutTheNamesOfIndividuals() throws Exception {
        for (String reader : List.of("bieu-quyet-1", "dai-dien-cvdcxdpl")) {
            read(reader, HTQT_PLEDGES)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.individualNamesShown").value(false))
                    .andExpect(jsonPath("$.registrations.items[*].registrantId", contains(HTQT.id().value(), "ra-cb-1")))
                    .andExpect(jsonPath("$.registrations.items[0].name").value(HTQT.name()))
                    .andExpect(jsonPath("$.registrations.items[1].name").doesNotExist())
                    .andExpect(jsonPath("$.registrations.items[1].titles", contains("ADVANCED_WORKER")));
        }
    }

    /** GET as a configured user (its unit included), without a bcrypt check per request. */
    private ResultActions read(String username, String url) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername(username))));
    }
}
