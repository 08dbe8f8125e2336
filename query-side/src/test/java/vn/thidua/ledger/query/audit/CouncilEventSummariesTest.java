package vn.thidua.ledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.common.CouncilId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.council.CouncilEstablished;
import vn.thidua.ledger.events.council.CouncilMember;
import vn.thidua.ledger.events.council.CouncilMemberRelieved;
import vn.thidua.ledger.events.council.CouncilRole;
import vn.thidua.ledger.events.council.GrassrootsThresholdSet;
import vn.thidua.ledger.events.nomination.CandidateApprovals;
import vn.thidua.ledger.events.nomination.CouncilRosterTaken;
import vn.thidua.ledger.events.nomination.PaperTallyRecorded;

/** The council's decisions and its paper counts read in the audit history the way the secretariat writes minutes. */
class CouncilEventSummariesTest {

    private static final CouncilId COUNCIL = new CouncilId("btp-hdtdkt");
    private static final UnitRef TDKT = new UnitRef(new UnitId("vu-tdkt"), "Vụ Thi đua – Khen thưởng");
    private static final CouncilMember CHAIR = new CouncilMember(new VoterId("hd-1"), "Thành viên 1 (minh họa)", TDKT,
            CouncilRole.CHAIR);

    private static String summary(Object event) {
        return EventSummaries.of(event, event.getClass().getSimpleName(), "Council", COUNCIL.value());
    }

    @Test
    void theEstablishingDecisionNamesItsNumberDateAndSize() {
        assertThat(summary(new CouncilEstablished(COUNCIL, "Hội đồng Thi đua – Khen thưởng Bộ Tư pháp", TDKT,
                "15/QĐ-BTP", LocalDate.of(2022, 1, 10), List.of(CHAIR))))
                .isEqualTo("Thành lập Hội đồng Thi đua – Khen thưởng Bộ Tư pháp (15/QĐ-BTP, ngày 2022-01-10) với 1"
                        + " thành viên");
    }

    @Test
    void aReliefAndAThresholdSayFromWhen() {
        assertThat(summary(new CouncilMemberRelieved(COUNCIL, CHAIR, "39/QĐ-BTP", LocalDate.of(2022, 3, 1))))
                .isEqualTo("Thành viên 1 (minh họa) thôi làm thành viên Hội đồng từ ngày 2022-03-01 (39/QĐ-BTP)");
        assertThat(summary(new GrassrootsThresholdSet(COUNCIL, new BigDecimal("0.75"), "2/QĐ-HĐTĐKT",
                LocalDate.of(2024, 1, 15))))
                .isEqualTo("Hội đồng quyết định tỷ lệ phiếu Chiến sĩ thi đua cơ sở 75% tổng số thành viên từ ngày"
                        + " 2024-01-15 (2/QĐ-HĐTĐKT)");
    }

    @Test
    void theCountingMinutesOfAPaperRoundGiveTheirFigures() {
        assertThat(summary(new PaperTallyRecorded(new RoundId("hd-2024"), List.of("Trưởng ban"), 10, 9, 8, 1,
                List.of(new CandidateApprovals(new RegistrantId("cc-1"), 8)), LocalDate.of(2024, 12, 10))))
                .isEqualTo("Biên bản kiểm phiếu đợt hd-2024: phát ra 10, thu về 9, hợp lệ 8, không hợp lệ 1");
    }

    @Test
    void aRoundSaysHowManyMembersItCountedOnItsDay() {
        assertThat(summary(new CouncilRosterTaken(new RoundId("hd-2024"), COUNCIL, "Hội đồng TĐKT", LocalDate.of(2024,
                12, 10), 9, null, null)))
                .isEqualTo("Đợt hd-2024 bình xét với 9 thành viên Hội đồng TĐKT ngày 2024-12-10");
    }
}
