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
	List<Change> changesSince(long afterSeq, int limit);

	/** The schema version this store has been migrated to. */
	int schemaVersion();

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
	}
}
