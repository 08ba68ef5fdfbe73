import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.kefu.demo.DemoData;
import org.kefu.model.service.Priority;
import org.kefu.model.service.ServiceFactory;
import org.kefu.model.service.ServicePackage;
import org.kefu.model.service.Ticket;
import org.kefu.model.service.TicketStatus;
import org.kefu.server.KefuServer;
import org.kefu.store.Query;
import org.kefu.store.SqlStore;
import org.kefu.sync.SyncClient;

/**
 * Sync benchmarks against a real server on a demo database, each beside a plain JDBC copy of the same rows:
 * initial sync of a fresh branch (rows/s), an incremental round of 100 changes (ms), N concurrent branches (throughput, p99).
 * usage: java -cp kefu-server-all.jar bench/SyncBench.java SERVER_DATA_DIR [clients...]
 */
public class SyncBench {

	static final char[] PASSWORD = DemoData.PASSWORD.toCharArray();
	static Path serverDb;

	/** A plain JDBC connection to the server's database (the same embedded engine, in this JVM). */
	static Connection serverJdbc() throws java.sql.SQLException {
		return DriverManager.getConnection("jdbc:derby:" + serverDb.toAbsolutePath());
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[0]);
		serverDb = data.resolve("db");
		Path work = Files.createTempDirectory("kefu-syncbench");
		try (KefuServer server = new KefuServer(KefuServer.Config.loopback(data, 0, null))) {
			String url = "http://127.0.0.1:" + server.port();
			initialSync(server, url, work);
			incremental(server, url, work);
			for (int i = 1; i < args.length; i++) {
				concurrent(server, url, work, Integer.parseInt(args[i]));
			}
		}
	}

	/** A fresh branch takes in everything an agent may see; the yardstick copies the same tables row by row with JDBC. */
	static void initialSync(KefuServer server, String url, Path work) throws Exception {
		SqlStore client = SqlStore.open(work.resolve("fresh").resolve("db"));
		SyncClient sync = new SyncClient(client, url);
		sync.login("A0001", PASSWORD);
		long t0 = System.nanoTime();
		SyncClient.Report r = sync.syncOnce();
		double s = (System.nanoTime() - t0) / 1e9;
		long customers = client.count(Query.of(ServicePackage.Literals.CUSTOMER));
		long records = client.count(Query.of(ServicePackage.Literals.CONTACT_RECORD));
		client.close();
		System.out.printf("initial sync (agent A0001): %d changes received, %d customers, %d contact records in %.1f s = %.0f rows/s%n",
				r.pulled(), customers, records, s, r.pulled() / s);

		SqlStore target = SqlStore.open(work.resolve("jdbc-copy").resolve("db"));
		target.close();
		long rows = 0;
		t0 = System.nanoTime();
		try (Connection from = serverJdbc(); Connection to = DriverManager.getConnection("jdbc:derby:" + work.resolve("jdbc-copy").resolve("db").toAbsolutePath())) {
			to.setAutoCommit(false);
			for (String table : List.of("A_STAFF", "A_ENTERPRISE", "A_ORG_UNIT", "A_ROLE", "A_FUNCTION_MODULE", "A_PARAMETER", "A_PRODUCT",
					"A_CUSTOMER", "A_CONTACT_RECORD")) {
				try (Statement q = from.createStatement(); ResultSet rs = q.executeQuery("SELECT ID, REV, UPDATED, BODY, CLOCKS FROM " + table);
						PreparedStatement ins = to.prepareStatement("INSERT INTO " + table + " (ID, REV, UPDATED, BODY, CLOCKS) VALUES (?, ?, ?, ?, ?)")) {
					int batch = 0;
					while (rs.next()) {
						ins.setString(1, rs.getString(1));
						ins.setLong(2, rs.getLong(2));
						ins.setTimestamp(3, rs.getTimestamp(3));
						ins.setBytes(4, rs.getBytes(4));
						ins.setString(5, rs.getString(5));
						ins.addBatch();
						rows++;
						if (++batch == 1000) {
							ins.executeBatch();
							to.commit();
							batch = 0;
						}
					}
					ins.executeBatch();
					to.commit();
				}
			}
		}
		s = (System.nanoTime() - t0) / 1e9;
		System.out.printf("  yardstick, plain JDBC copy of the same tables (batches of 1000): %d rows in %.1f s = %.0f rows/s%n", rows, s, rows / s);
	}

	/** 100 local edits, then one sync round (push 100, pull what is new). */
	static void incremental(KefuServer server, String url, Path work) {
		Branch b = new Branch(work.resolve("incremental"), url, "A0002", server);
		b.seed(100);
		List<Long> ms = new ArrayList<>();
		for (int round = 0; round < 12; round++) {
			b.edit(round);
			long t0 = System.nanoTime();
			SyncClient.Report r = b.sync.syncOnce();
			ms.add((System.nanoTime() - t0) / 1_000_000);
			if (r.pushed() != 100) {
				throw new IllegalStateException("expected 100 pushed: " + r);
			}
		}
		b.store.close();
		System.out.printf("incremental sync of 100 changes: round trip %s%n", stats(ms.subList(2, ms.size())));
	}

	/** N branches, each editing 100 tickets and syncing, 10 rounds, all at once. */
	static void concurrent(KefuServer server, String url, Path work, int n) throws Exception {
		List<Branch> branches = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Branch b = new Branch(work.resolve("c" + n + "-" + i), url, String.format("A%04d", 10 + i), server);
			b.seed(100);
			branches.add(b);
		}
		ExecutorService pool = Executors.newFixedThreadPool(n);
		List<Long> ms = Collections.synchronizedList(new ArrayList<>());
		long t0 = System.nanoTime();
		List<Future<?>> done = new ArrayList<>();
		for (Branch b : branches) {
			done.add(pool.submit(() -> {
				for (int round = 0; round < 10; round++) {
					b.edit(round);
					long r0 = System.nanoTime();
					b.sync.syncOnce();
					ms.add((System.nanoTime() - r0) / 1_000_000);
				}
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		double s = (System.nanoTime() - t0) / 1e9;
		System.out.printf("%d concurrent branches x 10 rounds of 100 changes: %.0f changes/s pushed, round %s%n", n, n * 1000 / s,
				stats(ms));
		// yardstick: the same number of single-row updates of ticket bodies, straight into the server database
		List<Long> jdbc = Collections.synchronizedList(new ArrayList<>());
		t0 = System.nanoTime();
		done.clear();
		for (int i = 0; i < n; i++) {
			String prefix = branches.get(i).prefix;
			done.add(pool.submit(() -> {
				try (Connection c = serverJdbc(); PreparedStatement u = c.prepareStatement("UPDATE A_TICKET SET REV = REV + 1, BODY = BODY WHERE ID = ?")) {
					c.setAutoCommit(false);
					for (int round = 0; round < 10; round++) {
						long r0 = System.nanoTime();
						for (int k = 0; k < 100; k++) {
							u.setString(1, prefix + k);
							u.executeUpdate();
						}
						c.commit();
						jdbc.add((System.nanoTime() - r0) / 1_000_000);
					}
				}
				return null;
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		s = (System.nanoTime() - t0) / 1e9;
		System.out.printf("  yardstick, %d JDBC writers x 10 transactions of 100 updates: %.0f rows/s, transaction %s%n", n, n * 1000 / s,
				stats(jdbc));
		pool.shutdown();
		branches.forEach(b -> b.store.close());
	}

	static String stats(List<Long> values) {
		List<Long> v = new ArrayList<>(values);
		Collections.sort(v);
		return String.format("p50 %d ms, p99 %d ms, max %d ms (%d rounds)", v.get(v.size() / 2),
				v.get(Math.min(v.size() - 1, (int) Math.ceil(v.size() * 0.99) - 1)), v.get(v.size() - 1), v.size());
	}

	/** A branch client with 100 tickets of its own. */
	static final class Branch {
		final SqlStore store;
		final SyncClient sync;
		final String prefix;

		Branch(Path dir, String url, String staffNo, KefuServer server) {
			store = SqlStore.open(dir.resolve("db"));
			sync = new SyncClient(store, url);
			sync.login(staffNo, PASSWORD);
			prefix = "ticket:bench-" + dir.getFileName() + "-";
			// up to date without a full initial pull: only the work from now on is measured
			long end = server.store().transaction(tx -> tx.lastSeq());
			store.transaction(tx -> {
				tx.checkpoint("pull", end);
				return null;
			});
		}

		void seed(int n) {
			store.transaction(tx -> {
				for (int k = 0; k < n; k++) {
					Ticket t = ServiceFactory.eINSTANCE.createTicket();
					t.setId(prefix + k);
					t.setNumber("B" + k);
					t.setType("故障");
					t.setTitle("基准工单 " + k);
					t.setStatus(TicketStatus.NEW);
					t.setPriority(Priority.NORMAL);
					t.setCreatedAt(new Date());
					tx.put(t);
				}
				return null;
			});
			sync.syncOnce();
		}

		void edit(int round) {
			store.transaction(tx -> {
				for (int k = 0; k < 100; k++) {
					Ticket t = tx.<Ticket>get(ServicePackage.Literals.TICKET, prefix + k).orElseThrow();
					t.setDescription("第 " + round + " 轮处理记录");
					tx.put(t);
				}
				return null;
			});
		}
	}
}
