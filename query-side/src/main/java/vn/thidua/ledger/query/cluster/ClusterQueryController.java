package vn.thidua.ledger.query.cluster;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import vn.thidua.ledger.query.view.ConditionalGet;
import vn.thidua.ledger.query.view.Versioned;
import vn.thidua.ledger.query.view.ViewNotFoundException;

/** Public reads of emulation clusters: members and leadership per year. */
@RestController
@RequestMapping("/api/public/clusters")
class ClusterQueryController {

    private final ClusterViews views;

    ClusterQueryController(ClusterViews views) {
        this.views = views;
    }

    @GetMapping("/{clusterId}")
    ResponseEntity<ClusterView> cluster(@PathVariable String clusterId, WebRequest request) {
        Versioned<ClusterView> found = views.store().find(clusterId)
                .orElseThrow(() -> new ViewNotFoundException("No emulation cluster " + clusterId));
        return ConditionalGet.respond(found, request);
    }
}
