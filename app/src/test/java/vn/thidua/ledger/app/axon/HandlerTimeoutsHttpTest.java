package vn.thidua.ledger.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.AnnotatedHandlerInspector;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.springboot.TimeoutProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.app.testsupport.HttpTest;

/**
 * Event handlers run without a timer of their own (application.yml, {@code axon.timeout.handler.events}): Axon's
 * default schedules and cancels a task for every event of every view. A stuck view processor is still stopped by its
 * batch's timeout (here: the setting it is built from), and command handlers keep theirs.
 */
@HttpTest
class HandlerTimeoutsHttpTest {

    @Autowired
    HandlerTimeoutHandlerEnhancerDefinition timeouts;

    @Autowired
    TimeoutProperties properties;

    @Test
    void anEventHandlerIsCalledWithoutATimerOfItsOwn() {
        MessageHandlingMember<? super View> handler = handlerOf(View.class);

        assertThat(timeouts.wrapHandler(handler)).isSameAs(handler);
    }

    @Test
    void aCommandHandlerKeepsAxonsTimer() {
        MessageHandlingMember<? super Aggregate> handler = handlerOf(Aggregate.class);

        assertThat(timeouts.wrapHandler(handler)).isNotSameAs(handler);
    }

    @Test
    void theTimeoutOfAViewProcessorsBatchStaysAxons() {
        assertThat(properties.getTransaction().getEventProcessors().getTimeoutMs()).isEqualTo(60_000);
    }

    private static <T> MessageHandlingMember<? super T> handlerOf(Class<T> type) {
        return AnnotatedHandlerInspector.inspectType(type).getHandlers(type).findFirst().orElseThrow();
    }

    static class View {
        @EventHandler
        void on(String event) {
            // a view's fold
        }
    }

    static class Aggregate {
        @CommandHandler
        void handle(Integer command) {
            // a decision
        }
    }
}
