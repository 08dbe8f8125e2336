package vn.thidua.ledger.app.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The OpenAPI document (/v3/api-docs, Swagger UI at /swagger-ui.html): title, description, the two ways to sign in
 * and the tags the controllers use. Endpoints describe themselves with annotations next to their code.
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
                                .license(new License().name("Demo data is illustrative where labelled so")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Configured users (see docs/security.md for the demo users)"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("A token from POST /api/auth/token, or an access token of the configured OIDC "
                                        + "issuer (docs/security.md)")))
                .tags(List.of(
                        new Tag().name("Authentication").description("Đăng nhập: bearer tokens for HTTP Basic credentials"),
                        new Tag().name("Rankings").description("Chấm điểm, xếp hạng: draft and published rankings"),
                        new Tag().name("Nomination rounds").description("Bình xét: rounds, tallies, winners"),
                        new Tag().name("Pledges").description("Đăng ký thi đua: registrations and coverage"),
                        new Tag().name("Views (admin)").description("Rebuild, progress and checksums of the views")));
    }
}
