package vn.thidua.ledger.query.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.query.cluster.ClusterView;
import vn.thidua.ledger.query.cluster.ClusterView.Membership;
import vn.thidua.ledger.query.cluster.ClusterViews;
import vn.thidua.ledger.query.testsupport.MemoryMongo;

/** Cluster "cum-x": vu-a a member since 2021, vu-b from 2021 until it left in 2023; the 2022 campaign launched with vu-a. */
class CampaignReadAccessTest {

    private static final List<String> LAUNCHED_WITH = List.of("vu-a");

    private final MemoryMongo mongo = new MemoryMongo();
    private final ClusterViews clusters = new ClusterViews(mongo.database());
    private final CampaignReadAccess access = new CampaignReadAccess(clusters);

    CampaignReadAccessTest() {
        clusters.store().fold("cum-x", 1, none -> new ClusterView("cum-x", "Cụm X", 2021, List.of(
                new Membership("vu-a", "Vụ A", 2021, null, null),
                new Membership("vu-b", "Vụ B", 2021, 2023, "Tổ chức lại (minh họa)")), List.of()));
    }

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    private void check(Reader reader, int year) {
        access.checkCampaign(reader, "cum-x-" + year, "cum-x", year, LAUNCHED_WITH);
    }

    @Test
    void oversightAndOtherSignedInReadersReadEveryCampaign() {
        assertThatCode(() -> check(Reader.oversight(), 2022)).doesNotThrowAnyException();
        assertThatCode(() -> check(Reader.signedIn(), 2030)).doesNotThrowAnyException();
    }

    @Test
    void aRepresentativeReadsTheCampaignsItsUnitWasLaunchedWithOrWasAClusterMemberThatYear() {
        assertThatCode(() -> check(Reader.representativeOf(Optional.of("vu-a")), 2022)).doesNotThrowAnyException();
        assertThatCode(() -> check(Reader.representativeOf(Optional.of("vu-b")), 2022)).doesNotThrowAnyException();
    }

    @Test
    void aRepresentativeCannotReadACampaignOfAYearItsUnitWasNotAMember() {
        assertThatThrownBy(() -> check(Reader.representativeOf(Optional.of("vu-b")), 2023))
                .isInstanceOf(ReadForbiddenException.class)
                .satisfies(e -> assertThat(((ReadForbiddenException) e).status()).isEqualTo(403));
        assertThatThrownBy(() -> check(Reader.representativeOf(Optional.of("vu-z")), 2022))
                .isInstanceOf(ReadForbiddenException.class);
    }

    @Test
    void aRepresentativeWithoutAUnitAndTheAnonymousPublicReadNoCampaign() {
        assertThatThrownBy(() -> check(Reader.representativeOf(Optional.empty()), 2022))
                .isInstanceOf(ReadForbiddenException.class);
        assertThatThrownBy(() -> check(Reader.anonymous(), 2022)).isInstanceOf(ReadForbiddenException.class);
    }

    @Test
    void personalNamesOfAUnitAreForOversightAndThatUnitsRepresentativeOnly() {
        assertThat(access.seesPersonalNamesOf(Reader.oversight(), "vu-a")).isTrue();
        assertThat(access.seesPersonalNamesOf(Reader.representativeOf(Optional.of("vu-a")), "vu-a")).isTrue();
        assertThat(access.seesPersonalNamesOf(Reader.representativeOf(Optional.of("vu-b")), "vu-a")).isFalse();
        assertThat(access.seesPersonalNamesOf(Reader.signedIn(), "vu-a")).isFalse();
        assertThat(access.seesPersonalNamesOf(Reader.anonymous(), "vu-a")).isFalse();
    }
}
