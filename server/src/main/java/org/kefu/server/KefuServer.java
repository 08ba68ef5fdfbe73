package org.kefu.server;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.kefu.admin.AdminSeed;
import org.kefu.demo.DemoData;
import org.kefu.demo.DemoSize;
import org.kefu.store.SqlStore;

/**
 * The Kefu sync server: one store behind Jetty. The store is embedded Derby in the data folder unless a JDBC URL names
 * another database (PostgreSQL, which several instances behind a load balancer can share: they keep no state of
 * their own). Plain HTTP is bound to the loopback interface only; other hosts reach the server over HTTPS with the
 * configured key store.
 */
public final class KefuServer implements AutoCloseable {

	/** How to run: where the data is, which ports, which key store. */
	public record Config(Path data, String jdbcUrl, String dbUser, String dbPassword, int httpPort, int httpsPort,
			String httpsHost, Path keyStore, String keyStorePassword, DemoSize demo) {

		public static Config loopback(Path data, int port, DemoSize demo) {
			return new Config(data, null, null, null, port, -1, null, null, null, demo);
		}

		public Config withDatabase(String url, String user, String password) {
			return new Config(data, url, user, password, httpPort, httpsPort, httpsHost, keyStore, keyStorePassword, demo);
		}

		public Config withHttps(int port, String host, Path store, String password) {
			return new Config(data, jdbcUrl, dbUser, dbPassword, httpPort, port, host, store, password, demo);
		}
	}

	private final SqlStore store;
	private final Server jetty;
	private final ServerConnector http;
	private final ServerConnector https;

	public KefuServer(Path data, int port, DemoSize demo) throws Exception {
		this(Config.loopback(data, port, demo));
	}

	public KefuServer(Config config) throws Exception {
		store = config.jdbcUrl() == null ? SqlStore.open(config.data().resolve("db"))
				: SqlStore.connect(config.jdbcUrl(), config.dbUser(), config.dbPassword());
		store.setActor("server");
		AdminSeed.seedIfEmpty(store);
		if (config.demo() != null && !DemoData.present(store)) {
			long t0 = System.nanoTime();
			new DemoData(store, config.demo()).generate(n -> {
			});
			System.out.printf("demo data (%s) generated in %.1f s: %s%n", config.demo().name().toLowerCase(Locale.ROOT),
					(System.nanoTime() - t0) / 1e9, DemoData.summary(store));
		}
		jetty = new Server();
		http = new ServerConnector(jetty);
		http.setHost("127.0.0.1");
		http.setPort(config.httpPort());
		jetty.addConnector(http);
		https = config.httpsPort() < 0 ? null : httpsConnector(config);
		if (https != null) {
			jetty.addConnector(https);
		}
		jetty.setHandler(new ApiHandler(store));
		jetty.start();
	}

	private ServerConnector httpsConnector(Config config) {
		if (config.keyStore() == null) {
			throw new IllegalArgumentException("HTTPS 需要密钥库：--keystore 文件，密码放在环境变量 KEFU_KEYSTORE_PASSWORD 中");
		}
		SslContextFactory.Server tls = new SslContextFactory.Server();
		tls.setKeyStorePath(config.keyStore().toAbsolutePath().toString());
		tls.setKeyStorePassword(config.keyStorePassword());
		HttpConfiguration secure = new HttpConfiguration();
		secure.addCustomizer(new SecureRequestCustomizer());
		ServerConnector connector = new ServerConnector(jetty, new SslConnectionFactory(tls, "http/1.1"),
				new HttpConnectionFactory(secure));
		connector.setHost(config.httpsHost());
		connector.setPort(config.httpsPort());
		return connector;
	}

	public int port() {
		return http.getLocalPort();
	}

	public String httpHost() {
		return http.getHost();
	}

	public int httpsPort() {
		return https == null ? -1 : https.getLocalPort();
	}

	public SqlStore store() {
		return store;
	}

	@Override
	public void close() throws Exception {
		jetty.stop();
		store.close();
	}

	public static void main(String[] args) throws Exception {
		Config config = Config.loopback(Path.of(System.getProperty("user.home"), ".kefu", "server"), 8720, null);
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--data" -> config = new Config(Path.of(args[++i]), config.jdbcUrl(), config.dbUser(), config.dbPassword(),
					config.httpPort(), config.httpsPort(), config.httpsHost(), config.keyStore(), config.keyStorePassword(),
					config.demo());
			case "--port" -> config = new Config(config.data(), config.jdbcUrl(), config.dbUser(), config.dbPassword(),
					Integer.parseInt(args[++i]), config.httpsPort(), config.httpsHost(), config.keyStore(),
					config.keyStorePassword(), config.demo());
			case "--demo" -> {
				String size = args[++i];
				config = new Config(config.data(), config.jdbcUrl(), config.dbUser(), config.dbPassword(), config.httpPort(),
						config.httpsPort(), config.httpsHost(), config.keyStore(), config.keyStorePassword(),
						"none".equals(size) ? null : DemoSize.valueOf(size.toUpperCase(Locale.ROOT)));
			}
			case "--db" -> config = config.withDatabase(args[++i], System.getenv("KEFU_DB_USER"), System.getenv("KEFU_DB_PASSWORD"));
			case "--https" -> {
				String[] hostPort = args[++i].split(":");
				String host = hostPort.length == 2 ? hostPort[0] : "0.0.0.0";
				int port = Integer.parseInt(hostPort[hostPort.length - 1]);
				config = config.withHttps(port, host, config.keyStore(), config.keyStorePassword());
			}
			case "--keystore" -> config = config.withHttps(config.httpsPort(), config.httpsHost(), Path.of(args[++i]),
					System.getenv("KEFU_KEYSTORE_PASSWORD"));
			default -> {
				System.err.println("""
						usage: kefu-server [--data DIR] [--port N] [--demo small|full|none]
						                   [--db JDBC-URL]          (user/password in KEFU_DB_USER, KEFU_DB_PASSWORD)
						                   [--https [HOST:]PORT --keystore FILE]  (password in KEFU_KEYSTORE_PASSWORD)""");
				System.exit(2);
			}
			}
		}
		KefuServer server = new KefuServer(config);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				server.close();
			} catch (Exception e) {
				e.printStackTrace();
			}
		}));
		System.out.println("Kefu server listening on http://127.0.0.1:" + server.port()
				+ (server.https == null ? "" : " and https://" + config.httpsHost() + ":" + server.httpsPort())
				+ " (database " + (config.jdbcUrl() == null ? config.data() : config.jdbcUrl()) + ")");
		server.jetty.join();
	}
}
