package vn.thidua.ledger.query.live;

import java.io.IOException;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open streams of {@code GET /api/public/stream} and what is sent on them. Bounded: past
 * {@code thidua.live.max-streams} the oldest stream is closed to admit the new one (its browser reconnects after the
 * retry delay), so a client opening streams in a loop cannot hold more than that many threads' worth of buffers,
 * and nobody gets an error for a page that merely listens. A comment line is sent every
 * {@code thidua.live.heartbeat} so proxies keep an idle stream open and a dead client is found (its write fails and
 * it is dropped). Streams end after {@code thidua.live.timeout}; the browser's {@code EventSource} reconnects.
 */
@Component
public class LiveUpdates implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);
    /** How long a browser waits before reconnecting a closed stream. */
    static final Duration RETRY = Duration.ofSeconds(5);

    private final Deque<SseEmitter> streams = new ConcurrentLinkedDeque<>();
    private final int maxStreams;
    private final Duration timeout;
    private final ScheduledExecutorService heartbeats;

    LiveUpdates(@Value("${thidua.live.max-streams:200}") int maxStreams,
                @Value("${thidua.live.timeout:PT30M}") Duration timeout,
                @Value("${thidua.live.heartbeat:PT15S}") Duration heartbeat) {
        this.maxStreams = maxStreams;
        this.timeout = timeout;
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "live-updates-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeats.scheduleWithFixedDelay(this::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** A new stream, registered until it completes, times out or fails; the oldest is closed past the bound. */
    public SseEmitter open() {
        SseEmitter stream = new SseEmitter(timeout.toMillis());
        stream.onCompletion(() -> streams.remove(stream));
        stream.onTimeout(() -> {
            streams.remove(stream);
            stream.complete();
        });
        stream.onError(error -> streams.remove(stream));
        streams.addLast(stream);
        while (streams.size() > maxStreams) {
            SseEmitter oldest = streams.pollFirst();
            if (oldest != null) {
                oldest.complete();
            }
        }
        // The retry delay and a first comment, so the client sees the stream is open before any event.
        send(stream, SseEmitter.event().reconnectTime(RETRY.toMillis()).comment("mo"));
        return stream;
    }

    /** Sends {@code update} to every open stream. */
    public void publish(LiveUpdate update) {
        LOG.debug("Live update {} to {} streams", update, streams.size());
        for (SseEmitter stream : List.copyOf(streams)) {
            send(stream, SseEmitter.event().name(update.name()).id(Long.toString(update.position()))
                    .data(update.data(), MediaType.APPLICATION_JSON));
        }
    }

    /** How many streams are open now. */
    public int openStreams() {
        return streams.size();
    }

    private void heartbeat() {
        for (SseEmitter stream : List.copyOf(streams)) {
            send(stream, SseEmitter.event().comment("ping"));
        }
    }

    private void send(SseEmitter stream, SseEmitter.SseEventBuilder event) {
        try {
            stream.send(event);
        } catch (IOException | IllegalStateException gone) {
            // The client went away (or the stream already ended): forget it. Spring has marked the send as failed and
            // the container ends the request; completing it here again would be ignored.
            streams.remove(stream);
        }
    }

    /**
     * Ends every stream as soon as the application starts closing. A stream is a request that never ends by itself,
     * and the web server's graceful shutdown runs before beans are destroyed: it waited its whole timeout (30 s) for
     * any connected browser before the node stopped. The browsers reconnect to another node after the retry delay.
     */
    @EventListener(ContextClosedEvent.class)
    public void closeStreams() {
        streams.forEach(SseEmitter::complete);
        streams.clear();
    }

    @Override
    public void destroy() {
        heartbeats.shutdownNow();
        closeStreams();
    }
}
