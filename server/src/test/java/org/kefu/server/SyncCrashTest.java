package org.kefu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.model.service.ServicePackage.Literals;
import org.kefu.model.service.Ticket;
import org.kefu.store.Change;
import org.kefu.store.Query;
import org.kefu.store.SqlStore;
import org.kefu.sync.SyncClient;
import org.kefu.sync.SyncException;

/**
 * kill -9 in the middle of sync: of the client while it pushes, of the server while a client pulls. After a restart
 * the interrupted round resumes from its checkpoint; nothing is lost and nothing is applied twice.
 */
class SyncCrashTest {

	@TempDir
	Path dir;

	@Test
	void aClientKilledInTheMiddleOfAPushResumesWithoutLossOrDuplicates() throws Exception {
		try (KefuServer server = ServerFixture.start(dir.resolve("server"))) {
			String url = "http://127.0.0.1:" + server.port();
			Path clientDb = dir.resolve("client").resolve("db");
			int tickets = 2000;
			String node;
			try (Branch branch = new Branch(dir.resolve("client"), url, "A0001")) {
				branch.sync();
				node = branch.store.nodeId();
				branch.store.transaction(tx -> {
					for (int i = 0; i < tickets; i++) {
						tx.put(SyncProtocolTest.ticket("ticket:crash-" + i, "离线工单 " + i, null));
					}
					return null;
				});
			}
			Process pusher = child(CrashingPusher.class.getName(), clientDb.toString(), url, "A0001");
			int acknowledged = readUntil(pusher, line -> line.startsWith("pushed ") && Integer.parseInt(line.substring(7)) >= 600);
			pusher.destroyForcibly(); // SIGKILL: mid-round, with batches left to send
			assertTrue(pusher.waitFor(30, TimeUnit.SECONDS));
			assertTrue(acknowledged >= 600 && acknowledged < tickets, "killed in the middle: " + acknowledged);

			try (SqlStore store = SqlStore.open(clientDb)) {
				SyncClient sync = new SyncClient(store, url);
				sync.login("A0001", org.kefu.demo.DemoData.PASSWORD.toCharArray());
				SyncClient.Report resumed = sync.syncOnce();
				assertTrue(resumed.pushed() + resumed.duplicates() <= tickets - acknowledged + SyncClient.BATCH,
						"the resumed round starts at the checkpoint, at most one batch again: " + resumed);
				assertEquals(0, sync.pending());
			}
			assertEquals(tickets, server.store().count(Query.of(Literals.TICKET).eq(Literals.TICKET__TYPE, "故障")));
			List<Change> fromClient = all(server.store()).stream().filter(c -> node.equals(c.origin())).toList();
			assertEquals(tickets, fromClient.stream().filter(c -> c.entity().equals("Ticket")).count(),
					"every ticket entered the server's log exactly once");
		}
	}

	@Test
	void aServerKilledInTheMiddleOfAPullLeavesTheClientToResume() throws Exception {
		int port;
		try (ServerSocket s = new ServerSocket(0)) {
			port = s.getLocalPort();
		}
		Path data = dir.resolve("server");
		String url = "http://127.0.0.1:" + port;
		Process server = startServer(data, port);
		Path clientDir = dir.resolve("client");
		AtomicInteger pulled = new AtomicInteger();
		try (Branch branch = new Branch(clientDir, url, "A0001")) {
			SyncException lost = assertThrows(SyncException.class, () -> branch.sync.syncOnce(new SyncClient.Progress() {
				@Override
				public void pushed(int changes) {
				}

				@Override
				public void pulled(int changes) {
					if (pulled.getAndSet(changes) < 3000 && changes >= 3000) {
						server.destroyForcibly(); // SIGKILL while pages are still to come
					}
				}
			}));
			assertTrue(lost.offline(), "a lost server is reported as offline: " + lost.getMessage());
			long checkpoint = branch.store.transaction(tx -> tx.checkpoint("pull"));
			assertTrue(checkpoint > 0, "the pages applied before the crash are kept");

			Process again = startServer(data, port);
			try {
				branch.sync.login("A0001", org.kefu.demo.DemoData.PASSWORD.toCharArray());
				branch.sync();
			} finally {
				again.destroy(); // SIGTERM: a clean shutdown, so the test can open its database
				assertTrue(again.waitFor(60, TimeUnit.SECONDS));
			}
			try (SqlStore serverStore = SqlStore.open(data.resolve("db"))) {
				long end = serverStore.transaction(tx -> tx.lastSeq());
				long reached = branch.store.transaction(tx -> tx.checkpoint("pull"));
				assertEquals(end, reached, "the resumed pull reached the end of the server's log");
				// the branch holds exactly the server's aggregates: none missing, none extra, no list entry doubled
				for (var type : List.of(Literals.CUSTOMER, Literals.CONTACT_RECORD)) {
					Map<String, EObject> here = new HashMap<>();
					branch.store.query(Query.of(type)).forEach(o -> here.put(EcoreUtil.getID(o), o));
					List<EObject> there = serverStore.query(Query.of(type));
					assertEquals(there.size(), here.size(), type.getName());
					for (EObject o : there) {
						assertTrue(EcoreUtil.equals(o, here.get(EcoreUtil.getID(o))), type.getName() + " " + EcoreUtil.getID(o));
					}
				}
				assertEquals(serverStore.count(Query.of(org.kefu.model.admin.AdminPackage.Literals.STAFF)),
						branch.store.count(Query.of(org.kefu.model.admin.AdminPackage.Literals.STAFF)));
			}
		}
	}

	private static List<Change> all(SqlStore store) {
		return store.changesSince(0, Integer.MAX_VALUE, null);
	}

	private Process startServer(Path data, int port) throws Exception {
		Process p = child(KefuServer.class.getName(), "--data", data.toString(), "--port", Integer.toString(port), "--demo",
				ServerFixture.demo().name().toLowerCase());
		readUntil(p, line -> line.startsWith("Kefu server listening"));
		return p;
	}

	private static Process child(String main, String... args) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), main));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	/** Reads the child's output until a line matches; returns the number in that line, or 0. */
	private static int readUntil(Process p, Predicate<String> wanted) throws Exception {
		BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = out.readLine()) != null) {
			if (wanted.test(line)) {
				String digits = line.replaceAll("\\D", "");
				// keep draining, so the child never blocks on a full pipe
				Thread drain = new Thread(() -> out.lines().forEach(l -> {
				}));
				drain.setDaemon(true);
				drain.start();
				return digits.isEmpty() || digits.length() > 9 ? 0 : Integer.parseInt(digits);
			}
		}
		throw new AssertionError("the child process ended early (exit " + p.waitFor() + ")");
	}
}
