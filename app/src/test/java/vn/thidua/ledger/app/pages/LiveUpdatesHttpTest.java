package vn.thidua.ledger.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import vn.thidua.ledger.app.ThiDuaLedgerApplication;
import vn.thidua.ledger.app.testsupport.CommandApi;

/**
 * The public live stream over a real connection: anyone connects without signing in, and when a round closes
 * through the command API the stream names it with its campaign and position, and nothing else (no tally, no
 * voter). Same context as BallotPageBrowserTest (a real port is needed for a streaming response).
 */
@SpringBootTest(classes = ThiDuaLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LiveUpdatesHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    CommandApi api;

    @Test
    void anAnonymousListenerIsToldWhichRoundClosedAndNothingElse() throws Exception {
        BlockingQueue<String> lines = listen();

        String campaignId = api.campaignOpenForPledges();
        String roundId = api.closedFlagRound(campaignId);

        List<String> event = nextEvent(lines, "event:round-closed");
        assertThat(event).hasSize(3);
        assertThat(event.get(1)).matches("id:\\d+");
        assertThat(event.get(2)).isEqualTo("data:{\"campaignId\":\"%s\",\"roundId\":\"%s\",\"position\":%s}"
                .formatted(campaignId, roundId, event.get(1).substring(3)));
    }

    @Test
    void anAnonymousListenerIsToldWhichCampaignsRankingWasPublishedWithoutItsScores() throws Exception {
        BlockingQueue<String> lines = listen();

        String campaignId = api.campaignReadyToPublish();
        api.created(CommandApi.SECRETARIAT, "/api/campaigns/" + campaignId + "/ranking", "");

        List<String> event = nextEvent(lines, "event:ranking-published");
        assertThat(event).hasSize(3);
        assertThat(event.get(2)).isEqualTo("data:{\"campaignId\":\"%s\",\"position\":%s}"
                .formatted(campaignId, event.get(1).substring(3)));
    }

    @Test
    void aClientThatAcceptsOnlyJsonIsToldTheStreamIsNotForIt() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/public/stream"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(406);
    }

    /** Connects to the stream anonymously; its lines as they come, after the opening retry line. */
    private BlockingQueue<String> listen() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/stream"))
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        // The reader ends with the context (daemon): a stream has no end of its own.
        Thread reader = new Thread(() -> response.body().forEach(lines::add), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        assertThat(lines.poll(10, TimeUnit.SECONDS)).as("the opening retry line").isEqualTo("retry:5000");
        return lines;
    }

    /** The lines of the next event named so (its event, id and data lines), skipping comments and other events. */
    private static List<String> nextEvent(BlockingQueue<String> lines, String eventLine) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<String> event = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            if (line.equals(eventLine)) {
                event.add(line);
            } else if (!event.isEmpty()) {
                if (line.isEmpty()) {
                    return event;
                }
                event.add(line);
            }
        }
        throw new AssertionError("No " + eventLine + " within 30 s; so far " + event);
    }
}
