package vn.thidua.ledger.query.view;

import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every {@link RebuildableView} of the application, by name: Spring hands us all beans of the interface. */
@Component
public class ViewRegistry {

    private final Map<String, RebuildableView> views = new TreeMap<>();

    public ViewRegistry(List<RebuildableView> views) {
        views.forEach(view -> {
            if (this.views.put(view.name(), view) != null) {
                throw new IllegalStateException("Two views are named " + view.name());
            }
        });
    }

    public Optional<RebuildableView> find(String name) {
        return Optional.ofNullable(views.get(name));
    }

    public RebuildableView require(String name) {
        return find(name).orElseThrow(() -> new ViewNotFoundException("No view named " + name));
    }

    /** All views, by name. */
    public Collection<RebuildableView> all() {
        return List.copyOf(views.values());
    }
}
