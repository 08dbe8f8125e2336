package vn.thidua.ledger.command.common;

/**
 * Stable codes of every domain rejection. Clients key on the code, never on the message text,
 * so a code is never renamed or reused once published; add new ones instead.
 */
public enum ErrorCode {
    /** A referenced aggregate (cluster, campaign, round, ...) does not exist. */
    NOT_FOUND(Kind.NOT_FOUND),
    /** The aggregate already exists; a create command was sent twice with the same id. */
    ALREADY_EXISTS(Kind.CONFLICT),
    /** Another writer changed the aggregate since it was read; retry with fresh state. */
    CONCURRENT_MODIFICATION(Kind.CONFLICT),

    /** A required text is blank or too long, a number is out of its range, a list is empty or repeats itself. */
    INVALID_INPUT(Kind.INVALID),
    /** An id in the command contradicts another one (e.g. a campaign id that is not {@code <cluster>-<year>}). */
    INCONSISTENT_IDS(Kind.INVALID),

    /** No rule set is in force for the date, or the id and version asked for is not in the catalog. */
    RULE_SET_NOT_FOUND(Kind.NOT_FOUND),
    /** The rule set in force has no voting rule for this title and voting body. */
    VOTING_RULE_NOT_FOUND(Kind.NOT_FOUND),

    /** The unit is already a member of the cluster for that year. */
    UNIT_ALREADY_MEMBER(Kind.CONFLICT),
    /** The unit is not a member of the cluster or campaign for that year. */
    UNIT_NOT_MEMBER(Kind.CONFLICT),
    /** R11: head and deputy head must be two different member units. */
    HEAD_IS_DEPUTY(Kind.CONFLICT),
    /** R11: the cluster already has a head and deputy head for that year. */
    LEADERSHIP_ALREADY_APPOINTED(Kind.CONFLICT),

    /** Only a member unit of the campaign may sign its covenant, score itself or pledge as a unit. */
    NOT_A_CAMPAIGN_MEMBER(Kind.FORBIDDEN),
    /** The campaign is closed: nothing more can be recorded in it. */
    CAMPAIGN_CLOSED(Kind.CONFLICT),
    /** The unit already signed this campaign's covenant. */
    COVENANT_ALREADY_SIGNED(Kind.CONFLICT),
    /** The criterion is not in the campaign's scoring table. */
    UNKNOWN_CRITERION(Kind.INVALID),
    /** Points below zero or above the criterion's maximum. */
    SCORE_OUT_OF_RANGE(Kind.INVALID),
    /** A reviewer adjustment without a reason. */
    REASON_REQUIRED(Kind.INVALID),
    /** The unit's scorecard is final: no more self-assessment or adjustment. */
    SCORECARD_FINALISED(Kind.CONFLICT),
    /** A scorecard cannot be finalised while a scored criterion has no points. */
    SCORECARD_INCOMPLETE(Kind.CONFLICT),
    /** The ranking needs every member's scorecard finalised. */
    SCORECARDS_NOT_FINALISED(Kind.CONFLICT),
    /** The ranking of this campaign was already published. */
    RANKING_ALREADY_PUBLISHED(Kind.CONFLICT),
    /** The campaign cannot be closed before its ranking is published, nor scored after it. */
    RANKING_NOT_PUBLISHED(Kind.CONFLICT),

    /** The campaign has no registration window yet. */
    REGISTRATION_WINDOW_NOT_SET(Kind.CONFLICT),
    /** Pledges are accepted only inside the campaign's registration window. */
    OUTSIDE_REGISTRATION_WINDOW(Kind.CONFLICT),
    /** The registrant already has an active pledge in this campaign. */
    PLEDGE_ALREADY_REGISTERED(Kind.CONFLICT),
    /** The registrant has no active pledge in this campaign. */
    PLEDGE_NOT_FOUND(Kind.NOT_FOUND),
    /** A unit pledged a personal title or an individual a collective one. */
    TITLE_NOT_FOR_REGISTRANT(Kind.INVALID),

    /** R1: the title needs a pledge for it that year and the candidate has none. */
    TITLE_NOT_PLEDGED(Kind.CONFLICT),
    /** The round is closed: no more ballots. */
    ROUND_CLOSED(Kind.CONFLICT),
    /** The command's ballot kind does not match the round's rule (open vs secret). */
    WRONG_BALLOT_KIND(Kind.CONFLICT),
    /** The voter is not among the round's eligible voters. */
    NOT_AN_ELIGIBLE_VOTER(Kind.FORBIDDEN),
    /** R9: one ballot per voter per round. */
    ALREADY_VOTED(Kind.CONFLICT),
    /** R9: the rule set forbids a voter to approve a candidate of its own unit. */
    SELF_VOTE_FORBIDDEN(Kind.CONFLICT),
    /** A ballot names someone who is not a candidate of the round. */
    UNKNOWN_CANDIDATE(Kind.INVALID),
    /** The secret-ballot credential was never issued for this round. */
    CREDENTIAL_NOT_ISSUED(Kind.FORBIDDEN),
    /** The secret-ballot credential was already used: one ballot per credential. */
    CREDENTIAL_ALREADY_USED(Kind.CONFLICT),

    /** A decision names a recipient who did not win the round it cites. */
    NOT_A_ROUND_WINNER(Kind.CONFLICT),
    /** R6: more Government flag proposals than the cap allows. */
    PROPOSAL_CAP_EXCEEDED(Kind.CONFLICT),
    /** Only an award can be revoked; a proposal is withdrawn by the body that receives it. */
    NOT_AN_AWARD(Kind.CONFLICT),
    /** The person or collective was not a recipient of the decision. */
    NOT_A_RECIPIENT(Kind.NOT_FOUND),
    /** R10: the award to this recipient was already revoked. */
    AWARD_ALREADY_REVOKED(Kind.CONFLICT);

    /** How a rejection maps to HTTP: the API layer decides the status from this alone. */
    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT }

    private final Kind kind;

    ErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
