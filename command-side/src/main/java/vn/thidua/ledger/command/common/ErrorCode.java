package vn.thidua.ledger.command.common;

/**
 * Stable codes of every domain rejection. Clients key on the code, never on the message text,
 * so a code is never renamed or reused once published; add new ones instead. The meaning is data,
 * not Javadoc, so the error table of docs/api.md is generated from it.
 */
public enum ErrorCode {
    NOT_FOUND(Kind.NOT_FOUND,
            "A referenced aggregate (cluster, campaign, round, ...) does not exist."),
    ALREADY_EXISTS(Kind.CONFLICT,
            "The aggregate already exists; a create command was sent twice with the same id."),
    CONCURRENT_MODIFICATION(Kind.CONFLICT,
            "Another writer changed the aggregate since it was read; retry with fresh state."),

    INVALID_INPUT(Kind.INVALID,
            "A required text is blank or too long, a number is out of its range, a list is empty or repeats itself."),
    INCONSISTENT_IDS(Kind.INVALID,
            "An id in the command contradicts another one (e.g. a campaign id that is not {clusterId}-{year})."),

    RULE_SET_NOT_FOUND(Kind.NOT_FOUND,
            "No rule set is in force for the date, or the id and version asked for is not in the catalog."),
    VOTING_RULE_NOT_FOUND(Kind.NOT_FOUND,
            "The rule set in force has no voting rule for this title and voting body."),

    UNIT_ALREADY_MEMBER(Kind.CONFLICT,
            "The unit is already a member of the cluster for that year."),
    UNIT_NOT_MEMBER(Kind.CONFLICT,
            "The unit is not a member of the cluster or campaign for that year."),
    HEAD_IS_DEPUTY(Kind.CONFLICT,
            "R11: head and deputy head must be two different member units."),
    LEADERSHIP_ALREADY_APPOINTED(Kind.CONFLICT,
            "R11: the cluster already has a head and deputy head for that year."),
    LEADERSHIP_NOT_APPOINTED(Kind.CONFLICT,
            "R11: a handover needs the head of the year before and the head of the year appointed."),
    LEADERSHIP_ALREADY_HANDED_OVER(Kind.CONFLICT,
            "R11: the head's duties for that year were already handed over."),

    NOT_ACTING_FOR_UNIT(Kind.FORBIDDEN,
            "A unit representative acts only for its own unit (covenant, self-assessment, pledges); the secretariat may act for any unit."),
    TRANSCRIPTION_BY_SECRETARIAT_ONLY(Kind.FORBIDDEN,
            "Only the secretariat transcribes a past year's paper register (a pledge with an earlier registration date)."),
    DECLARATION_BY_SECRETARIAT_ONLY(Kind.FORBIDDEN,
            "Only the secretariat declares figures illustrative (minh họa): a campaign's points or ranking, a round's tallies."),
    FIGURES_ALREADY_DECLARED_ILLUSTRATIVE(Kind.CONFLICT,
            "Every figure named is already declared illustrative (a campaign's points or ranking, a round's tallies)."),
    NOT_A_CAMPAIGN_MEMBER(Kind.FORBIDDEN,
            "Only a member unit of the campaign may sign its covenant, score itself or pledge as a unit."),
    CAMPAIGN_CLOSED(Kind.CONFLICT,
            "The campaign is closed: nothing more can be recorded in it."),
    COVENANT_ALREADY_SIGNED(Kind.CONFLICT,
            "The unit already signed this campaign's covenant."),
    UNKNOWN_CRITERION(Kind.INVALID,
            "The criterion is not in the campaign's scoring table."),
    SCORE_OUT_OF_RANGE(Kind.INVALID,
            "Points below zero or above the criterion's maximum."),
    REASON_REQUIRED(Kind.INVALID,
            "A reviewer adjustment, or a rule-set version chosen otherwise than by the emulation year, without a reason."),
    SCORECARD_FINALISED(Kind.CONFLICT,
            "The unit's scorecard is final: no more self-assessment or adjustment."),
    SCORECARD_INCOMPLETE(Kind.CONFLICT,
            "A scorecard cannot be finalised while a scored criterion has no points."),
    SCORECARDS_NOT_FINALISED(Kind.CONFLICT,
            "The ranking needs every member's scorecard finalised."),
    RANKING_ALREADY_PUBLISHED(Kind.CONFLICT,
            "The ranking of this campaign was already published."),
    RANKING_NOT_PUBLISHED(Kind.CONFLICT,
            "The campaign cannot be closed before its ranking is published, nor scored after it."),
    CONFERENCE_ALREADY_HELD(Kind.CONFLICT,
            "The campaign's year-end conference was already recorded."),
    CONFERENCE_NOT_HELD(Kind.CONFLICT,
            "The draft summary report is presented, and commented on, at the year-end conference: record it first."),
    DRAFT_SUMMARY_ALREADY_PRESENTED(Kind.CONFLICT,
            "The draft summary report of the year was already presented."),
    DRAFT_SUMMARY_NOT_PRESENTED(Kind.CONFLICT,
            "Comments are recorded on the draft summary report, which has not been presented."),

    REGISTRATION_WINDOW_NOT_SET(Kind.CONFLICT,
            "The campaign has no registration window yet."),
    OUTSIDE_REGISTRATION_WINDOW(Kind.CONFLICT,
            "Pledges are accepted only inside the campaign's registration window."),
    PLEDGE_ALREADY_REGISTERED(Kind.CONFLICT,
            "The registrant already has an active pledge in this campaign."),
    PLEDGE_NOT_FOUND(Kind.NOT_FOUND,
            "The registrant has no active pledge in this campaign."),
    TITLE_NOT_FOR_REGISTRANT(Kind.INVALID,
            "A unit pledged a personal title or an individual a collective one."),
    REGISTRANT_ID_IS_A_UNIT(Kind.CONFLICT,
            "An individual pledge cannot use the id of a member unit: that id is the unit's own registrant id."),
    REGISTRANT_OF_ANOTHER_UNIT(Kind.FORBIDDEN,
            "The individual was registered in this campaign under another unit; only the secretariat moves them."),

    NOT_REGISTERED_IN_CAMPAIGN(Kind.CONFLICT,
            "A candidate, or a recipient of a form of commendation, must be a member unit of the campaign or a "
                    + "registrant with an active pledge in it."),
    TITLE_NOT_PLEDGED(Kind.CONFLICT,
            "R1: the title needs a pledge for it that year and the candidate has none."),
    GRASSROOTS_FIGHTER_CRITERIA_UNMET(Kind.CONFLICT,
            "R2: by the candidate's record of the year, not an Advanced Worker, or without a recognised initiative (or excellent completion where the rule set accepts it)."),
    FIGHTER_STREAK_UNMET(Kind.CONFLICT,
            "R3: by the candidate's records, not enough consecutive years of the title below, or no initiative of the scope required."),
    GRASSROOTS_FIGHTER_SHARE_EXCEEDED(Kind.CONFLICT,
            "R4: more Grassroots Emulation Fighters of one unit than the rule set's share of its Advanced Workers."),
    COLLECTIVE_CRITERIA_UNMET(Kind.CONFLICT,
            "R5: by the unit's record of the year, too few Advanced Workers or staff completing duties, no Grassroots Emulation Fighter, or a member disciplined from warning up."),
    STAFF_COUNTS_INCONSISTENT(Kind.INVALID,
            "A unit's counts contradict each other: more Advanced Workers or staff completing duties than staff, more Grassroots Emulation Fighters than Advanced Workers."),
    TITLE_ALREADY_RECORDED(Kind.CONFLICT,
            "The record already holds that title for the year."),
    ROUND_CLOSED(Kind.CONFLICT,
            "The round is closed: no more ballots."),
    WRONG_BALLOT_KIND(Kind.CONFLICT,
            "The command's ballot kind does not match the round's rule (open vs secret)."),
    NOT_THE_VOTER(Kind.FORBIDDEN,
            "An open ballot is cast only by the voter themself (or, for a member unit, by its representative)."),
    NOT_AN_ELIGIBLE_VOTER(Kind.FORBIDDEN,
            "The voter is not among the round's eligible voters."),
    ALREADY_VOTED(Kind.CONFLICT,
            "R9: one ballot per voter per round."),
    SELF_VOTE_FORBIDDEN(Kind.CONFLICT,
            "R9: the rule set forbids a voter to approve a candidate of its own unit."),
    UNKNOWN_CANDIDATE(Kind.INVALID,
            "A ballot names someone who is not a candidate of the round."),
    CREDENTIAL_NOT_ISSUED(Kind.FORBIDDEN,
            "The ballot's token carries no valid blind signature of this round's key."),
    CREDENTIAL_ALREADY_USED(Kind.CONFLICT,
            "The signed token was already used: one ballot per token."),
    BLINDED_MESSAGE_INVALID(Kind.INVALID,
            "The blinded message is not a number below the round's RSA modulus, written in the modulus' length."),
    BLIND_SIGNATURE_ALREADY_ISSUED(Kind.CONFLICT,
            "R9: one blind signature per voter per round; the same blinded message is signed again, another is not."),
    REISSUE_BY_SECRETARIAT_ONLY(Kind.FORBIDDEN,
            "Only the secretariat allows a voter a second blind signature."),
    NO_SIGNATURE_TO_REISSUE(Kind.CONFLICT,
            "The voter may still get a blind signature (none issued, or a reissue not yet used): nothing to reissue."),
    MORE_BALLOTS_THAN_SIGNATURES(Kind.CONFLICT,
            "Every signature the round issued has voted: a further ballot would be signed outside the ledger."),
    SIGNING_CLOSED(Kind.CONFLICT,
            "The round's ballot box is open: blind signatures are issued only before it opens."),
    BALLOT_BOX_NOT_OPEN(Kind.CONFLICT,
            "Secret ballots are cast once the secretariat opens the ballot box, after the signing phase."),
    BALLOT_BOX_ALREADY_OPEN(Kind.CONFLICT, "The round's ballot box is already open."),
    ROUND_KEY_UNAVAILABLE(Kind.CONFLICT,
            "The round's signing key is not available (not yet stored, or destroyed): the round cannot sign."),

    COUNCIL_CHAIR_AND_STANDING_MEMBER_REQUIRED(Kind.INVALID,
            "A council is established with exactly one chair (Chủ tịch) and one standing member (Ủy viên thường trực)."),
    COUNCIL_ROLE_FILLED(Kind.CONFLICT,
            "The council already has a sitting chair or standing member: relieve them before appointing another."),
    COUNCIL_MEMBER_ALREADY_SITTING(Kind.CONFLICT, "The person already sits on the council."),
    COUNCIL_MEMBER_NOT_SITTING(Kind.CONFLICT, "The person does not sit on the council."),
    COUNCIL_CHANGE_OUT_OF_ORDER(Kind.CONFLICT,
            "A change of the council is dated before its establishment or before the latest recorded change."),
    COUNCIL_NOT_SITTING(Kind.CONFLICT,
            "The council had no members on the round's date (e.g. a round dated before the council was established)."),
    COUNCIL_THRESHOLD_NOT_SET(Kind.CONFLICT,
            "R7: the rule set leaves the title's threshold to the council, which set none in force on the round's date."),

    NO_SEALED_VOTE_LEFT(Kind.CONFLICT,
            "Every sealed written ballot the round received has been counted."),
    PAPER_TALLY_INCONSISTENT(Kind.INVALID,
            "The counting minutes (biên bản kiểm phiếu) do not add up: issued ≤ members, returned ≤ issued, returned = valid + invalid, approvals ≤ valid, every candidate once."),
    PAPER_TALLY_CONFLICT(Kind.CONFLICT,
            "A secret round is counted either from blind-signed ballots or from one paper tally, never both."),

    ROUND_NOT_CLOSED(Kind.CONFLICT,
            "A decision can cite only a closed round: its winners are known only then."),
    NOT_A_ROUND_WINNER(Kind.CONFLICT,
            "A decision names a recipient who did not win the round it cites."),
    PROPOSAL_CAP_EXCEEDED(Kind.CONFLICT,
            "R6: more Government flag proposals than the cap allows."),
    NOT_AN_AWARD(Kind.CONFLICT,
            "Only an award can be revoked; a proposal is withdrawn by the body that receives it."),
    NOT_A_RECIPIENT(Kind.NOT_FOUND,
            "The person or collective was not a recipient of the decision."),
    AWARD_ALREADY_REVOKED(Kind.CONFLICT,
            "R10: the award to this recipient was already revoked."),
    WRONG_ISSUER_LEVEL(Kind.CONFLICT,
            "FORM_COMPETENCE: a form of commendation is awarded only by the level competent for it (Giấy khen: the "
                    + "unit's head; Bằng khen: the Minister or the Prime Minister; Huân chương: the State President), "
                    + "and proposed only by a level below it."),
    FORM_REVOCATION_NOT_RECORDED(Kind.CONFLICT,
            "The ledger does not record the revocation of a form of commendation yet (only of a title): record it "
                    + "on paper."),

    NOT_A_PROPOSAL(Kind.CONFLICT,
            "Only a tờ trình (a decision of kind PROPOSAL) of a title goes upward as a proposal."),
    DOSSIER_INCOMPLETE(Kind.INVALID,
            "P1: a proposal dossier needs its tờ trình, báo cáo thành tích and biên bản bình xét."),
    WRONG_PROPOSAL_LEVEL(Kind.CONFLICT,
            "P2: a proposal goes first to the Ministry, then one level up only where the title is decided higher."),
    PROPOSAL_NOT_PENDING(Kind.CONFLICT,
            "P3: the proposal is not awaiting an answer there (not yet submitted, returned, approved or refused)."),
    AWARD_NOT_FOR_PROPOSAL(Kind.CONFLICT,
            "P4: the decision approving a proposal must award its title to some of its recipients, at the level "
                    + "that decides the title.");

    /** How a rejection maps to HTTP: the API layer decides the status from this alone. */
    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final String meaning;

    ErrorCode(Kind kind, String meaning) {
        this.kind = kind;
        this.meaning = meaning;
    }

    public Kind kind() {
        return kind;
    }

    /** What the code means, for clients; docs/api.md lists it (a test keeps the table in step). */
    public String meaning() {
        return meaning;
    }
}
