package vn.thidua.ledger.query.view;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * The JSON mapping of stored views. Properties and map keys in a fixed order, dates as ISO text: the same
 * view always becomes the same bytes, which the rebuild checksum relies on.
 */
public final class ViewJson {

    private ViewJson() {
    }

    public static JsonMapper mapper() {
        return JsonMapper.builder()
                         .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                         .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                         // Properties read and written through generated lambdas, not reflection: a view's rebuild
                         // writes every document it folds (docs/architecture.md, "JSON").
                         .addModule(new BlackbirdModule())
                         .build();
    }
}
