package org.kefu.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

import org.kefu.store.internal.AggregateCodec;
import org.kefu.store.internal.Dialect;
import org.kefu.store.internal.SqlTransaction;
import org.kefu.store.internal.Migrations;

/**
 * The aggregate store on a SQL database: embedded Derby in one folder (clients, and a server by default), or a
 * PostgreSQL database that several server instances share. Each database's default durability is kept: a commit is on
 * disk when {@link #transaction} returns, so a crash loses nothing that was acknowledged.
 */
public final class SqlStore implements AggregateStore {

	private static final int POOL_SIZE = 4;

	private final String url;
	private final Properties credentials;
	private final Dialect dialect;
	private final Driver driver;
	private final AggregateCodec codec = new AggregateCodec();
	private final HybridLogicalClock clock;
	private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(POOL_SIZE);
	private volatile String actor = "system";
	private volatile boolean relay = true;
	private final int schemaVersion;
	private final String nodeId;
	private volatile boolean closed;

	private SqlStore(String url, Properties credentials, HybridLogicalClock clock) throws SQLException {
		this.clock = clock;
		this.url = url;
		this.credentials = credentials;
		this.dialect = Dialect.of(url);
		this.driver = dialect == Dialect.DERBY ? loadDerby() : DriverManager.getDriver(url);
		Connection first = connect(dialect == Dialect.DERBY ? ";create=true" : "");
		try {
			schemaVersion = new Migrations(codec, dialect).migrate(first);
			nodeId = Migrations.nodeId(first);
		} catch (SQLException | RuntimeException e) {
			rollback(first);
			quietlyClose(first);
			throw e;
		}
		idle.add(first);
	}

	/** Opens (creating if needed) and migrates the store in {@code directory}. */
	public static SqlStore open(Path directory) {
		return open(directory, new HybridLogicalClock());
	}

	public static SqlStore open(Path directory, HybridLogicalClock clock) {
		try {
			Files.createDirectories(directory.getParent());
			configureDerby(directory.getParent());
			return new SqlStore("jdbc:derby:" + directory.toAbsolutePath(), new Properties(), clock);
		} catch (SQLException e) {
			throw new StoreException("无法打开本地数据库 " + directory + ": " + e.getMessage(), e);
		} catch (java.io.IOException e) {
			throw new StoreException("无法创建数据目录 " + directory.getParent() + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Opens and migrates the store in the database at {@code jdbcUrl} ({@code jdbc:postgresql://host/db} or
	 * {@code jdbc:derby:/path}), with {@code user} and {@code password} where the database needs them.
	 */
	public static SqlStore connect(String jdbcUrl, String user, String password) {
		Properties credentials = new Properties();
		if (user != null) {
			credentials.setProperty("user", user);
		}
		if (password != null) {
			credentials.setProperty("password", password);
		}
		try {
			return new SqlStore(jdbcUrl, credentials, new HybridLogicalClock());
		} catch (SQLException e) {
			throw new StoreException("无法连接数据库 " + jdbcUrl + ": " + e.getMessage(), e);
		}
	}

	private static void configureDerby(Path home) {
		// Derby reads these once, when the engine boots; the first store decides
		System.getProperties().putIfAbsent("derby.stream.error.file", home.resolve("derby.log").toString());
		System.getProperties().putIfAbsent("derby.storage.pageCacheSize", "4000");
		System.getProperties().putIfAbsent("derby.language.statementCacheSize", "500");
	}

	private static Driver loadDerby() throws SQLException {
		try {
			// the driver class is inside this bundle; DriverManager would look through the caller's class loader
			return (Driver) Class.forName("org.apache.derby.jdbc.EmbeddedDriver", true,
					SqlStore.class.getClassLoader()).getDeclaredConstructor().newInstance();
		} catch (ReflectiveOperationException e) {
			throw new SQLException("Derby is not on the class path", e);
		}
	}

	private Connection connect(String attributes) throws SQLException {
		Connection c = driver.connect(url + attributes, credentials);
		if (c == null) {
			throw new SQLException("no driver accepts " + url);
		}
		c.setAutoCommit(false);
		c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
		return c;
	}

	@Override
	public <R> R transaction(Function<Transaction, R> work) {
		if (closed) {
			throw new StoreException("本地数据库已关闭");
		}
		Connection connection = borrow();
		boolean healthy = true;
		try {
			R result = work.apply(new SqlTransaction(connection, codec, clock, actor, nodeId, dialect, relay));
			connection.commit();
			return result;
		} catch (SQLException e) {
			healthy = rollback(connection);
			throw new StoreException("数据库操作失败: " + e.getMessage(), e);
		} catch (RuntimeException | Error e) {
			healthy = rollback(connection);
			throw e;
		} finally {
			giveBack(connection, healthy);
		}
	}

	private static boolean rollback(Connection connection) {
		try {
			connection.rollback();
			return true;
		} catch (SQLException e) {
			return false;
		}
	}

	private Connection borrow() {
		Connection c = idle.poll();
		if (c != null) {
			return c;
		}
		try {
			return connect("");
		} catch (SQLException e) {
			throw new StoreException("无法连接本地数据库: " + e.getMessage(), e);
		}
	}

	private void giveBack(Connection connection, boolean healthy) {
		if (!healthy || closed || !idle.offer(connection)) {
			quietlyClose(connection);
		}
	}

	@Override
	public List<Change> changesSince(long afterSeq, int limit, String origin) {
		return transaction(tx -> ((SqlTransaction) tx).changesSince(afterSeq, limit, origin));
	}

	@Override
	public long countChangesSince(long afterSeq, String origin) {
		return transaction(tx -> ((SqlTransaction) tx).countChangesSince(afterSeq, origin));
	}

	@Override
	public Change changeBefore(String entity, String entityId, long beforeSeq) {
		return transaction(tx -> ((SqlTransaction) tx).changeBefore(entity, entityId, beforeSeq));
	}

	@Override
	public String nodeId() {
		return nodeId;
	}

	@Override
	public int schemaVersion() {
		return schemaVersion;
	}

	@Override
	public void setRelay(boolean relay) {
		this.relay = relay;
	}

	@Override
	public void setActor(String name) {
		actor = name;
	}

	public HybridLogicalClock clock() {
		return clock;
	}

	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		Connection c;
		while ((c = idle.poll()) != null) {
			quietlyClose(c);
		}
		if (dialect != Dialect.DERBY) {
			return;
		}
		try {
			driver.connect(url + ";shutdown=true", new Properties());
		} catch (SQLException expected) {
			// Derby reports a clean database shutdown as SQLState 08006
		}
	}

	private static void quietlyClose(Connection c) {
		try {
			c.close();
		} catch (SQLException ignored) {
			// the connection is discarded either way
		}
	}
}
