package org.kefu.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * Keeps aggregates (a staff member, a customer with its products, a ticket with its steps…) as units, generic over the
 * EMF model: no code per entity. Every write appends to the change log in the same transaction, so what is committed
 * is also what the sync engine will ship.
 */
public interface AggregateStore extends AutoCloseable {

	/** Runs {@code work} in one transaction: all of its writes commit together or not at all. */
	<R> R transaction(Function<Transaction, R> work);

	default void put(EObject aggregate) {
		transaction(tx -> {
			tx.put(aggregate);
			return null;
		});
	}

	default <T extends EObject> Optional<T> get(EClass type, String id) {
		return transaction(tx -> tx.get(type, id));
	}

	default <T extends EObject> List<T> query(Query query) {
		return transaction(tx -> tx.query(query));
	}

	default long count(Query query) {
		return transaction(tx -> tx.count(query));
	}

	default boolean delete(EClass type, String id) {
		return transaction(tx -> tx.delete(type, id));
	}

	/** Changes after {@code afterSeq}, oldest first, at most {@code limit}. */
	default List<Change> changesSince(long afterSeq, int limit) {
		return changesSince(afterSeq, limit, null);
	}

	/** Changes after {@code afterSeq} made by node {@code origin} (all nodes when null), oldest first. */
	List<Change> changesSince(long afterSeq, int limit, String origin);

	/** How many changes {@link #changesSince(long, int, String)} would return without a limit, counted, not read. */
	long countChangesSince(long afterSeq, String origin);

	/** The newest change of one aggregate before sequence number {@code beforeSeq}, or null when there is none. */
	Change changeBefore(String entity, String entityId, long beforeSeq);

	/** This store's node id: the origin of its own writes in every change log they reach. */
	String nodeId();

	/** What applying a received change did: whether the aggregate changed, and the concurrent writes found. */
	record Applied(boolean changed, List<AggregateMerge.Conflict> conflicts) {
	}

	/**
	 * A recorded conflict: two writes of one feature made without seeing each other. The newer one won on every node;
	 * the older (losing) value is kept for a person to review, beside the value both started from ({@code baseValue},
	 * null when unknown). {@code resolution} is OLDER or NEWER once somebody chose.
	 */
	record ConflictRecord(long id, String entity, String entityId, String feature, Stamp older, Stamp newer,
			String olderValue, String newerValue, java.time.Instant detected, String resolvedBy, String baseValue,
			String resolution) {
	}

	/** The schema version this store has been migrated to. */
	int schemaVersion();

	/**
	 * Whether changes received from other nodes enter this store's change log (true, the default: a server relays them
	 * to the nodes that pull from it). A branch client is a leaf and keeps only its own changes there.
	 */
	void setRelay(boolean relay);

	/** The name written into the change log as the author of the following writes (the logged-in user on a client). */
	void setActor(String actor);

	@Override
	void close();

	/** The operations available inside a transaction. */
	interface Transaction {

		/** Inserts or replaces the aggregate with the id of {@code aggregate}; returns its new revision. */
		long put(EObject aggregate);

		<T extends EObject> Optional<T> get(EClass type, String id);

		<T extends EObject> List<T> query(Query query);

		long count(Query query);

		/** Counts the aggregates matching {@code query}, grouped by the values of an indexed attribute. */
		java.util.Map<Object, Long> countBy(Query query, org.eclipse.emf.ecore.EAttribute attribute);

		boolean delete(EClass type, String id);

		/**
		 * Merges a change received from another node (see {@link AggregateMerge}); the result enters this store's change
		 * log with the sender as origin. With {@code recordConflicts}, concurrent writes are recorded once each.
		 */
		Applied applyRemote(Change change, boolean recordConflicts);

		/** Records a received change id; false when it had been received before (a re-sent batch). */
		boolean markReceived(String changeId);

		long checkpoint(String name);

		void checkpoint(String name, long position);

		List<ConflictRecord> conflicts(boolean onlyOpen);

		/**
		 * Settles an open conflict as a person chose: keeping the newer value changes nothing but the record; keeping the
		 * older one writes it anew, so the choice reaches every node. False when the conflict is unknown or settled.
		 */
		boolean resolveConflict(long id, boolean keepOlder, String staffNo);

		/** The sequence number of the newest change-log entry, 0 when the log is empty. */
		long lastSeq();

		/** A named value of this database (settings a server keeps for all its instances); null when unset. */
		String meta(String name);

		void meta(String name, String value);

		/** The named values whose names start with {@code prefix}, by name. */
		java.util.SortedMap<String, String> metaStartingWith(String prefix);
	}
}
