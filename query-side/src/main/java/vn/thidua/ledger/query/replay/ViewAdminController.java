package vn.thidua.ledger.query.replay;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.query.view.ApiDocs;
import vn.thidua.ledger.query.view.Checksums;
import vn.thidua.ledger.query.view.RebuildableView;
import vn.thidua.ledger.query.view.RebuildableView.CollectionChecksum;
import vn.thidua.ledger.query.view.ViewRegistry;

import java.net.URI;
import java.util.List;

/** Operating the views: rebuild one or all from the events, follow the progress, compare checksums. Secretariat. */
@RestController
@RequestMapping("/api/admin/views")
@Tag(name = "Views (admin)")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class ViewAdminController {

    /** A view's checksum now, with the processor's position when it was computed. */
    record ViewChecksum(String name, String checksum, long position, List<CollectionChecksum> collections) {
    }

    private static final String STATUS_EXAMPLE = """
            {"name":"rankings","collections":["rankings"],"state":"RUNNING","position":8120,"head":12000,
             "lag":3880,"progress":67.7,"replaying":true,
             "rebuild":{"startedAt":"2022-12-09T03:00:00Z","headAtStart":12000,"eventsPerSecond":2030.0,
                        "finishedAt":null}}""";

    private final ViewRebuilds rebuilds;
    private final ViewRegistry registry;

    ViewAdminController(ViewRebuilds rebuilds, ViewRegistry registry) {
        this.rebuilds = rebuilds;
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "Every view with its processor's state, position, head, lag and rebuild progress",
               description = "Secretariat only.")
    @ApiResponse(responseCode = "200", description = "One status per view, by name")
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "403", description = "Not secretariat", content = @Content(mediaType = ApiDocs.PROBLEM))
    ResponseEntity<List<ViewStatus>> views() {
        return fresh(rebuilds.statuses());
    }

    @GetMapping("/{name}")
    @Operation(summary = "One view's processor state, position, head, lag, progress and rebuild speed",
               description = "Secretariat only.")
    @ApiResponse(responseCode = "200", description = "The status",
                 content = @Content(examples = @ExampleObject(value = STATUS_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No view of this name", content = @Content(mediaType = ApiDocs.PROBLEM))
    ResponseEntity<ViewStatus> view(@Parameter(description = "View name", example = "rankings") @PathVariable String name) {
        return fresh(rebuilds.status(name));
    }

    @PostMapping("/{name}/rebuild")
    @Operation(summary = "Rebuild one view from the events",
               description = "Stops the view's processor, claims its token, clears the view, folds the event stream into "
                       + "it and hands it back to its processor. Returns at once with 202; follow "
                       + "GET /api/admin/views/{name} until replaying is false.")
    @ApiResponse(responseCode = "202", description = "Rebuild started; Location is the status to follow")
    @ApiResponse(responseCode = "404", description = "No view of this name", content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "409", description = "Another node holds the view's claim, the view is being rebuilt "
                 + "already, or its processor did not stop in time (REBUILD_REFUSED); the view keeps running",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    ResponseEntity<ViewStatus> rebuild(@Parameter(description = "View name", example = "rankings")
                                       @PathVariable String name) {
        ViewStatus status = rebuilds.rebuild(name);
        return ResponseEntity.accepted().location(URI.create("/api/admin/views/" + status.name()))
                             .cacheControl(CacheControl.noStore()).body(status);
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Rebuild every view from the events",
               description = "As the single rebuild, for every view in one pass over the stream (read and deserialized "
                       + "once, each view folded on a thread of its own).")
    @ApiResponse(responseCode = "202", description = "Rebuilds started")
    @ApiResponse(responseCode = "409", description = "A view is being rebuilt already, or as for one view "
                 + "(REBUILD_REFUSED); every view keeps running", content = @Content(mediaType = ApiDocs.PROBLEM))
    ResponseEntity<List<ViewStatus>> rebuildAll() {
        return ResponseEntity.accepted().cacheControl(CacheControl.noStore()).body(rebuilds.rebuildAll());
    }

    @GetMapping("/{name}/checksum")
    @Operation(summary = "SHA-256 over the view's documents",
               description = "Over every document's id and stored JSON, in id order, per collection and combined. "
                       + "Equal before and after a rebuild (at the same position) means the rebuild is identical.")
    @ApiResponse(responseCode = "200", description = "The checksum")
    @ApiResponse(responseCode = "404", description = "No view of this name", content = @Content(mediaType = ApiDocs.PROBLEM))
    ResponseEntity<ViewChecksum> checksum(@Parameter(description = "View name", example = "rankings")
                                          @PathVariable String name) {
        RebuildableView view = registry.require(name);
        long position = rebuilds.status(name).position();
        List<CollectionChecksum> collections = view.collectionChecksums();
        String combined = Checksums.combine(
                collections.stream().map(CollectionChecksum::checksum).toList());
        return fresh(new ViewChecksum(view.name(), combined, position, collections));
    }

    private static <T> ResponseEntity<T> fresh(T body) {
        // Operational figures change by the second: never cached.
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
