package org.kefu.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;

import org.kefu.demo.DemoSize;

/** Starts a test server on a free loopback port with demo data (small unless {@code -Dkefu.test.demo=full}). */
final class ServerFixture {

	private ServerFixture() {
	}

	static DemoSize demo() {
		return DemoSize.valueOf(System.getProperty("kefu.test.demo", "small").toUpperCase(Locale.ROOT));
	}

	static KefuServer start(Path data) throws Exception {
		return new KefuServer(KefuServer.Config.loopback(data, 0, demo()));
	}

	/** The PostgreSQL database that {@code ./kefu test} prepares; null when the tests run without one. */
	static String postgresUrl() {
		String url = System.getProperty("kefu.test.jdbc");
		return url == null || url.isBlank() ? null : url;
	}

	/** Starts a server on the test PostgreSQL database, emptied first. */
	static KefuServer startOnPostgres(Path data) throws Exception {
		String user = System.getProperty("kefu.test.jdbc.user");
		String password = System.getProperty("kefu.test.jdbc.password");
		try (Connection c = DriverManager.getConnection(postgresUrl(), user, password); Statement s = c.createStatement()) {
			s.execute("DROP SCHEMA public CASCADE");
			s.execute("CREATE SCHEMA public");
		}
		return new KefuServer(KefuServer.Config.loopback(data, 0, demo()).withDatabase(postgresUrl(), user, password));
	}
}
