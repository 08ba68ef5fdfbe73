package org.kefu.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;

/**
 * A query over the indexed attributes of one aggregate type. Conditions are combined with AND; results are paged.
 * Asking for an attribute that is not indexed is an error, never a silent full scan.
 */
public final class Query {

	public enum Op {
		EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">="), LIKE("LIKE"), IN("IN"), IS_NULL("IS NULL");

		public final String sql;

		Op(String sql) {
			this.sql = sql;
		}
	}

	public record Condition(EAttribute attribute, Op op, Object value) {
	}

	public record Order(EAttribute attribute, boolean ascending) {
	}

	private final EClass type;
	private final List<Condition> conditions = new ArrayList<>();
	private final List<Order> orders = new ArrayList<>();
	private int offset;
	private int limit = Integer.MAX_VALUE;

	private Query(EClass type) {
		this.type = type;
	}

	public static Query of(EClass type) {
		return new Query(type);
	}

	public Query where(EAttribute attribute, Op op, Object value) {
		conditions.add(new Condition(attribute, op, value));
		return this;
	}

	public Query eq(EAttribute attribute, Object value) {
		return where(attribute, Op.EQ, value);
	}

	public Query in(EAttribute attribute, Collection<?> values) {
		return where(attribute, Op.IN, List.copyOf(values));
	}

	/** Substring match; the wildcards of {@code text} are taken literally. */
	public Query contains(EAttribute attribute, String text) {
		return where(attribute, Op.LIKE, "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
	}

	public Query orderBy(EAttribute attribute, boolean ascending) {
		orders.add(new Order(attribute, ascending));
		return this;
	}

	public Query page(int offset, int limit) {
		this.offset = offset;
		this.limit = limit;
		return this;
	}

	public EClass type() {
		return type;
	}

	public List<Condition> conditions() {
		return List.copyOf(conditions);
	}

	public List<Order> orders() {
		return List.copyOf(orders);
	}

	public int offset() {
		return offset;
	}

	public int limit() {
		return limit;
	}
}
