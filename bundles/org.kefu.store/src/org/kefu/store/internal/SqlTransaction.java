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
import org.kefu.store.AggregateMerge;
import org.kefu.store.FieldClocks;
import org.kefu.store.Stamp;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.kefu.store.HybridLogicalClock;
import org.kefu.store.Query;
import org.kefu.store.StoreException;

/** The store's operations on one JDBC connection inside one transaction. */
public final class SqlTransaction implements AggregateStore.Transaction {

	private static final Map<EClass, AggregateTable> TABLES = new ConcurrentHashMap<>();

	private final Connection connection;
	private final AggregateCodec codec;
	private final HybridLogicalClock clock;
	private final String actor;
	private final String node;
	private final Dialect dialect;
	private final boolean relay;
	private boolean writing;

	public SqlTransaction(Connection connection, AggregateCodec codec, HybridLogicalClock clock, String actor, String node,
			Dialect dialect, boolean relay) {
		this.connection = connection;
		this.relay = relay;
		this.codec = codec;
		this.clock = clock;
		this.actor = actor;
		this.node = node;
		this.dialect = dialect;
	}

	/**
	 * Takes the database's writer lock (a row of KEFU_META) before the first write of a transaction, held until it ends.
	 * Writers are thereby serialised across every connection and every server instance on the database: a merge always
	 * starts from the latest committed row, and change-log sequence numbers become visible in commit order, so a pull
	 * reading "after N" can never miss a change that commits later with a smaller number.
	 */
	private void beginWriting() throws SQLException {
		if (writing) {
			return;
		}
		try (PreparedStatement p = connection.prepareStatement("UPDATE KEFU_META SET VAL = VAL WHERE NAME = 'writer'")) {
			p.executeUpdate();
		}
		writing = true;
	}

	/** The stored row of an aggregate: revision, body and field clocks. */
	private record Row(long revision, byte[] body, FieldClocks clocks) {
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
			beginWriting();
			Row previous = row(table, id);
			long hlc = clock.now();
			FieldClocks clocks = stampChanges(previous, aggregate, new Stamp(hlc, node));
			long revision = write(table, aggregate, id, previous, body, clocks);
			appendChange(table.type(), id, Change.Operation.UPSERT, revision, hlc, body, node, clocks);
			return revision;
		} catch (SQLException e) {
			throw new StoreException("无法保存 " + aggregate.eClass().getName() + " " + id + ": " + e.getMessage(), e);
		}
	}

	private Row row(AggregateTable table, String id) throws SQLException {
		try (PreparedStatement p = connection.prepareStatement("SELECT REV, BODY, CLOCKS FROM " + table.name() + " WHERE ID = ?")) {
			p.setString(1, id);
			try (ResultSet r = p.executeQuery()) {
				return r.next() ? new Row(r.getLong(1), r.getBytes(2), FieldClocks.decode(r.getString(3))) : null;
			}
		}
	}

	/** The clocks after a local write: every feature whose value differs from the stored one is stamped. */
	private FieldClocks stampChanges(Row previous, EObject aggregate, Stamp stamp) {
		FieldClocks clocks = previous == null ? new FieldClocks() : previous.clocks().copy();
		EObject before = previous == null ? null : codec.decode(previous.body());
		for (EStructuralFeature f : aggregate.eClass().getEAllStructuralFeatures()) {
			if (f.isTransient() || f.isDerived()) {
				continue;
			}
			boolean changed = before == null ? aggregate.eIsSet(f) : !sameValue(before.eGet(f), aggregate.eGet(f));
			if (changed) {
				clocks.written(f.getName(), stamp);
			}
		}
		return clocks;
	}

	private static boolean sameValue(Object a, Object b) {
		if (a instanceof EObject x && b instanceof EObject y) {
			return EcoreUtil.equals(x, y);
		}
		if (a instanceof List<?> x && b instanceof List<?> y && !x.isEmpty() && x.get(0) instanceof EObject) {
			return x.size() == y.size() && EcoreUtil.equals(castList(x), castList(y));
		}
		return java.util.Objects.equals(a, b);
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> castList(List<?> list) {
		return (List<EObject>) list;
	}

	/** Inserts or updates the row; returns the new revision. */
	private long write(AggregateTable table, EObject aggregate, String id, Row previous, byte[] body, FieldClocks clocks)
			throws SQLException {
		long revision = previous == null ? 1 : previous.revision() + 1;
		StringBuilder sql;
		if (previous == null) {
			sql = new StringBuilder("INSERT INTO ").append(table.name()).append(" (REV, UPDATED, BODY, CLOCKS");
			table.indexed().forEach(a -> sql.append(", ").append(AggregateTable.column(a)));
			sql.append(", ID) VALUES (?, ?, ?, ?").append(", ?".repeat(table.indexed().size())).append(", ?)");
		} else {
			sql = new StringBuilder("UPDATE ").append(table.name()).append(" SET REV = ?, UPDATED = ?, BODY = ?, CLOCKS = ?");
			table.indexed().forEach(a -> sql.append(", ").append(AggregateTable.column(a)).append(" = ?"));
			sql.append(" WHERE ID = ?");
		}
		try (PreparedStatement p = connection.prepareStatement(sql.toString())) {
			p.setLong(1, revision);
			p.setTimestamp(2, new Timestamp(System.currentTimeMillis()));
			p.setBytes(3, body);
			p.setString(4, clocks.encode());
			int next = bindIndexed(p, 5, table, aggregate);
			p.setString(next, id);
			p.executeUpdate();
		}
		return revision;
	}

	private static int bindIndexed(PreparedStatement p, int first, AggregateTable table, EObject aggregate)
			throws SQLException {
		int i = first;
		for (EAttribute a : table.indexed()) {
			AggregateTable.bind(p, i++, a, aggregate.eGet(a));
		}
		return i;
	}

	private void appendChange(EClass type, String id, Change.Operation op, long revision, long hlc, byte[] body, String origin,
			FieldClocks clocks) throws SQLException {
		try (PreparedStatement p = connection.prepareStatement(
				"INSERT INTO CHANGE_LOG (CHANGE_ID, ENTITY, ENTITY_ID, OP, REV, HLC, CHANGED_AT, ACTOR, BODY, ORIGIN, CLOCKS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			p.setString(1, UUID.randomUUID().toString());
			p.setString(2, type.getName());
			p.setString(3, id);
			p.setString(4, op == Change.Operation.UPSERT ? "U" : "D");
			p.setLong(5, revision);
			p.setLong(6, hlc);
			p.setTimestamp(7, new Timestamp(System.currentTimeMillis()));
			p.setString(8, actor);
			p.setBytes(9, body);
			p.setString(10, origin);
			p.setString(11, clocks == null ? null : clocks.encode());
			p.executeUpdate();
		}
	}

	@Override
	public AggregateStore.Applied applyRemote(Change change, boolean recordConflicts) {
		clock.observe(change.hlc());
		EClass type = KefuModel.aggregate(change.entity());
		AggregateTable table = table(type);
		try {
			beginWriting();
			Row local = row(table, change.entityId());
			if (change.operation() == Change.Operation.DELETE) {
				if (local == null) {
					return new AggregateStore.Applied(false, List.of());
				}
				deleteRow(table, change.entityId());
				relayed(type, change.entityId(), Change.Operation.DELETE, local.revision() + 1, clock.now(), null,
						change.origin(), null);
				return new AggregateStore.Applied(true, List.of());
			}
			EObject remote = codec.decode(change.body());
			if (local == null) {
				long revision = write(table, remote, change.entityId(), null, change.body(), change.clocks());
				relayed(type, change.entityId(), Change.Operation.UPSERT, revision, clock.now(), change.body(), change.origin(),
						change.clocks());
				return new AggregateStore.Applied(true, List.of());
			}
			AggregateMerge.Result merged = AggregateMerge.merge(codec.decode(local.body()), local.clocks(), remote, change.clocks());
			if (recordConflicts) {
				for (AggregateMerge.Conflict c : merged.conflicts()) {
					FieldClocks.Entry mine = local.clocks().get(c.feature());
					recordConflict(type, change.entityId(), c, mine == null ? null : mine.base());
				}
			}
			if (!merged.changed()) {
				return new AggregateStore.Applied(false, merged.conflicts());
			}
			byte[] body = codec.encode(merged.merged());
			long revision = write(table, merged.merged(), change.entityId(), local, body, merged.clocks());
			relayed(type, change.entityId(), Change.Operation.UPSERT, revision, clock.now(), body, change.origin(),
					merged.clocks());
			return new AggregateStore.Applied(true, merged.conflicts());
		} catch (SQLException e) {
			throw new StoreException("无法合并 " + change.entity() + " " + change.entityId() + ": " + e.getMessage(), e);
		}
	}

	/** Logs a received change for the nodes that pull from this one; a leaf (a branch client) has none. */
	private void relayed(EClass type, String id, Change.Operation op, long revision, long hlc, byte[] body, String origin,
			FieldClocks clocks) throws SQLException {
		if (relay) {
			appendChange(type, id, op, revision, hlc, body, origin, clocks);
		}
	}

	private void recordConflict(EClass type, String id, AggregateMerge.Conflict c, Stamp base) throws SQLException {
		// the same pair seen from the other side is the same conflict: stored as (older, newer), the newer one won
		Stamp older = c.localStamp().compareTo(c.remoteStamp()) < 0 ? c.localStamp() : c.remoteStamp();
		Stamp newer = older == c.localStamp() ? c.remoteStamp() : c.localStamp();
		try (PreparedStatement p = connection.prepareStatement(
				"SELECT COUNT(*) FROM SYNC_CONFLICT WHERE ENTITY = ? AND ENTITY_ID = ? AND FEATURE = ? AND LOCAL_STAMP = ? AND REMOTE_STAMP = ?")) {
			p.setString(1, type.getName());
			p.setString(2, id);
			p.setString(3, c.feature());
			p.setString(4, older.toString());
			p.setString(5, newer.toString());
			try (ResultSet r = p.executeQuery()) {
				r.next();
				if (r.getLong(1) > 0) {
					return;
				}
			}
		}
		EStructuralFeature feature = type.getEStructuralFeature(c.feature());
		Object olderValue = older == c.localStamp() ? c.localValue() : c.remoteValue();
		Object newerValue = older == c.localStamp() ? c.remoteValue() : c.localValue();
		try (PreparedStatement i = connection.prepareStatement(
				"INSERT INTO SYNC_CONFLICT (ENTITY, ENTITY_ID, FEATURE, LOCAL_STAMP, REMOTE_STAMP, LOCAL_VALUE, REMOTE_VALUE, REMOTE_WON, DETECTED, BASE_VALUE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			i.setString(1, type.getName());
			i.setString(2, id);
			i.setString(3, c.feature());
			i.setString(4, older.toString());
			i.setString(5, newer.toString());
			i.setString(6, FeatureText.format(feature, olderValue));
			i.setString(7, FeatureText.format(feature, newerValue));
			i.setBoolean(8, true);
			i.setTimestamp(9, new Timestamp(System.currentTimeMillis()));
			i.setString(10, base == null ? null : FeatureText.format(feature, valueAt(type, id, c.feature(), base)));
			i.executeUpdate();
		}
	}

	/** The value a feature had when it carried {@code stamp}, looked up in the change log; null when no longer there. */
	private Object valueAt(EClass type, String id, String feature, Stamp stamp) throws SQLException {
		try (PreparedStatement p = connection.prepareStatement(
				"SELECT BODY, CLOCKS FROM CHANGE_LOG WHERE ENTITY = ? AND ENTITY_ID = ? AND OP = 'U' ORDER BY SEQ DESC")) {
			p.setString(1, type.getName());
			p.setString(2, id);
			try (ResultSet r = p.executeQuery()) {
				while (r.next()) {
					FieldClocks clocks = FieldClocks.decode(r.getString(2));
					if (stamp.equals(clocks.stamp(feature))) {
						EObject body = codec.decode(r.getBytes(1));
						return body.eGet(type.getEStructuralFeature(feature));
					}
				}
			}
		}
		return null;
	}

	@Override
	public boolean resolveConflict(long id, boolean keepOlder, String staffNo) {
		try {
			beginWriting();
			ConflictRow c;
			try (PreparedStatement p = connection.prepareStatement(
					"SELECT ENTITY, ENTITY_ID, FEATURE, LOCAL_VALUE FROM SYNC_CONFLICT WHERE ID = ? AND RESOLVED_BY IS NULL")) {
				p.setLong(1, id);
				try (ResultSet r = p.executeQuery()) {
					if (!r.next()) {
						return false;
					}
					c = new ConflictRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4));
				}
			}
			if (keepOlder) {
				// a new write of the value that lost: it carries a fresh stamp, so every node takes it
				EClass type = KefuModel.aggregate(c.entity());
				Optional<EObject> aggregate = get(type, c.entityId());
				if (aggregate.isPresent()) {
					EStructuralFeature feature = type.getEStructuralFeature(c.feature());
					FeatureText.apply(aggregate.get(), feature, c.olderValue());
					put(aggregate.get());
				}
			}
			try (PreparedStatement u = connection.prepareStatement(
					"UPDATE SYNC_CONFLICT SET RESOLVED_BY = ?, RESOLUTION = ?, RESOLVED = ? WHERE ID = ?")) {
				u.setString(1, staffNo);
				u.setString(2, keepOlder ? "OLDER" : "NEWER");
				u.setTimestamp(3, new Timestamp(System.currentTimeMillis()));
				u.setLong(4, id);
				u.executeUpdate();
			}
			return true;
		} catch (SQLException e) {
			throw new StoreException("无法处理冲突 " + id + ": " + e.getMessage(), e);
		}
	}

	private record ConflictRow(String entity, String entityId, String feature, String olderValue) {
	}

	@Override
	public long lastSeq() {
		try (PreparedStatement p = connection.prepareStatement("SELECT COALESCE(MAX(SEQ), 0) FROM CHANGE_LOG");
				ResultSet r = p.executeQuery()) {
			r.next();
			return r.getLong(1);
		} catch (SQLException e) {
			throw new StoreException("无法读取变更记录: " + e.getMessage(), e);
		}
	}

	@Override
	public List<AggregateStore.ConflictRecord> conflicts(boolean onlyOpen) {
		List<AggregateStore.ConflictRecord> list = new ArrayList<>();
		try (PreparedStatement p = connection.prepareStatement(
				"SELECT ID, ENTITY, ENTITY_ID, FEATURE, LOCAL_STAMP, REMOTE_STAMP, LOCAL_VALUE, REMOTE_VALUE, DETECTED, RESOLVED_BY, BASE_VALUE, RESOLUTION FROM SYNC_CONFLICT"
						+ (onlyOpen ? " WHERE RESOLVED_BY IS NULL" : "") + " ORDER BY ID");
				ResultSet r = p.executeQuery()) {
			while (r.next()) {
				list.add(new AggregateStore.ConflictRecord(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
						Stamp.parse(r.getString(5)), Stamp.parse(r.getString(6)), r.getString(7), r.getString(8),
						r.getTimestamp(9).toInstant(), r.getString(10), r.getString(11), r.getString(12)));
			}
			return list;
		} catch (SQLException e) {
			throw new StoreException("无法读取冲突记录: " + e.getMessage(), e);
		}
	}

	@Override
	public boolean markReceived(String changeId) {
		// asked first: a failed insert would abort the whole transaction on PostgreSQL
		try (PreparedStatement q = connection.prepareStatement("SELECT 1 FROM SYNC_RECEIVED WHERE CHANGE_ID = ?")) {
			q.setString(1, changeId);
			try (ResultSet r = q.executeQuery()) {
				if (r.next()) {
					return false; // already received: the batch was sent again
				}
			}
			try (PreparedStatement p = connection.prepareStatement("INSERT INTO SYNC_RECEIVED VALUES (?, ?)")) {
				p.setString(1, changeId);
				p.setTimestamp(2, new Timestamp(System.currentTimeMillis()));
				p.executeUpdate();
			}
			return true;
		} catch (SQLException e) {
			throw new StoreException("无法记录已接收的变更: " + e.getMessage(), e);
		}
	}

	@Override
	public String meta(String name) {
		try (PreparedStatement p = connection.prepareStatement("SELECT VAL FROM KEFU_META WHERE NAME = ?")) {
			p.setString(1, name);
			try (ResultSet r = p.executeQuery()) {
				return r.next() ? r.getString(1) : null;
			}
		} catch (SQLException e) {
			throw new StoreException("无法读取设置 " + name + ": " + e.getMessage(), e);
		}
	}

	@Override
	public java.util.SortedMap<String, String> metaStartingWith(String prefix) {
		java.util.SortedMap<String, String> found = new java.util.TreeMap<>();
		try (PreparedStatement p = connection.prepareStatement("SELECT NAME, VAL FROM KEFU_META WHERE NAME LIKE ? ESCAPE '!'")) {
			p.setString(1, prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
			try (ResultSet r = p.executeQuery()) {
				while (r.next()) {
					found.put(r.getString(1), r.getString(2));
				}
			}
			return found;
		} catch (SQLException e) {
			throw new StoreException("无法读取设置 " + prefix + "*: " + e.getMessage(), e);
		}
	}

	@Override
	public void meta(String name, String value) {
		try (PreparedStatement u = connection.prepareStatement("UPDATE KEFU_META SET VAL = ? WHERE NAME = ?")) {
			u.setString(1, value);
			u.setString(2, name);
			if (u.executeUpdate() == 0) {
				try (PreparedStatement i = connection.prepareStatement("INSERT INTO KEFU_META VALUES (?, ?)")) {
					i.setString(1, name);
					i.setString(2, value);
					i.executeUpdate();
				}
			}
		} catch (SQLException e) {
			throw new StoreException("无法保存设置 " + name + ": " + e.getMessage(), e);
		}
	}

	@Override
	public long checkpoint(String name) {
		try (PreparedStatement p = connection.prepareStatement("SELECT POSITION FROM SYNC_CHECKPOINT WHERE NAME = ?")) {
			p.setString(1, name);
			try (ResultSet r = p.executeQuery()) {
				return r.next() ? r.getLong(1) : 0;
			}
		} catch (SQLException e) {
			throw new StoreException("无法读取同步进度: " + e.getMessage(), e);
		}
	}

	@Override
	public void checkpoint(String name, long position) {
		try (PreparedStatement u = connection.prepareStatement("UPDATE SYNC_CHECKPOINT SET POSITION = ?, UPDATED = ? WHERE NAME = ?")) {
			u.setLong(1, position);
			u.setTimestamp(2, new Timestamp(System.currentTimeMillis()));
			u.setString(3, name);
			if (u.executeUpdate() == 0) {
				try (PreparedStatement i = connection.prepareStatement("INSERT INTO SYNC_CHECKPOINT VALUES (?, ?, ?)")) {
					i.setString(1, name);
					i.setLong(2, position);
					i.setTimestamp(3, new Timestamp(System.currentTimeMillis()));
					i.executeUpdate();
				}
			}
		} catch (SQLException e) {
			throw new StoreException("无法保存同步进度: " + e.getMessage(), e);
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
			beginWriting();
			Row row = row(table, id);
			if (row == null) {
				return false;
			}
			deleteRow(table, id);
			appendChange(type, id, Change.Operation.DELETE, row.revision() + 1, clock.now(), null, node, null);
			return true;
		} catch (SQLException e) {
			throw new StoreException("无法删除 " + type.getName() + " " + id + ": " + e.getMessage(), e);
		}
	}

	private void deleteRow(AggregateTable table, String id) throws SQLException {
		try (PreparedStatement p = connection.prepareStatement("DELETE FROM " + table.name() + " WHERE ID = ?")) {
			p.setString(1, id);
			p.executeUpdate();
		}
	}

	/** Changes after {@code afterSeq}; only those written by {@code origin} when it is not null. */
	public List<Change> changesSince(long afterSeq, int limit, String origin) {
		try (PreparedStatement p = connection.prepareStatement(CHANGE_COLUMNS + " WHERE SEQ > ?"
				+ (origin == null ? "" : " AND ORIGIN = ?") + " ORDER BY SEQ FETCH NEXT ? ROWS ONLY")) {
			p.setLong(1, afterSeq);
			if (origin != null) {
				p.setString(2, origin);
			}
			p.setInt(origin == null ? 2 : 3, limit);
			return changes(p);
		} catch (SQLException e) {
			throw new StoreException("无法读取变更日志: " + e.getMessage(), e);
		}
	}

	public long countChangesSince(long afterSeq, String origin) {
		try (PreparedStatement p = connection.prepareStatement("SELECT COUNT(*) FROM CHANGE_LOG WHERE SEQ > ?"
				+ (origin == null ? "" : " AND ORIGIN = ?"))) {
			p.setLong(1, afterSeq);
			if (origin != null) {
				p.setString(2, origin);
			}
			try (ResultSet r = p.executeQuery()) {
				r.next();
				return r.getLong(1);
			}
		} catch (SQLException e) {
			throw new StoreException("无法读取变更日志: " + e.getMessage(), e);
		}
	}

	/** The newest change of one aggregate before {@code beforeSeq}, or null. */
	public Change changeBefore(String entity, String entityId, long beforeSeq) {
		try (PreparedStatement p = connection.prepareStatement(CHANGE_COLUMNS
				+ " WHERE ENTITY = ? AND ENTITY_ID = ? AND SEQ < ? ORDER BY SEQ DESC FETCH NEXT 1 ROWS ONLY")) {
			p.setString(1, entity);
			p.setString(2, entityId);
			p.setLong(3, beforeSeq);
			List<Change> found = changes(p);
			return found.isEmpty() ? null : found.get(0);
		} catch (SQLException e) {
			throw new StoreException("无法读取变更日志: " + e.getMessage(), e);
		}
	}

	private static final String CHANGE_COLUMNS = "SELECT SEQ, CHANGE_ID, ENTITY, ENTITY_ID, OP, REV, HLC, CHANGED_AT, ACTOR, BODY, ORIGIN, CLOCKS FROM CHANGE_LOG";

	private static List<Change> changes(PreparedStatement p) throws SQLException {
		List<Change> changes = new ArrayList<>();
		try (ResultSet r = p.executeQuery()) {
			while (r.next()) {
				changes.add(new Change(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
						"D".equals(r.getString(5)) ? Change.Operation.DELETE : Change.Operation.UPSERT, r.getLong(6),
						r.getLong(7), r.getTimestamp(8).toInstant(), r.getString(9), r.getBytes(10), r.getString(11),
						FieldClocks.decode(r.getString(12))));
			}
		}
		return changes;
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
