package vn.thidua.ledger.app.imports;

import vn.thidua.ledger.app.imports.ImportedYear.PledgeLine;
import vn.thidua.ledger.app.imports.YearResults.BallotLine;
import vn.thidua.ledger.app.imports.YearResults.DecisionLine;
import vn.thidua.ledger.app.imports.YearResults.RoundLine;
import vn.thidua.ledger.app.imports.YearResults.ScoreLine;
import vn.thidua.ledger.command.campaign.AdjustScore;
import vn.thidua.ledger.command.campaign.CampaignFacts;
import vn.thidua.ledger.command.campaign.FinaliseScorecard;
import vn.thidua.ledger.command.campaign.LaunchCampaign;
import vn.thidua.ledger.command.campaign.PublishRanking;
import vn.thidua.ledger.command.campaign.Roster;
import vn.thidua.ledger.command.campaign.SelfAssessScore;
import vn.thidua.ledger.command.campaign.SetRegistrationWindow;
import vn.thidua.ledger.command.campaign.pledge.RegisterPledge;
import vn.thidua.ledger.command.campaign.pledge.TranscribePledges;
import vn.thidua.ledger.command.cluster.ClusterFacts;
import vn.thidua.ledger.command.cluster.ClusterYear;
import vn.thidua.ledger.command.cluster.FormCluster;
import vn.thidua.ledger.command.decision.IssueCommendationDecision;
import vn.thidua.ledger.command.nomination.CloseNominationRound;
import vn.thidua.ledger.command.nomination.OpenNominationRound;
import vn.thidua.ledger.command.nomination.RecordWrittenVote;
import vn.thidua.ledger.command.nomination.RoundFacts;
import vn.thidua.ledger.command.nomination.RoundResult;
import vn.thidua.ledger.command.record.Nominee;
import vn.thidua.ledger.command.record.RecordFacts;
import vn.thidua.ledger.events.campaign.ScoringScheme;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.CriterionId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.nomination.VotingBody;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Các lệnh của một năm (the commands an imported year becomes, in the order of the year), each with the workbook
 * sheet and row it comes from. A command that needs what the ledger already holds (the launch reads the cluster's
 * members, a round its candidates' pledges, a decision the round's winners, as the API's endpoints do) is built
 * only when its turn comes, by the facts given here: the real ledger's for the import, a rehearsal's for a dry run.
 */
final class YearCommands {

    /**
     * One command to send, built when its turn comes, and where it comes from in the workbook (its first row). A
     * command that records several rows (a {@link TranscribePledges}) lists them as {@code rows}, one step each, so
     * that whoever needs to know which row a refusal is about can send them one by one.
     */
    record Step(String sheet, int row, Supplier<Object> command, List<Step> rows) {

        Step(String sheet, int row, Supplier<Object> command) {
            this(sheet, row, command, List.of());
        }

        /** How many of the year's facts the command records. */
        int facts() {
            return rows.isEmpty() ? 1 : rows.size();
        }
    }

    /**
     * The register goes in {@link TranscribePledges} of this many pledges: one commit each instead of one per pledge
     * (docs/excel-word.md, "Speed"). Small enough for a commit document far below MongoDB's 16 MiB and for the
     * campaign's cache and snapshots to keep up; large enough that a commit's fixed cost stops counting.
     */
    static final int PLEDGES_PER_COMMAND = 250;

    /** What the ledger already knows, read the way the API's endpoints read it. */
    record Facts(ClusterFacts clusters, CampaignFacts campaigns, RoundFacts rounds, RecordFacts records) {
    }

    private YearCommands() {
    }

    static List<Step> of(ImportedYear year, Facts facts) {
        ClusterId clusterId = new ClusterId(year.clusterId());
        CampaignId campaignId = CampaignId.of(clusterId, year.year());
        List<Step> steps = new ArrayList<>();
        String campaign = YearWorkbook.CAMPAIGN.name();
        steps.add(new Step(campaign, 2, () -> new FormCluster(clusterId, year.clusterName(), year.year(), year.units())));
        steps.add(new Step(campaign, 2, () -> {
            // As the API's launch does: the cluster's name and members of the year from the cluster itself.
            ClusterYear cluster = facts.clusters().inYear(clusterId, year.year());
            return new LaunchCampaign(campaignId, clusterId, cluster.name(), year.year(), year.campaignName(),
                                      new ScoringScheme(year.criteria()), cluster.members(), year.launchedOn());
        }));
        steps.add(new Step(campaign, 2, () -> new SetRegistrationWindow(campaignId, year.opensOn(), year.closesOn())));
        pledges(steps, campaignId, year.pledges());
        scoring(steps, campaignId, year);
        // The records before the rounds, so that R2–R5 read them when a round opens and when a decision is taken.
        year.records().forEach(line -> steps.add(new Step(YearWorkbook.RECORDS.name(), line.row(), line::command)));
        year.results().rounds().forEach(round -> round(steps, campaignId, round, facts));
        for (DecisionLine d : year.results().decisions()) {
            steps.add(new Step(YearWorkbook.DECISIONS.name(), d.row(), () -> {
                RoundResult round = facts.rounds().resultOf(new RoundId(d.roundId()));
                return new IssueCommendationDecision(d.number(), d.signedOn(), d.signedBy(), d.kind(), round.title(),
                        round.year(), round.roundId(), round.rule(), round.winners(),
                        d.recipientIds().stream().map(RegistrantId::new).toList(), null,
                        facts.records().forTitle(round.title(), round.year(), nominees(round.winners()),
                                facts.campaigns().recordsRequired(round.campaignId())));
            }));
        }
        return steps;
    }

    /** Each pledge checked as if sent alone, all of a transcription in one commit. */
    private static void pledges(List<Step> steps, CampaignId campaignId, List<PledgeLine> lines) {
        String sheet = YearWorkbook.PLEDGES.name();
        for (int from = 0; from < lines.size(); from += PLEDGES_PER_COMMAND) {
            List<PledgeLine> chunk = lines.subList(from, Math.min(lines.size(), from + PLEDGES_PER_COMMAND));
            List<Step> rows = chunk.stream().map(line -> new Step(sheet, line.row(), () -> pledge(campaignId, line)))
                                   .toList();
            steps.add(new Step(sheet, chunk.get(0).row(), () -> new TranscribePledges(campaignId,
                    chunk.stream().map(line -> pledge(campaignId, line)).toList()), rows));
        }
    }

    private static RegisterPledge pledge(CampaignId campaignId, PledgeLine p) {
        return new RegisterPledge(campaignId, new RegistrantId(p.registrantId()), p.name(), p.kind(),
                                  new UnitId(p.unitId()), p.staffCount(), p.titles(), p.registeredOn());
    }

    private static List<Nominee> nominees(List<Recipient> winners) {
        return winners.stream().map(Nominee::of).toList();
    }

    /** Tự chấm, thẩm định, then every scorecard finalised and the ranking published, as the secretariat does. */
    private static void scoring(List<Step> steps, CampaignId campaignId, ImportedYear year) {
        List<ScoreLine> scores = year.results().scores();
        if (scores.isEmpty()) {
            return;
        }
        String sheet = YearWorkbook.SCORES.name();
        for (ScoreLine s : scores) {
            steps.add(new Step(sheet, s.row(), () -> new SelfAssessScore(campaignId, new UnitId(s.unitId()),
                    new CriterionId(s.criterionId()), s.selfAssessed())));
            if (s.appraised() != null) {
                steps.add(new Step(sheet, s.row(), () -> new AdjustScore(campaignId, new UnitId(s.unitId()),
                        new CriterionId(s.criterionId()), s.appraised(), s.reason())));
            }
        }
        int last = scores.get(scores.size() - 1).row();
        for (UnitRef unit : year.units()) {
            steps.add(new Step(sheet, last, () -> new FinaliseScorecard(campaignId, unit.id())));
        }
        steps.add(new Step(sheet, last, () -> new PublishRanking(campaignId)));
    }

    /** A member units' round: opened, each unit's vote as a written vote, closed, all on the day of the meeting. */
    private static void round(List<Step> steps, CampaignId campaignId, RoundLine round, Facts facts) {
        RoundId roundId = new RoundId(round.roundId());
        steps.add(new Step(YearWorkbook.ROUNDS.name(), round.row(), () -> {
            Roster roster = facts.campaigns().roster(campaignId,
                    round.candidateIds().stream().map(RegistrantId::new).toList());
            return new OpenNominationRound(roundId, roster.campaignId(), roster.year(), round.title(),
                    VotingBody.MEMBER_UNITS, roster.candidates(), roster.memberUnits(), null, round.heldOn(),
                    facts.records().forTitle(round.title(), roster.year(),
                            roster.candidates().stream().map(Nominee::of).toList(), roster.recordsRequired()),
                    roster.ruleVersion());
        }));
        for (BallotLine b : round.ballots()) {
            steps.add(new Step(YearWorkbook.BALLOTS.name(), b.row(), () -> new RecordWrittenVote(roundId,
                    new VoterId(b.voterUnitId()), b.approved().stream().map(RegistrantId::new).toList(),
                    round.heldOn())));
        }
        steps.add(new Step(YearWorkbook.ROUNDS.name(), round.row(),
                           () -> new CloseNominationRound(roundId, round.heldOn())));
    }
}
