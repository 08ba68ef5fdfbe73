package org.kefu.store;

import java.time.Instant;

/**
 * One entry of the change log: a whole-aggregate snapshot after an upsert, or a tombstone after a delete.
 *
 * @param seq      local order of the change
 * @param changeId globally unique id, so that re-sending a change can be recognised
 * @param hlc      hybrid logical clock time of the change, for ordering across sites
 * @param body     the aggregate in EMF binary form, {@code null} for a delete
 * @param origin   the node whose write (or merge of a received write) this is
 * @param clocks   the aggregate's field clocks after the change, for field-level merge elsewhere
 */
public record Change(long seq, String changeId, String entity, String entityId, Operation operation, long revision,
		long hlc, Instant at, String actor, byte[] body, String origin, FieldClocks clocks) {

	public enum Operation {
		UPSERT, DELETE
	}
}
