package org.kefu.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.kefu.model.KefuModel;
import org.kefu.store.AggregateStore;
import org.kefu.store.Change;
import org.kefu.store.HybridLogicalClock;
import org.kefu.store.Query;
import org.kefu.store.StoreException;

/** The store's operations on one JDBC connection inside one transaction. */
public final class DerbyTransaction implements AggregateStore.Transaction {

	private static final Map<EClass, AggregateTable> TABLES = new ConcurrentHashMap<>();

	private final Connection connection;
	private final AggregateCodec codec;
	private final HybridLogicalClock clock;
	private final String actor;

	public DerbyTransaction(Connection connection, AggregateCodec codec, HybridLogicalClock clock, String actor) {
		this.connection = connection;
		this.codec = codec;
		this.clock = clock;
		this.actor = actor;
	}

	static AggregateTable table(EClass type) {
		return TABLES.computeIfAbsent(type, AggregateTable::new);
	}

	@Override
	public long put(EObject aggregate) {
		AggregateTable table = table(aggregate.eClass());
		String id = KefuModel.id(aggregate);
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException(aggregate.eClass().getName() + " without an id cannot be stored");
		}
		byte[] body = codec.encode(aggregate);
		try {
			long revision = currentRevision(table, id) + 1;
			if (revision == 1) {
				insert(table, aggregate, id, body);
			} else {
				update(table, aggregate, id, revision, body);
			}
			appendChange(table.type(), id, Change.Operation.UPSERT, revision, body);
			return revision;
		} catch (SQLException e) {
			throw new StoreException("无法保存 " + aggregate.eClass().getName() + " " + id + ": " + e.getMessage(), e);
		}
	}

	private long currentRevision(AggregateTable table, String id) throws SQLException {
		try (PreparedStatement p = connection.prepareStatement("SELECT REV FROM " + table.name() + " WHERE ID = ?")) {
			p.setString(1, id);
			try (ResultSet r = p.executeQuery()) {
				return r.next() ? r.getLong(1) : 0;
			}
		}
	}

	private void insert(AggregateTable table, EObject aggregate, String id, byte[] body) throws SQLException {
		StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.name()).append(" (ID, REV, UPDATED, BODY");
		table.indexed().forEach(a -> sql.append(", ").append(AggregateTable.column(a)));
		sql.append(") VALUES (?, 1, ?, ?").append(", ?".repeat(table.indexed().size())).append(')');
		try (PreparedStatement p = connection.prepareStatement(sql.toString())) {
			p.setString(1, id);
			p.setTimestamp(2, new Timestamp(System.currentTimeMillis()));
			p.setBytes(3, body);
			bindIndexed(p, 4, table, aggregate);
			p.executeUpdate();
		}
	}

	private void update(AggregateTable table, EObject aggregate, String id, long revision, byte[] body)
			throws SQLException {
		StringBuilder sql = new StringBuilder("UPDATE ").append(table.name()).append(" SET REV = ?, UPDATED = ?, BODY = ?");
		table.indexed().forEach(a -> sql.append(", ").append(AggregateTable.column(a)).append(" = ?"));
		sql.append(" WHERE ID = ?");
		try (PreparedStatement p = connection.prepareStatement(sql.toString())) {
			p.setLong(1, revision);
			p.setTimestamp(2, new Timestamp(System.currentTimeMillis()));
			p.setBytes(3, body);
			int next = bindIndexed(p, 4, table, aggregate);
			p.setString(next, id);
			p.executeUpdate();
		}
	}

	private static int bindIndexed(PreparedStatement p, int first, AggregateTable table, EObject aggregate)
			throws SQLException {
		int i = first;
		for (EAttribute a : table.indexed()) {
			AggregateTable.bind(p, i++, a, aggregate.eGet(a));
		}
		return i;
	}

	private void appendChange(EClass type, String id, Change.Operation op, long revision, byte[] body)
			throws SQLException {
		try (PreparedStatement p = connection.prepareStatement(
				"INSERT INTO CHANGE_LOG (CHANGE_ID, ENTITY, ENTITY_ID, OP, REV, HLC, CHANGED_AT, ACTOR, BODY) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			p.setString(1, UUID.randomUUID().toString());
			p.setString(2, type.getName());
			p.setString(3, id);
			p.setString(4, op == Change.Operation.UPSERT ? "U" : "D");
			p.setLong(5, revision);
			p.setLong(6, clock.now());
			p.setTimestamp(7, new Timestamp(System.currentTimeMillis()));
			p.setString(8, actor);
			p.setBytes(9, body);
			p.executeUpdate();
		}
	}

	@Override
	public <T extends EObject> Optional<T> get(EClass type, String id) {
		AggregateTable table = table(type);
		try (PreparedStatement p = connection.prepareStatement("SELECT BODY FROM " + table.name() + " WHERE ID = ?")) {
			p.setString(1, id);
			try (ResultSet r = p.executeQuery()) {
				return r.next() ? Optional.of(codec.decode(r.getBytes(1))) : Optional.empty();
			}
		} catch (SQLException e) {
			throw new StoreException("无法读取 " + type.getName() + " " + id + ": " + e.getMessage(), e);
		}
	}

	@Override
	public <T extends EObject> List<T> query(Query query) {
		AggregateTable table = table(query.type());
		List<Object[]> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder("SELECT BODY FROM ").append(table.name());
		where(sql, params, table, query);
		if (!query.orders().isEmpty()) {
			sql.append(" ORDER BY ");
			for (int i = 0; i < query.orders().size(); i++) {
				Query.Order o = query.orders().get(i);
				sql.append(i == 0 ? "" : ", ").append(checked(table, o.attribute())).append(o.ascending() ? " ASC" : " DESC");
			}
		}
		if (query.offset() > 0) {
			sql.append(" OFFSET ").append(query.offset()).append(" ROWS");
		}
		if (query.limit() != Integer.MAX_VALUE) {
			sql.append(" FETCH NEXT ").append(query.limit()).append(" ROWS ONLY");
		}
		List<T> result = new ArrayList<>();
		try (PreparedStatement p = prepare(sql.toString(), params); ResultSet r = p.executeQuery()) {
			while (r.next()) {
				result.add(codec.decode(r.getBytes(1)));
			}
			return result;
		} catch (SQLException e) {
			throw new StoreException("查询 " + query.type().getName() + " 失败: " + e.getMessage(), e);
		}
	}

	@Override
	public long count(Query query) {
		AggregateTable table = table(query.type());
		List<Object[]> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM ").append(table.name());
		where(sql, params, table, query);
		try (PreparedStatement p = prepare(sql.toString(), params); ResultSet r = p.executeQuery()) {
			r.next();
			return r.getLong(1);
		} catch (SQLException e) {
			throw new StoreException("统计 " + query.type().getName() + " 失败: " + e.getMessage(), e);
		}
	}

	@Override
	public Map<Object, Long> countBy(Query query, EAttribute attribute) {
		AggregateTable table = table(query.type());
		String column = checked(table, attribute);
		List<Object[]> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder("SELECT ").append(column).append(", COUNT(*) FROM ").append(table.name());
		where(sql, params, table, query);
		sql.append(" GROUP BY ").append(column).append(" ORDER BY 2 DESC");
		Map<Object, Long> counts = new LinkedHashMap<>();
		try (PreparedStatement p = prepare(sql.toString(), params); ResultSet r = p.executeQuery()) {
			while (r.next()) {
				counts.put(AggregateTable.read(r, 1, attribute), r.getLong(2));
			}
			return counts;
		} catch (SQLException e) {
			throw new StoreException("统计 " + query.type().getName() + " 失败: " + e.getMessage(), e);
		}
	}

	@Override
	public boolean delete(EClass type, String id) {
		AggregateTable table = table(type);
		try {
			long revision = currentRevision(table, id);
			if (revision == 0) {
				return false;
			}
			try (PreparedStatement p = connection.prepareStatement("DELETE FROM " + table.name() + " WHERE ID = ?")) {
				p.setString(1, id);
				p.executeUpdate();
			}
			appendChange(type, id, Change.Operation.DELETE, revision + 1, null);
			return true;
		} catch (SQLException e) {
			throw new StoreException("无法删除 " + type.getName() + " " + id + ": " + e.getMessage(), e);
		}
	}

	public List<Change> changesSince(long afterSeq, int limit) {
		List<Change> changes = new ArrayList<>();
		try (PreparedStatement p = connection.prepareStatement(
				"SELECT SEQ, CHANGE_ID, ENTITY, ENTITY_ID, OP, REV, HLC, CHANGED_AT, ACTOR, BODY FROM CHANGE_LOG WHERE SEQ > ? ORDER BY SEQ FETCH NEXT ? ROWS ONLY")) {
			p.setLong(1, afterSeq);
			p.setInt(2, limit);
			try (ResultSet r = p.executeQuery()) {
				while (r.next()) {
					changes.add(new Change(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
							"D".equals(r.getString(5)) ? Change.Operation.DELETE : Change.Operation.UPSERT, r.getLong(6),
							r.getLong(7), r.getTimestamp(8).toInstant(), r.getString(9), r.getBytes(10)));
				}
			}
			return changes;
		} catch (SQLException e) {
			throw new StoreException("无法读取变更日志: " + e.getMessage(), e);
		}
	}

	private static void where(StringBuilder sql, List<Object[]> params, AggregateTable table, Query query) {
		List<Query.Condition> conditions = query.conditions();
		for (int i = 0; i < conditions.size(); i++) {
			Query.Condition c = conditions.get(i);
			String column = checked(table, c.attribute());
			sql.append(i == 0 ? " WHERE " : " AND ").append(column).append(' ').append(c.op().sql);
			switch (c.op()) {
			case IS_NULL -> {
			}
			case IN -> {
				Collection<?> values = (Collection<?>) c.value();
				if (values.isEmpty()) {
					sql.append(" (NULL)");
				} else {
					sql.append(" (").append(String.join(", ", java.util.Collections.nCopies(values.size(), "?"))).append(')');
					values.forEach(v -> params.add(new Object[] { c.attribute(), v }));
				}
			}
			case LIKE -> {
				sql.append(" ? ESCAPE '!'");
				params.add(new Object[] { c.attribute(), c.value() });
			}
			default -> {
				sql.append(" ?");
				params.add(new Object[] { c.attribute(), c.value() });
			}
			}
		}
	}

	private static String checked(AggregateTable table, EAttribute attribute) {
		if (!table.isIndexed(attribute)) {
			throw new IllegalArgumentException(attribute.getName() + " of " + table.type().getName() + " is not indexed");
		}
		return AggregateTable.column(attribute);
	}

	private PreparedStatement prepare(String sql, List<Object[]> params) throws SQLException {
		PreparedStatement p = connection.prepareStatement(sql);
		for (int i = 0; i < params.size(); i++) {
			AggregateTable.bind(p, i + 1, (EAttribute) params.get(i)[0], params.get(i)[1]);
		}
		return p;
	}
}
