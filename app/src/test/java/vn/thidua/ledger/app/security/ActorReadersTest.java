package vn.thidua.ledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.common.Role;
import vn.thidua.ledger.query.access.Reader;

class ActorReadersTest {

    private static Reader readerOf(Set<String> roles, String unit) {
        return ActorReaders.readerOf(new Actor("someone", roles, Optional.ofNullable(unit)));
    }

    @Test
    void theSecretariatAndAuditorsOversee() {
        assertThat(readerOf(Set.of(Role.SECRETARIAT.name()), null)).isEqualTo(Reader.oversight());
        assertThat(readerOf(Set.of(Role.AUDITOR.name(), Role.UNIT_REPRESENTATIVE.name()), "vu-htqt")).isEqualTo(Reader.oversight());
    }

    @Test
    void aRepresentativeReadsForItsUnitEvenWhenItIsAlsoAVoter() {
        assertThat(readerOf(Set.of(Role.UNIT_REPRESENTATIVE.name(), Role.VOTER.name()), "vu-htqt"))
                .isEqualTo(Reader.representativeOf(Optional.of("vu-htqt")));
    }

    @Test
    void aRepresentativeWithoutAUnitStaysARepresentativeAndSoReadsNoCampaign() {
        Reader reader = readerOf(Set.of(Role.UNIT_REPRESENTATIVE.name()), null);
        assertThat(reader.standing()).isEqualTo(Reader.Standing.UNIT_REPRESENTATIVE);
        assertThat(reader.unitId()).isEmpty();
    }

    @Test
    void votersAndClusterHeadsAreSignedInReaders() {
        assertThat(readerOf(Set.of(Role.VOTER.name()), null)).isEqualTo(Reader.signedIn());
        assertThat(readerOf(Set.of(Role.CLUSTER_HEAD.name()), null)).isEqualTo(Reader.signedIn());
    }
}
