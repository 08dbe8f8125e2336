package vn.thidua.ledger.query.testsupport;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts the commands of one name a client sends (to one collection, or any): how many round trips a fold makes. */
public final class CommandCounter implements CommandListener {

    private final String command;
    private final String collection;
    private final AtomicInteger count = new AtomicInteger();

    public CommandCounter(String command) {
        this(command, null);
    }

    public CommandCounter(String command, String collection) {
        this.command = command;
        this.collection = collection;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (event.getCommandName().equals(command)
            && (collection == null || collection.equals(event.getCommand().getString(command).getValue()))) {
            count.incrementAndGet();
        }
    }

    public int count() {
        return count.get();
    }

    public void reset() {
        count.set(0);
    }
}
