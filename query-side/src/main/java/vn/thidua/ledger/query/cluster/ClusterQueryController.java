package vn.thidua.ledger.query.cluster;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import vn.thidua.ledger.query.view.ApiDocs;
import vn.thidua.ledger.query.view.ConditionalGet;
import vn.thidua.ledger.query.view.Versioned;
import vn.thidua.ledger.query.view.ViewNotFoundException;

/** Public reads of emulation clusters: members and leadership per year. */
@RestController
@Tag(name = "Clusters")
@RequestMapping("/api/public/clusters")
class ClusterQueryController {

    private final ClusterViews views;

    ClusterQueryController(ClusterViews views) {
        this.views = views;
    }

    @GetMapping("/{clusterId}")
    @Operation(summary = "An emulation cluster: its member units and leadership per year (cụm thi đua)",
               description = "Open to everyone.")
    @ApiResponse(responseCode = "200", description = "The cluster",
                 headers = @Header(name = "ETag", description = ApiDocs.ETAG))
    @ApiResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED, content = @Content)
    @ApiResponse(responseCode = "404", description = "No such cluster (NOT_FOUND)",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    ResponseEntity<ClusterView> cluster(
            @Parameter(description = "Cluster id", example = "btp-cum-iv") @PathVariable String clusterId, WebRequest request) {
        Versioned<ClusterView> found = views.store().find(clusterId)
                .orElseThrow(() -> new ViewNotFoundException("No emulation cluster " + clusterId));
        return ConditionalGet.respond(found, request);
    }
}
