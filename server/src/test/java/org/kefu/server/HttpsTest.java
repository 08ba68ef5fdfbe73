package org.kefu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Other hosts reach the server over HTTPS with the configured key store; plain HTTP answers on loopback only. */
class HttpsTest {

	@TempDir
	Path dir;

	@Test
	void theServerSpeaksHttpsWithItsKeyStoreAndPlainHttpOnlyOnLoopback() throws Exception {
		Path keyStore = dir.resolve("kefu.p12");
		String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
		Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "kefu", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
				"-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12", "-keystore",
				keyStore.toString(), "-storepass", "kefu-test", "-keypass", "kefu-test").inheritIO().start();
		assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool made a key store");

		KefuServer.Config config = KefuServer.Config.loopback(dir.resolve("server"), 0, null).withHttps(0, "127.0.0.1", keyStore,
				"kefu-test");
		try (KefuServer server = new KefuServer(config)) {
			HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(keyStore)).build();
			HttpResponse<String> health = trusting.send(
					HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.httpsPort() + "/api/health")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertEquals(200, health.statusCode());
			assertTrue(health.body().contains("\"ok\""));
			// a client that does not trust the certificate is refused the connection, not served in the clear
			assertThrows(javax.net.ssl.SSLException.class, () -> HttpClient.newHttpClient().send(
					HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.httpsPort() + "/api/health")).build(),
					HttpResponse.BodyHandlers.ofString()));
			assertEquals("127.0.0.1", server.httpHost(), "plain HTTP is bound to loopback only");
		}
	}

	private static SSLContext trusting(Path keyStore) throws Exception {
		KeyStore ks = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keyStore)) {
			ks.load(in, "kefu-test".toCharArray());
		}
		TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		tmf.init(ks);
		SSLContext ssl = SSLContext.getInstance("TLS");
		ssl.init(null, tmf.getTrustManagers(), null);
		return ssl;
	}
}
