package vn.thidua.ledger.app.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.web.util.pattern.PathPatternParser;

import vn.thidua.ledger.events.common.Role;

/**
 * The URL rules of the API as one table: which method on which paths, for whom. <b>Deny by default</b>: a
 * request that no row names is refused before any controller runs, 401 when anonymous and 403 when signed in,
 * whatever its method (HEAD, PUT, PATCH, DELETE and OPTIONS included: a row names exactly one method, and HEAD is
 * not GET here, because HEAD runs the GET handler in full). A new endpoint without a row is therefore refused to
 * everyone, and {@code ApiAccessMatrixHttpTest} fails until the endpoint has a row here and in its table.
 * <p>
 * Coarse on purpose: who may act on which unit, round or campaign is decided by controllers and aggregates, which
 * know the resource (docs/security.md). First matching row wins, so a narrow row comes before a wide one.
 * The table is documented in docs/security.md; keep the two in step.
 */
public final class ApiAccessMatrix {

    /**
     * Who a row admits: everyone ({@link #ANYONE}), every signed-in caller ({@link #SIGNED_IN}; controllers may
     * refine by resource), or signed-in callers with at least one of {@code roles} (names of {@link Role}s).
     */
    public record Access(boolean anonymous, Set<String> roles) {

        public Access {
            roles = Set.copyOf(roles);
            if (!Role.NAMES.containsAll(roles) || (anonymous && !roles.isEmpty())) {
                throw new IllegalArgumentException("Roles must be some of " + Role.NAMES + ": " + roles);
            }
        }
    }

    /** One row: this method on these Spring path patterns, for these callers. */
    public record Rule(HttpMethod method, List<String> patterns, Access access) {

        public Rule {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(access, "access");
            patterns = List.copyOf(patterns);
            if (patterns.isEmpty()) {
                // Spring would read "no pattern" as "every path" of the method.
                throw new IllegalArgumentException("A rule names at least one path pattern");
            }
        }
    }

    public static final Access ANYONE = new Access(true, Set.of());
    public static final Access SIGNED_IN = new Access(false, Set.of());

    private final List<Rule> rules;

    private ApiAccessMatrix(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Access anyRole(Role... roles) {
        if (roles.length == 0) {
            throw new IllegalArgumentException("Name at least one role");
        }
        return new Access(false, Arrays.stream(roles).map(Role::name).collect(Collectors.toSet()));
    }

    public static Rule rule(HttpMethod method, Access access, String... patterns) {
        return new Rule(method, List.of(patterns), access);
    }

    /** The rules of the application. */
    public static ApiAccessMatrix standard() {
        return new ApiAccessMatrix(List.of(
                // ---- documentation and health ----
                rule(GET, ANYONE, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"),
                rule(GET, ANYONE, "/actuator/health", "/actuator/health/**"),
                rule(GET, anyRole(Role.AUDITOR, Role.SECRETARIAT), "/actuator/**"),
                // ---- sign-in: any user with a password trades it for a token (docs/security.md, "Tokens") ----
                rule(POST, SIGNED_IN, "/api/auth/token"),
                // ---- reads ----
                rule(GET, ANYONE, "/api/public/**"),
                // The voter's ballot page and its script (static, no data of its own).
                rule(GET, ANYONE, "/bo-phieu/*", "/assets/**"),
                // The web pages (docs/web.md): static for everyone; their data calls carry the access.
                rule(GET, ANYONE, "/trang", "/trang/", "/trang/*", "/trang/*/*"),
                // Signed in; a unit representative only for campaigns of its cluster, and personal names of
                // pledges only for some (query side: CampaignReadAccess).
                rule(GET, SIGNED_IN, "/api/campaigns/*/ranking/draft", "/api/campaigns/*/pledges",
                        "/api/campaigns/*/pledges/*"),
                // Exports (docs/excel-word.md) have the access of the JSON read they render: the pledge register here,
                // the public ranking and year summary under /api/public/**, the audit history under /api/audit/**.
                rule(GET, SIGNED_IN, "/api/campaigns/*/pledges.xlsx"),
                // Council rosters name officials under the ids they vote (and may sign in) with: signed in, not public
                // (docs/security.md, "Council rosters").
                rule(GET, SIGNED_IN, "/api/councils", "/api/councils/*"),
                // What-ifs: read-only; a POST only to carry the terms (docs/what-if.md).
                rule(GET, SIGNED_IN, "/api/campaigns/*/ranking/what-if", "/api/rounds/*/what-if"),
                rule(POST, SIGNED_IN, "/api/campaigns/*/ranking/what-if", "/api/rounds/*/what-if"),
                rule(GET, anyRole(Role.AUDITOR, Role.SECRETARIAT), "/api/audit/**"),
                // ---- commands; own unit / own ballot is checked by the aggregates ----
                // The signed token in the body is the proof; no identity may be attached (docs/secret-ballot.md).
                rule(POST, ANYONE, "/api/rounds/*/secret-ballots"),
                rule(POST, anyRole(Role.VOTER, Role.UNIT_REPRESENTATIVE), "/api/rounds/*/ballots",
                        "/api/rounds/*/blind-signatures"),
                rule(POST, anyRole(Role.UNIT_REPRESENTATIVE, Role.SECRETARIAT),
                        "/api/campaigns/*/covenant-signatures", "/api/campaigns/*/scorecards/*/self-assessments",
                        "/api/campaigns/*/pledges", "/api/campaigns/*/pledges/*/amendments",
                        "/api/campaigns/*/pledges/*/withdrawal"),
                rule(POST, anyRole(Role.SECRETARIAT),
                        "/api/clusters", "/api/clusters/*/admissions", "/api/clusters/*/withdrawals",
                        "/api/clusters/*/leadership-handovers",
                        "/api/councils", "/api/councils/*/appointments", "/api/councils/*/reliefs",
                        "/api/councils/*/grassroots-threshold",
                        "/api/campaigns", "/api/campaigns/*/registration-window",
                        "/api/campaigns/*/scorecards/*/adjustments", "/api/campaigns/*/scorecards/*/finalisation",
                        "/api/campaigns/*/ranking", "/api/campaigns/*/closure",
                        "/api/campaigns/*/year-end-conference", "/api/campaigns/*/draft-summary",
                        "/api/campaigns/*/summary-comments", "/api/campaigns/*/illustrative-figures",
                        "/api/campaigns/*/emulation-records-requirement",
                        "/api/rounds", "/api/rounds/*/written-votes", "/api/rounds/*/ballot-box", "/api/rounds/*/closure",
                        "/api/rounds/*/signature-reissues", "/api/rounds/*/paper-tally",
                        "/api/rounds/*/sealed-written-votes", "/api/rounds/*/sealed-written-votes/counted",
                        "/api/rounds/*/illustrative-tallies",
                        "/api/decisions/commendations", "/api/decisions/forms", "/api/decisions/appointments",
                        "/api/decisions/*/revocations",
                        "/api/records/*/*/staff-counts", "/api/records/*/*/disciplines", "/api/records/*/*/initiatives",
                        "/api/records/*/*/task-completion", "/api/records/*/*/titles",
                        "/api/proposals", "/api/proposals/*/returns", "/api/proposals/*/refusals",
                        "/api/proposals/*/approvals"),
                // ---- import of a past year from a workbook (docs/excel-word.md) ----
                rule(GET, anyRole(Role.SECRETARIAT), "/api/imports/*"),
                rule(POST, anyRole(Role.SECRETARIAT), "/api/imports"),
                // ---- view operations (rebuild, progress, checksums; operations-rebuild.md) ----
                rule(GET, anyRole(Role.SECRETARIAT), "/api/admin/views", "/api/admin/views/*",
                        "/api/admin/views/*/checksum"),
                rule(POST, anyRole(Role.SECRETARIAT), "/api/admin/views/rebuild", "/api/admin/views/*/rebuild")));
    }

    /** These rules followed by more (e.g. a test context's own endpoints), still denying the rest. */
    public ApiAccessMatrix and(Rule... more) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(List.of(more));
        return new ApiAccessMatrix(all);
    }

    /**
     * Who may send {@code method} to {@code path} (a concrete path), as the first matching row says; empty when no
     * row names it (refused to everyone). The OpenAPI document declares each operation's security from this.
     */
    public Optional<Access> accessOf(HttpMethod method, String path) {
        PathContainer requested = PathContainer.parsePath(path);
        return rules.stream()
                .filter(rule -> rule.method().equals(method) && rule.patterns().stream()
                        .anyMatch(pattern -> PathPatternParser.defaultInstance.parse(pattern).matches(requested)))
                .map(Rule::access)
                .findFirst();
    }

    /** Registers every row in order, then refuses whatever is left. */
    void applyTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        // The container forwards errors to /error with the original method: let the error of a request that was
        // already let through (or refused) render. A direct request there only gets an empty error page.
        auth.requestMatchers("/error").permitAll();
        for (Rule rule : rules) {
            var matched = auth.requestMatchers(rule.method(), rule.patterns().toArray(String[]::new));
            Access access = rule.access();
            if (access.anonymous()) {
                matched.permitAll();
            } else if (access.roles().isEmpty()) {
                matched.authenticated();
            } else {
                matched.hasAnyRole(access.roles().stream().sorted().toArray(String[]::new));
            }
        }
        auth.anyRequest().denyAll();
    }
}
