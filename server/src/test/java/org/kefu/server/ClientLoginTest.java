package org.kefu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.demo.DemoData;
import org.kefu.store.SqlStore;
import org.kefu.sync.ClientLogin;

/** Login at a branch: online through the server, offline with the verifier an earlier online login left. */
class ClientLoginTest {

	@TempDir
	Path dir;

	@Test
	void offlineLoginWorksOnlyForPeopleWhoLoggedInHereBeforeAndOnlyWithTheirPassword() throws Exception {
		char[] password = DemoData.PASSWORD.toCharArray();
		try (SqlStore branch = SqlStore.open(dir.resolve("branch").resolve("db"))) {
			String url;
			try (KefuServer server = ServerFixture.start(dir.resolve("server"))) {
				url = "http://127.0.0.1:" + server.port();
				ClientLogin login = new ClientLogin(branch, url);
				ClientLogin.Result wrong = login.login("A0001", "nope".toCharArray());
				assertFalse(wrong.succeeded());
				assertTrue(wrong.online(), "a wrong password is the server's answer, never a reason to try offline");
				ClientLogin.Result online = login.login("A0001", password);
				assertTrue(online.succeeded() && online.online());
				assertTrue(online.subject().may("service.ticket"), "the subject comes from the server's matrix");
				online.sync().syncOnce(); // the branch takes in its data
			}
			// the server is gone
			ClientLogin login = new ClientLogin(branch, url);
			ClientLogin.Result offline = login.login("A0001", password);
			assertTrue(offline.succeeded(), offline.failure());
			assertFalse(offline.online());
			assertEquals("李娜", offline.subject().name());
			assertTrue(offline.subject().may("service.ticket"), "offline, the subject comes from the synced matrix");

			ClientLogin.Result stranger = login.login("A0002", password);
			assertFalse(stranger.succeeded());
			assertTrue(stranger.failure().contains("首次在本机登录需要连接服务器"), stranger.failure());

			for (int i = 1; i < 5; i++) {
				ClientLogin.Result bad = login.login("A0001", "wrong".toCharArray());
				assertFalse(bad.succeeded());
				assertEquals("工号或密码错误。", bad.failure());
			}
			ClientLogin.Result locking = login.login("A0001", "wrong".toCharArray());
			assertTrue(locking.failure().contains("锁定"), locking.failure());
			ClientLogin.Result locked = login.login("A0001", password);
			assertFalse(locked.succeeded(), "locked even with the right password");
			assertTrue(locked.failure().contains("离线登录已锁定"), locked.failure());

			// the verifier is a salted hash: the password itself is nowhere in the branch database
			String verifier = branch.transaction(tx -> tx.meta("verifier.A0001"));
			assertFalse(verifier.contains(DemoData.PASSWORD));
			assertNull(branch.transaction(tx -> tx.meta("verifier.A0002")));
		}
	}
}
