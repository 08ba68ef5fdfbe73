package org.kefu.server;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.kefu.admin.AdminSeed;
import org.kefu.demo.DemoData;
import org.kefu.demo.DemoSize;
import org.kefu.store.DerbyStore;

/**
 * The Kefu sync server: one store (embedded Derby in {@code --data}) behind Jetty. Plain HTTP is bound to the
 * loopback interface only; the sync protocol and HTTPS arrive with the sync work.
 */
public final class KefuServer implements AutoCloseable {

	private final DerbyStore store;
	private final Server jetty;

	public KefuServer(Path data, int port, DemoSize demo) throws Exception {
		store = DerbyStore.open(data.resolve("db"));
		AdminSeed.seedIfEmpty(store);
		if (demo != null && !DemoData.present(store)) {
			long t0 = System.nanoTime();
			new DemoData(store, demo).generate(n -> {
			});
			System.out.printf("demo data (%s) generated in %.1f s: %s%n", demo.name().toLowerCase(Locale.ROOT),
					(System.nanoTime() - t0) / 1e9, DemoData.summary(store));
		}
		jetty = new Server();
		ServerConnector http = new ServerConnector(jetty);
		http.setHost("127.0.0.1");
		http.setPort(port);
		jetty.addConnector(http);
		jetty.setHandler(new ApiHandler(store));
		jetty.start();
	}

	public int port() {
		return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
	}

	public DerbyStore store() {
		return store;
	}

	@Override
	public void close() throws Exception {
		jetty.stop();
		store.close();
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(System.getProperty("user.home"), ".kefu", "server");
		int port = 8720;
		DemoSize demo = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--data" -> data = Path.of(args[++i]);
			case "--port" -> port = Integer.parseInt(args[++i]);
			case "--demo" -> demo = "none".equals(args[++i]) ? null : DemoSize.valueOf(args[i].toUpperCase(Locale.ROOT));
			default -> {
				System.err.println("usage: kefu-server [--data DIR] [--port N] [--demo small|full|none]");
				System.exit(2);
			}
			}
		}
		KefuServer server = new KefuServer(data, port, demo);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				server.close();
			} catch (Exception e) {
				e.printStackTrace();
			}
		}));
		System.out.println("Kefu server listening on http://127.0.0.1:" + server.port() + " (data " + data + ")");
		server.jetty.join();
	}
}
