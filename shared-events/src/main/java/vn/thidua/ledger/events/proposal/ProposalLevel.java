package vn.thidua.ledger.events.proposal;

/**
 * Cấp nhận hồ sơ đề nghị: where a proposal from a cluster goes. The Ministry (Bộ Tư pháp, its emulation and
 * commendation council) decides ministry-level titles; the Central Emulation-Commendation Board (Ban Thi đua –
 * Khen thưởng Trung ương) prepares those the Prime Minister or the President decides.
 */
public enum ProposalLevel {
    MINISTRY("Bộ Tư pháp"),
    CENTRAL_BOARD("Ban Thi đua – Khen thưởng Trung ương");

    private final String vietnameseName;

    ProposalLevel(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
