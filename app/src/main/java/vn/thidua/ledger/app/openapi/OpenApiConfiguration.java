package vn.thidua.ledger.app.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.ledger.app.security.ApiAccessMatrix;

import java.util.List;

/**
 * The OpenAPI document (/v3/api-docs, Swagger UI at /swagger-ui.html): title, description, the two ways to sign in
 * and the tags the controllers use. Endpoints describe themselves with annotations next to their code; what they
 * all share is added by {@link ApiDocumentConventions} and {@link CommandResponses}. CI lints the document
 * (docs/api.md, "OpenAPI document and its lint").
 * <p>
 * Each tag is declared here once, with its description; controllers name it ({@code @Tag(name = ...)}) and nothing
 * more, because two descriptions of one name make two tags of one name, which OpenAPI forbids.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String DESCRIPTION = """
            Sổ cái thi đua – khen thưởng: an event-sourced ledger of the yearly emulation and commendation cycle of \
            Vietnamese public bodies (Law on Emulation and Commendation 06/2022/QH15).

            * Commands are POSTs under /api; queries are GETs. Public reads live under /api/public (no sign-in).
            * Errors are RFC 9457 problem+json with a stable `code`.
            * View reads carry an ETag (the view's position in the event stream); send If-None-Match for 304.
            * Rankings and round results accept `asOf` (a global position or an ISO-8601 instant) and answer as \
            they stood then, folded from the events by the same code as the live view.
            * Lists take `page` (from 0) and `size` (1–100).""";

    @Bean
    OpenAPI thiDuaOpenApi(ObjectProvider<BuildProperties> build) {
        String version = build.getIfAvailable() == null ? "0.1.0-SNAPSHOT" : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info().title("Thi Đua Ledger API").version(version).description(DESCRIPTION)
                                .contact(new Contact().name("Thi Đua Ledger maintainers"))
                                .license(new License().name("Demo data is illustrative where labelled so")))
                // Relative: the document is served by the node it describes, whatever its host name.
                .servers(List.of(new Server().url("/").description("The node serving this document")))
                // Signed in by default; public operations say security: [] (ApiDocumentConventions).
                .security(List.of(new SecurityRequirement().addList("basic"),
                                  new SecurityRequirement().addList("bearer")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Configured users (see docs/security.md for the demo users)"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("A token from POST /api/auth/token, or an access token of the configured OIDC "
                                        + "issuer (docs/security.md)")))
                .tags(List.of(
                        tag("Authentication", "Đăng nhập: a bearer token for HTTP Basic credentials"),
                        tag("Clusters", "Cụm thi đua: clusters, their member units and leadership per year"),
                        tag("Campaigns", "Phong trào thi đua: launch, registration window, covenant, scoring, closing"),
                        tag("Pledges", "Đăng ký thi đua: registrations, amendments, withdrawals and coverage"),
                        tag("Rankings", "Chấm điểm, xếp hạng: scoring and ranking of a campaign's member units"),
                        tag("Councils", "Hội đồng Thi đua – Khen thưởng: establishment, members appointed and relieved, "
                                + "the council's grassroots emulation fighter threshold; its roster on a day"),
                        tag("Nomination rounds", "Bình xét, bỏ phiếu: rounds, ballots, tallies and winners"),
                        tag("Decisions and awards", "Quyết định, khen thưởng: commendations, appointments, revocations"),
                        tag("Emulation records", "Hồ sơ thi đua: staff counts, discipline, initiatives, grades and titles "
                                + "held per person or unit and year, read by the title criteria R2–R5"),
                        tag("Proposals upward", "Hồ sơ đề nghị: a cluster's tờ trình submitted, returned, approved "
                                + "by the award decided above, or refused"),
                        tag("Year summary", "Báo cáo tổng kết: a cluster's year in one report"),
                        tag("Audit history", "Nhật ký kiểm toán: every event with actor, reason, rule version and "
                                + "correlation"),
                        tag("Views (admin)", "Rebuild views from the event stream, progress and checksums"),
                        tag("Exports", "Xuất báo cáo: rankings, pledge registers and the audit history as Excel (xlsx) "
                                + "or CSV, the year summary as a Word document (docx); the access of the JSON read"),
                        tag("Imports", "Nhập sổ Excel: a past year from a workbook, checked whole, recorded as the API's "
                                + "commands")));
    }

    @Bean
    OpenApiCustomizer apiDocumentConventions(ObjectProvider<ApiAccessMatrix> matrix) {
        return new ApiDocumentConventions(matrix.getIfAvailable(ApiAccessMatrix::standard));
    }

    @Bean
    GlobalOperationComponentsCustomizer commandResponses(SpringDocConfigProperties springDoc) {
        return new CommandResponses(springDoc.getSpecVersion());
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }
}
