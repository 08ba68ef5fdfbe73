package org.kefu.sync;

import java.util.List;
import java.util.Set;

import org.kefu.store.AggregateStore;

/**
 * This node's own changes the server refused, for instance an edit of a collaboration ticket that was routed to
 * another partner while this branch was offline. A refused change stays in the local change log (nothing is lost), is
 * listed here with the server's reason for the person to see, and no longer holds up the changes after it.
 */
public final class RefusedChanges {

	private static final String PREFIX = "sync.refused.";
	private static final int MAX_REASON = 500;

	/** A refused change: its id and why the server refused it. */
	public record Entry(String changeId, String reason) {
	}

	private RefusedChanges() {
	}

	static void setAside(AggregateStore.Transaction tx, String changeId, String reason) {
		String text = reason == null ? "" : reason;
		tx.meta(PREFIX + changeId, text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text);
	}

	static Set<String> ids(AggregateStore.Transaction tx) {
		return tx.metaStartingWith(PREFIX).keySet().stream().map(n -> n.substring(PREFIX.length()))
				.collect(java.util.stream.Collectors.toSet());
	}

	public static List<Entry> list(AggregateStore store) {
		return store.transaction(tx -> tx.metaStartingWith(PREFIX).entrySet().stream()
				.map(e -> new Entry(e.getKey().substring(PREFIX.length()), e.getValue())).toList());
	}
}
