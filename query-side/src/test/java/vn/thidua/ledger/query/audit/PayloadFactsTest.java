package vn.thidua.ledger.query.audit;

import org.junit.jupiter.api.Test;
import vn.thidua.ledger.query.audit.AuditEntry.RuleApplied;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payloads as the event store writes them (ids as plain strings, see EventJson), written out as JSON text on purpose:
 * what is tested is the reading of stored text. Ids and names are those of the cluster-iv-2022 module.
 */
class PayloadFactsTest {

    @Test
    void aCampaignIdGivesClusterAndYearAndEveryUnitRefIsFoundAtAnyDepth() {
        PayloadFacts facts = facts("""
                {"campaignId":"btp-cum-iv-2022","year":2022,
                 "ranking":[{"rank":1,"unit":{"id":"tong-cuc-thads","name":"Tổng cục Thi hành án dân sự"},"total":95},
                            {"rank":2,"unit":{"id":"vu-htqt","name":"Vụ Hợp tác quốc tế"},"total":90}],
                 "rule":{"ruleSetId":"btp-thidua","ruleSetVersion":1,"ruleCode":"R-RANK","legalSource":"Quy chế (minh họa)"}}""");

        assertThat(facts.clusterId()).isEqualTo("btp-cum-iv");
        assertThat(facts.year()).isEqualTo(2022);
        assertThat(facts.unitIds()).containsExactly("tong-cuc-thads", "vu-htqt");
        assertThat(facts.rules()).containsExactly(new RuleApplied("btp-thidua", 1, "R-RANK", "Quy chế (minh họa)"));
    }

    @Test
    void aDecisionNamesItsRoundAndNestedRulesButNoCluster() {
        PayloadFacts facts = facts("""
                {"decisionId":"3456-QD-BTP","year":2022,"roundId":"btp-cum-iv-2022-suy-ton-co-thi-dua",
                 "roundRule":{"ruleSetId":"btp-thidua","ruleSetVersion":1,"ruleCode":"R8","legalSource":"Quy chế cụm"},
                 "recipients":[{"registrantId":"vu-cvdcxdpl","name":"Vụ Các vấn đề chung về xây dựng pháp luật",
                                "unit":{"id":"vu-cvdcxdpl","name":"Vụ Các vấn đề chung về xây dựng pháp luật"}}],
                 "proposalCap":null}""");

        assertThat(facts.clusterId()).isNull();
        assertThat(facts.year()).isEqualTo(2022);
        assertThat(facts.referencedAggregates()).containsExactly("btp-cum-iv-2022-suy-ton-co-thi-dua", "3456-QD-BTP");
        assertThat(facts.unitIds()).containsExactly("vu-cvdcxdpl");
        assertThat(facts.rules()).extracting(RuleApplied::ruleCode).containsExactly("R8");
    }

    @Test
    void aSecretBallotCarriesNothingButItsRound() {
        PayloadFacts facts = facts("""
                {"roundId":"btp-hdtdkt-2022-cstd-co-so","receipt":"3f9a","approved":["cc-0042"]}""");

        assertThat(facts.clusterId()).isNull();
        assertThat(facts.year()).isNull();
        assertThat(facts.unitIds()).isEmpty();
        assertThat(facts.referencedAggregates()).containsExactly("btp-hdtdkt-2022-cstd-co-so");
    }

    /** Read as a walk of the tree would: an object's unit and rule before those of the objects inside it. */
    @Test
    void unitsAndRulesAreListedOuterObjectFirstThenInFieldOrder() {
        PayloadFacts facts = facts("""
                {"unit":{"id":"vu-a","name":"Vụ A"},
                 "inner":{"ruleSetId":"rs","ruleSetVersion":2,"ruleCode":"R2","legalSource":null,
                          "deeper":{"id":"vu-b","name":"Vụ B"}}}""");
        PayloadFacts outerRule = facts("""
                {"rule":{"ruleSetId":"rs","ruleSetVersion":1,"ruleCode":"R1",
                         "nested":{"ruleSetId":"rs","ruleSetVersion":1,"ruleCode":"R0"}},
                 "later":{"ruleSetId":"rs","ruleSetVersion":1,"ruleCode":"R3"}}""");

        assertThat(facts.unitIds()).containsExactly("vu-a", "vu-b");
        assertThat(facts.rules()).containsExactly(new RuleApplied("rs", 2, "R2", null));
        assertThat(outerRule.rules()).extracting(RuleApplied::ruleCode).containsExactly("R1", "R0", "R3");
    }

    @Test
    void onlyAnObjectOfExactlyAnIdAndANameIsAUnitAndOnlyAnIntegerYearAtTheTopIsTheYear() {
        PayloadFacts facts = facts("""
                {"year":"2022","registrant":{"id":"cc-1","name":"Công chức 1","kind":"INDIVIDUAL"},
                 "unitIds":["vu-a"],"nested":{"year":2021,"clusterId":"cum-khac"},"count":{"id":"x","name":7}}""");
        PayloadFacts tooLarge = facts("{\"year\":9007199254740993}");

        assertThat(facts.unitIds()).isEmpty();
        assertThat(facts.year()).isNull();
        assertThat(facts.clusterId()).isNull();
        assertThat(tooLarge.year()).isNull();
    }

    private static PayloadFacts facts(String json) {
        return PayloadFacts.of(json);
    }
}
