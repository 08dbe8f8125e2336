package vn.thidua.ledger.query.replay;

import com.mongodb.client.MongoDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.StoredView;
import vn.thidua.ledger.query.view.ViewDatabase;
import vn.thidua.ledger.query.view.ViewRegistry;

import java.util.HashSet;
import java.util.Set;

/**
 * After an upgrade that changed a view's stored shape, rebuilds the view when the node has started: its processor
 * cannot go on from its token over documents of the old shape (a pledge's amendment would find no registrant). A view
 * is rebuilt when the views database holds one of its {@link StoredView#formerCollections()}; its reset drops them, so
 * the next start finds none. Refused (another node holds the view's claim: it rebuilds the view on its own start, if
 * it runs this version), the refusal is logged with what to do.
 */
@Component
public class FormerShapes {

    private static final Logger log = LoggerFactory.getLogger(FormerShapes.class);

    private final ViewRegistry registry;
    private final ViewRebuilds rebuilds;
    private final MongoDatabase database;

    public FormerShapes(ViewRegistry registry, ViewRebuilds rebuilds, @ViewDatabase MongoDatabase database) {
        this.registry = registry;
        this.rebuilds = rebuilds;
        this.database = database;
    }

    /** Once the processors and {@link ViewRebuilds} have started (Spring publishes the event after the lifecycles). */
    @EventListener(ContextRefreshedEvent.class)
    public void rebuildViewsOfAnEarlierShape() {
        Set<String> present = database.listCollectionNames().into(new HashSet<>());
        registry.all().stream().filter(StoredView.class::isInstance).map(StoredView.class::cast)
                .filter(view -> view.formerCollections().stream().anyMatch(present::contains))
                .forEach(this::rebuild);
    }

    private void rebuild(StoredView view) {
        try {
            rebuilds.rebuild(view.name());
            log.info("Rebuilding {}: its views database holds collections of an earlier shape", view.name());
        } catch (RebuildRefusedException e) {
            log.warn("{} has collections of an earlier shape and must be rebuilt, but the rebuild was refused ({}); "
                     + "rebuild it with POST /api/admin/views/{}/rebuild", view.name(), e.getMessage(), view.name());
        }
    }
}
