package org.kefu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.model.service.ServicePackage.Literals;
import org.kefu.store.Change;
import org.kefu.store.SqlStore;
import org.kefu.store.Query;

/** kill -9 in the middle of writes loses no acknowledged commit and leaves no half transaction. */
class StoreCrashTest {

	@TempDir
	Path dir;

	@Test
	void aKilledWriterLosesNothingItAcknowledged() throws Exception {
		Path db = dir.resolve("db");
		int next = 0;
		for (int round = 0; round < 4; round++) {
			int lastAcknowledged = writeUntilKilled(db, next, 40 + round * 25);
			try (SqlStore store = SqlStore.open(db)) {
				long rows = store.count(Query.of(Literals.CONTACT_RECORD));
				// every acknowledged transaction is there, and transactions are whole: 5 rows each
				assertEquals(0, rows % 5, "a transaction was torn");
				assertTrue(rows / 5 >= lastAcknowledged + 1, "lost commits: " + rows / 5 + " < " + (lastAcknowledged + 1));
				for (int tx = 0; tx <= lastAcknowledged; tx++) {
					assertTrue(store.get(Literals.CONTACT_RECORD, "cr:" + tx + ":4").isPresent(), "transaction " + tx);
				}
				// the change log has exactly one entry per row written
				assertEquals(rows, countChanges(store));
				next = (int) (rows / 5);
			}
		}
	}

	private static long countChanges(SqlStore store) {
		long n = 0;
		long after = 0;
		for (var page = store.changesSince(after, 1000); !page.isEmpty(); page = store.changesSince(after, 1000)) {
			n += page.size();
			after = page.get(page.size() - 1).seq();
			assertTrue(page.stream().allMatch(c -> c.operation() == Change.Operation.UPSERT));
		}
		return n;
	}

	/** Starts a writer JVM, lets it acknowledge {@code commits} transactions, then kills it with SIGKILL. */
	private static int writeUntilKilled(Path db, int start, int commits) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(),
				db.toString(), Integer.toString(start)).redirectErrorStream(true).start();
		int last = start - 1;
		try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				if (line.startsWith("committed ")) {
					last = Integer.parseInt(line.substring(10));
					if (last - start + 1 >= commits) {
						writer.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no Derby checkpoint
						break;
					}
				}
			}
		}
		assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
		assertEquals(137, writer.exitValue(), "killed by SIGKILL");
		return last;
	}
}
