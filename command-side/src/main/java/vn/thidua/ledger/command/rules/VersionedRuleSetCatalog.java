package vn.thidua.ledger.command.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.events.nomination.BallotKind;

/**
 * The rule sets shipped with the ledger, read from {@code rulesets/*.json} on the classpath (the
 * files named in {@code rulesets/index.txt}, because a plain class loader cannot list a folder).
 * Checked once at start: a broken rule file must stop the application, not surface as a wrong vote
 * count months later.
 */
public final class VersionedRuleSetCatalog implements RuleSetCatalog {

    private static final String INDEX = "rulesets/index.txt";
    private static final List<RuleCode> CODES_USED_BY_AGGREGATES = List.of(RuleCode.R1, RuleCode.R2,
            RuleCode.R3, RuleCode.R4, RuleCode.R5, RuleCode.R6, RuleCode.R9,
            RuleCode.R10, RuleCode.R11, RuleCode.RANKING);

    private final List<RuleSet> ruleSets;

    public VersionedRuleSetCatalog(List<RuleSet> ruleSets) {
        this.ruleSets = ruleSets.stream().sorted(Comparator.comparing(RuleSet::effectiveFrom)).toList();
        this.ruleSets.forEach(VersionedRuleSetCatalog::checkComplete);
        checkNoOverlap(this.ruleSets);
    }

    public static VersionedRuleSetCatalog fromClasspath() {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<RuleSet> loaded = new ArrayList<>();
        for (String file : read(INDEX).lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
            try {
                loaded.add(json.readValue(read("rulesets/" + file), RuleSet.class));
            } catch (IOException e) {
                throw new IllegalStateException("rule set file " + file + " is unreadable", e);
            }
        }
        return new VersionedRuleSetCatalog(loaded);
    }

    @Override
    public RuleSet inForceOn(LocalDate date) {
        return ruleSets.stream().filter(set -> set.inForceOn(date)).findFirst()
                .orElseThrow(() -> new DomainRejection(ErrorCode.RULE_SET_NOT_FOUND, "no rule set in force on " + date));
    }

    @Override
    public RuleSet byIdAndVersion(String id, int version) {
        return ruleSets.stream().filter(set -> set.id().equals(id) && set.version() == version).findFirst()
                .orElseThrow(() -> new DomainRejection(ErrorCode.RULE_SET_NOT_FOUND,
                        "rule set " + id + " v" + version + " is not in the catalog"));
    }

    private static void checkComplete(RuleSet set) {
        if (set.titleCriteria() == null) {
            throw new IllegalStateException(set.id() + " v" + set.version() + " has no titleCriteria (R2–R5)");
        }
        Stream.concat(CODES_USED_BY_AGGREGATES.stream(), set.votingRules().stream().map(VotingRuleSpec::rule))
                .forEach(set::citation);
        set.votingRules().stream()
                .filter(spec -> spec.ballot() == BallotKind.SECRET && !spec.selfVoteAllowed())
                .findAny()
                .ifPresent(spec -> {
                    // An anonymous credential cannot know whose unit it belongs to: see docs/secret-ballot.md.
                    throw new IllegalStateException(set.id() + " v" + set.version() + ": rule " + spec.rule()
                            + " forbids self-votes in a secret ballot, which the ledger cannot enforce");
                });
    }

    private static void checkNoOverlap(List<RuleSet> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            RuleSet before = sorted.get(i - 1);
            if (before.effectiveTo() == null || !before.effectiveTo().isBefore(sorted.get(i).effectiveFrom())) {
                throw new IllegalStateException("rule sets " + before.id() + " v" + before.version() + " and "
                        + sorted.get(i).id() + " v" + sorted.get(i).version() + " are in force at the same time");
            }
        }
    }

    private static String read(String resource) {
        try (InputStream in = VersionedRuleSetCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
