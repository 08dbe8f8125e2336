package vn.thidua.ledger.app.testsupport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.axonframework.commandhandling.GenericCommandMessage;
import vn.thidua.ledger.app.security.Actor;
import vn.thidua.ledger.app.security.CurrentActor;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.events.nomination.SecretBallotCast;

/**
 * Test-only endpoints exercising the web infrastructure. A plain component in a scanned package,
 * so every {@code @SpringBootTest} context has it and HTTP test classes share one context.
 */
@RestController
public class ProbeController {

    public static final AtomicInteger CREATED = new AtomicInteger();

    private final CurrentActor currentActor;
    private final CommandGateway commandGateway;

    public ProbeController(CurrentActor currentActor, CommandGateway commandGateway) {
        this.currentActor = currentActor;
        this.commandGateway = commandGateway;
    }

    @PostMapping("/api/probe/commands")
    Map<String, Object> command() {
        return Map.of("result", commandGateway.sendAndWait(new ProbeCommandHandler.ProbeCommand("plain")));
    }

    @PostMapping("/api/probe/ballots")
    Map<String, Object> ballot() {
        return Map.of("result", commandGateway.sendAndWait(
                // As the secret-ballot endpoint sends it: the principal alone, and that one anonymous.
                new GenericCommandMessage<>(new ProbeCommandHandler.ProbeCommand("ballot"),
                                            Map.of(MetaDataKeys.PRINCIPAL, SecretBallotCast.ANONYMOUS_PRINCIPAL))));
    }

    public record Thing(@NotBlank @Size(max = 50) String name, int count) {
    }

    @GetMapping("/api/public/probe")
    Map<String, String> publicProbe() {
        return Map.of("visibility", "public");
    }

    @GetMapping("/api/probe/me")
    Map<String, Object> me() {
        Actor actor = currentActor.require();
        return Map.of("id", actor.id(), "roles", actor.roles().stream().sorted().toList(),
                "unitId", actor.unitId().orElse(""));
    }

    @GetMapping("/api/audit/probe")
    Map<String, String> audit() {
        return Map.of("audit", "ok");
    }

    @PostMapping("/api/probe/things")
    ResponseEntity<Map<String, Object>> create(@Valid @RequestBody Thing thing) {
        int n = CREATED.incrementAndGet();
        return ResponseEntity.status(201).header("Location", "/api/probe/things/" + n)
                .body(Map.of("id", n, "name", thing.name()));
    }

    @PostMapping("/api/probe/reject/{code}")
    void reject(@PathVariable ErrorCode code) {
        throw new DomainRejection(code, "Rejected by rule R0 (test source) for " + code.name());
    }

    @PostMapping("/api/probe/fail/{what}")
    void fail(@PathVariable String what) {
        switch (what) {
            case "aggregate-not-found" -> throw new AggregateNotFoundException("agg-1", "secret internal text");
            case "concurrency" -> throw new ConcurrencyException("secret internal text");
            case "wrapped-rejection" -> throw new java.util.concurrent.CompletionException(
                    new DomainRejection(ErrorCode.ALREADY_EXISTS, "exists"));
            default -> throw new IllegalStateException("secret internal text " + List.of(what));
        }
    }
}
