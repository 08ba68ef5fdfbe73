package org.kefu.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;

/**
 * The same protocol tests with the server on PostgreSQL (a real server from Debian's packages, which
 * {@code ./kefu test} starts and gives an empty database).
 */
class PostgresSyncProtocolTest extends SyncProtocolTest {

	@BeforeAll
	static void startServer() throws Exception {
		assumeTrue(ServerFixture.postgresUrl() != null, "no PostgreSQL configured (-Dkefu.test.jdbc); ./kefu test provides one");
		server = ServerFixture.startOnPostgres(dir.resolve("server-pg"));
		url = "http://127.0.0.1:" + server.port();
	}
}
