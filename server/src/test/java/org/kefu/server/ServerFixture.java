package org.kefu.server;

import java.nio.file.Path;
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
		KefuServer.Config config = KefuServer.Config.loopback(data, 0, demo());
		String pg = System.getProperty("kefu.test.jdbc");
		if (pg != null && !pg.isBlank()) {
			config = config.withDatabase(pg, System.getProperty("kefu.test.jdbc.user"), System.getProperty("kefu.test.jdbc.password"));
		}
		return new KefuServer(config);
	}
}
