package vn.thidua.ledger.events.common;

/**
 * Mã hồ sơ đề nghị (identifier of a proposal going upward): derived from the tờ trình decision it carries, so
 * one tờ trình has one path upward. Validates its own shape: see {@link IdRules}.
 */
public record ProposalId(String value) {

    private static final String PREFIX = "de-nghi.";

    public ProposalId {
        IdRules.check("ProposalId", value);
    }

    /** The proposal of the tờ trình {@code proposalDecision}: {@code de-nghi.2022_01-TTR-CTDdIV}. */
    public static ProposalId of(DecisionId proposalDecision) {
        return new ProposalId(PREFIX + proposalDecision.value());
    }

    /** The tờ trình this proposal carries. */
    public DecisionId proposalDecisionId() {
        if (!value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a proposal id derived from its tờ trình: " + value);
        }
        return new DecisionId(value.substring(PREFIX.length()));
    }

    @Override
    public String toString() {
        return value;
    }
}
