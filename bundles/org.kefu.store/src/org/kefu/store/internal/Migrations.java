package org.kefu.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.kefu.model.KefuModel;

/**
 * Brings a database up to date in two steps: the numbered migrations (recorded in KEFU_SCHEMA, each applied once, in
 * its own transaction), then the model step, which creates the table of every aggregate class and adds, fills and
 * indexes the column of every attribute that became indexed since the database was created.
 */
public final class Migrations {

	/** One numbered, irreversible step of the schema. */
	public record Migration(int version, String description, List<String> statements) {
	}

	static final List<Migration> NUMBERED = List.of(
			new Migration(1, "change log", List.of("""
					CREATE TABLE CHANGE_LOG (
					  SEQ BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
					  CHANGE_ID CHAR(36) NOT NULL UNIQUE,
					  ENTITY VARCHAR(64) NOT NULL,
					  ENTITY_ID VARCHAR(512) NOT NULL,
					  OP CHAR(1) NOT NULL,
					  REV BIGINT NOT NULL,
					  HLC BIGINT NOT NULL,
					  CHANGED_AT TIMESTAMP NOT NULL,
					  ACTOR VARCHAR(64),
					  BODY BLOB(16M))""", "CREATE INDEX CHANGE_LOG_ENTITY ON CHANGE_LOG(ENTITY, ENTITY_ID)")),
			new Migration(2, "sync checkpoints", List.of("""
					CREATE TABLE SYNC_CHECKPOINT (
					  NAME VARCHAR(64) NOT NULL PRIMARY KEY,
					  POSITION BIGINT NOT NULL,
					  UPDATED TIMESTAMP NOT NULL)""")),
			new Migration(3, "node identity, change origins and field clocks, conflicts, received changes", List.of(
					"CREATE TABLE KEFU_META (NAME VARCHAR(64) NOT NULL PRIMARY KEY, VAL VARCHAR(512))",
					"INSERT INTO KEFU_META VALUES ('node', CAST(NULL AS VARCHAR(512)))",
					"ALTER TABLE CHANGE_LOG ADD COLUMN ORIGIN VARCHAR(64)",
					"ALTER TABLE CHANGE_LOG ADD COLUMN CLOCKS CLOB(1M)",
					"CREATE INDEX CHANGE_LOG_ORIGIN ON CHANGE_LOG(ORIGIN, SEQ)",
					"""
					CREATE TABLE SYNC_CONFLICT (
					  ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
					  ENTITY VARCHAR(64) NOT NULL,
					  ENTITY_ID VARCHAR(512) NOT NULL,
					  FEATURE VARCHAR(128) NOT NULL,
					  LOCAL_STAMP VARCHAR(128) NOT NULL,
					  REMOTE_STAMP VARCHAR(128) NOT NULL,
					  LOCAL_VALUE CLOB(1M),
					  REMOTE_VALUE CLOB(1M),
					  REMOTE_WON BOOLEAN NOT NULL,
					  DETECTED TIMESTAMP NOT NULL,
					  RESOLVED_BY VARCHAR(64),
					  UNIQUE (ENTITY, ENTITY_ID, FEATURE, LOCAL_STAMP, REMOTE_STAMP))""",
					"CREATE TABLE SYNC_RECEIVED (CHANGE_ID CHAR(36) NOT NULL PRIMARY KEY, RECEIVED TIMESTAMP NOT NULL)")),
			new Migration(4, "conflict review: the value both sides started from, and how a person resolved it", List.of(
					"ALTER TABLE SYNC_CONFLICT ADD COLUMN BASE_VALUE CLOB(1M)",
					"ALTER TABLE SYNC_CONFLICT ADD COLUMN RESOLUTION VARCHAR(16)",
					"ALTER TABLE SYNC_CONFLICT ADD COLUMN RESOLVED TIMESTAMP",
					"INSERT INTO KEFU_META VALUES ('writer', CAST(NULL AS VARCHAR(512)))")));

	private final AggregateCodec codec;
	private final Dialect dialect;

	public Migrations(AggregateCodec codec, Dialect dialect) {
		this.codec = codec;
		this.dialect = dialect;
	}

	/** Applies what is missing; returns the schema version reached. */
	public int migrate(Connection connection) throws SQLException {
		connection.setAutoCommit(false);
		if (!tables(connection).contains("KEFU_SCHEMA")) {
			execute(connection, "CREATE TABLE KEFU_SCHEMA (VERSION INT NOT NULL PRIMARY KEY, DESCRIPTION VARCHAR(200), APPLIED TIMESTAMP)");
			connection.commit();
		}
		int version = currentVersion(connection);
		for (Migration m : NUMBERED) {
			if (m.version() > version) {
				for (String sql : m.statements()) {
					execute(connection, sql);
				}
				try (PreparedStatement p = connection.prepareStatement("INSERT INTO KEFU_SCHEMA VALUES (?, ?, ?)")) {
					p.setInt(1, m.version());
					p.setString(2, m.description());
					p.setTimestamp(3, new Timestamp(System.currentTimeMillis()));
					p.executeUpdate();
				}
				connection.commit();
				version = m.version();
			}
		}
		migrateModel(connection);
		return version;
	}

	/** The node id of this database, made once, when first asked for. */
	public static String nodeId(Connection connection) throws SQLException {
		String id = null;
		try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT VAL FROM KEFU_META WHERE NAME = 'node'")) {
			if (r.next()) {
				id = r.getString(1);
			}
		}
		if (id == null) {
			id = java.util.UUID.randomUUID().toString();
			try (PreparedStatement p = connection.prepareStatement("UPDATE KEFU_META SET VAL = ? WHERE NAME = 'node'")) {
				p.setString(1, id);
				p.executeUpdate();
			}
		}
		// changes written before sync existed were this node's own
		try (PreparedStatement p = connection.prepareStatement("UPDATE CHANGE_LOG SET ORIGIN = ? WHERE ORIGIN IS NULL")) {
			p.setString(1, id);
			p.executeUpdate();
		}
		connection.commit();
		return id;
	}

	public static int currentVersion(Connection connection) throws SQLException {
		try (Statement s = connection.createStatement();
				ResultSet r = s.executeQuery("SELECT COALESCE(MAX(VERSION), 0) FROM KEFU_SCHEMA")) {
			r.next();
			return r.getInt(1);
		}
	}

	private void migrateModel(Connection connection) throws SQLException {
		Set<String> tables = tables(connection);
		for (var type : KefuModel.aggregates()) {
			AggregateTable table = new AggregateTable(type);
			if (!tables.contains(table.name())) {
				createTable(connection, table);
			} else {
				addMissingColumns(connection, table);
			}
			connection.commit();
		}
	}

	private void createTable(Connection connection, AggregateTable table) throws SQLException {
		StringBuilder sql = new StringBuilder("CREATE TABLE ").append(table.name())
				.append(" (ID VARCHAR(512) NOT NULL PRIMARY KEY, REV BIGINT NOT NULL, UPDATED TIMESTAMP NOT NULL, BODY BLOB(16M) NOT NULL, CLOCKS CLOB(1M)");
		for (EAttribute a : table.indexed()) {
			sql.append(", ").append(AggregateTable.column(a)).append(' ').append(AggregateTable.sqlType(a));
		}
		execute(connection, sql.append(')').toString());
		for (EAttribute a : table.indexed()) {
			createIndex(connection, table, a);
		}
	}

	private void addMissingColumns(Connection connection, AggregateTable table) throws SQLException {
		Set<String> columns = columns(connection, table.name());
		if (!columns.contains("CLOCKS")) {
			// field clocks arrived with sync; older rows start without history
			execute(connection, "ALTER TABLE " + table.name() + " ADD COLUMN CLOCKS CLOB(1M)");
		}
		List<EAttribute> added = new ArrayList<>();
		for (EAttribute a : table.indexed()) {
			if (!columns.contains(AggregateTable.column(a))) {
				execute(connection, "ALTER TABLE " + table.name() + " ADD COLUMN " + AggregateTable.column(a) + " "
						+ AggregateTable.sqlType(a));
				added.add(a);
			}
		}
		if (added.isEmpty()) {
			return;
		}
		backfill(connection, table, added);
		for (EAttribute a : added) {
			createIndex(connection, table, a);
		}
	}

	/** Fills newly indexed columns from the stored bodies, so existing rows are found by the new column at once. */
	private void backfill(Connection connection, AggregateTable table, List<EAttribute> added) throws SQLException {
		StringBuilder update = new StringBuilder("UPDATE ").append(table.name()).append(" SET ");
		for (int i = 0; i < added.size(); i++) {
			update.append(i == 0 ? "" : ", ").append(AggregateTable.column(added.get(i))).append(" = ?");
		}
		update.append(" WHERE ID = ?");
		try (Statement s = connection.createStatement();
				ResultSet rows = s.executeQuery("SELECT ID, BODY FROM " + table.name());
				PreparedStatement u = connection.prepareStatement(update.toString())) {
			while (rows.next()) {
				EObject aggregate = codec.decode(rows.getBytes(2));
				for (int i = 0; i < added.size(); i++) {
					AggregateTable.bind(u, i + 1, added.get(i), aggregate.eGet(added.get(i)));
				}
				u.setString(added.size() + 1, rows.getString(1));
				u.executeUpdate();
			}
		}
	}

	private void createIndex(Connection connection, AggregateTable table, EAttribute a) throws SQLException {
		String index = (table.name() + "_" + AggregateTable.column(a));
		execute(connection, "CREATE INDEX " + index + " ON " + table.name() + "(" + AggregateTable.column(a) + ")");
	}

	static Set<String> tables(Connection connection) throws SQLException {
		Set<String> names = new HashSet<>();
		try (ResultSet r = connection.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
			while (r.next()) {
				names.add(r.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
			}
		}
		return names;
	}

	private Set<String> columns(Connection connection, String table) throws SQLException {
		Set<String> names = new HashSet<>();
		DatabaseMetaData meta = connection.getMetaData();
		try (ResultSet r = meta.getColumns(null, null, dialect.identifier(table), "%")) {
			while (r.next()) {
				names.add(r.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
			}
		}
		return names;
	}

	private void execute(Connection connection, String sql) throws SQLException {
		try (Statement s = connection.createStatement()) {
			s.execute(dialect.ddl(sql));
		}
	}
}
