package vn.thidua.ledger.app.role;

/**
 * What a node serves ({@code thidua.role}): {@code all} (the default, one process does everything),
 * {@code command} (command endpoints and aggregates; no views are projected here) or {@code query}
 * (views, their projectors and the read endpoints; no commands are accepted here). Every role shares the
 * same MongoDB: command nodes append, query nodes tail the stream and share view work by claiming the
 * processors' segments through the token store.
 */
public enum NodeRole {
    ALL, COMMAND, QUERY
}
