package vn.thidua.ledger.query.live;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Cập nhật trực tiếp: the public live stream the web pages listen to (docs/web.md). */
@RestController
@Tag(name = "Live updates", description = "Cập nhật trực tiếp: Server-Sent Events naming the public view that "
        + "changed, for pages to refetch")
class LiveUpdatesController {

    private static final String EXAMPLE = """
            retry:5000
            :mo

            event:ranking-published
            id:412
            data:{"campaignId":"btp-cum-iv-2022","position":412}

            event:round-closed
            id:431
            data:{"campaignId":"btp-cum-iv-2022","roundId":"btp-cum-iv-2022-suy-ton-co-thi-dua","position":431}

            :ping
            """;

    private final LiveUpdates live;

    LiveUpdatesController(LiveUpdates live) {
        this.live = live;
    }

    @GetMapping(path = "/api/public/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live updates of public views (Server-Sent Events)",
               description = "A text/event-stream that names the public view that just changed, so a page refetches "
                       + "it: ranking-published (a campaign's ranking was published) and round-closed (a nomination "
                       + "round closed and its result is public), each with the ids and the global position of the "
                       + "event (also the SSE id and the view's new ETag). Sent once the view is written; never a "
                       + "score, vote or draft; nothing during a rebuild. A comment line every 15 s keeps the stream "
                       + "open; streams end after 30 minutes and the browser reconnects. At most a bounded number of "
                       + "streams are open at once: past it the oldest is closed.")
    @ApiResponse(responseCode = "200", description = "The stream (never ends by itself before its timeout)",
                 content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                                    schema = @Schema(type = "string", description = "Server-Sent Events"),
                                    examples = @ExampleObject(value = EXAMPLE)))
    @ApiResponse(responseCode = "406", description = "The request's Accept excludes text/event-stream",
                 content = @Content)
    SseEmitter stream() {
        return live.open();
    }
}
