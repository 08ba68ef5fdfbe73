package org.kefu.ui.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;

import org.eclipse.core.runtime.Platform;
import org.kefu.admin.AdminSeed;
import org.kefu.demo.DemoData;
import org.kefu.demo.DemoSize;
import org.kefu.store.SqlStore;

/**
 * Where the client keeps its data, which server it syncs with, and how it gets its store ready: opened (and migrated)
 * off the UI thread. A branch with a server gets everything from it by sync; only a standalone client
 * ({@code KEFU_SERVER=none}) seeds its own store, with the demo enterprise when asked for ({@code KEFU_DEMO=small}).
 */
public final class ClientData {

	private ClientData() {
	}

	public static Path directory() {
		String configured = setting("kefu.data", "KEFU_DATA");
		if (configured != null) {
			return Path.of(configured);
		}
		if (Platform.getInstanceLocation() != null && Platform.getInstanceLocation().getURL() != null) {
			return Path.of(Platform.getInstanceLocation().getURL().getPath(), "kefu");
		}
		return Path.of(System.getProperty("user.home"), ".kefu", "client");
	}

	/** The sync server's address; null for a standalone client. */
	public static String serverUrl() {
		String configured = setting("kefu.server", "KEFU_SERVER");
		if ("none".equals(configured)) {
			return null;
		}
		return configured != null ? configured : "http://127.0.0.1:8720";
	}

	static DemoSize demo() {
		String demo = setting("kefu.demo", "KEFU_DEMO");
		return demo == null || demo.isBlank() || demo.equals("none") ? null : DemoSize.valueOf(demo.toUpperCase(Locale.ROOT));
	}

	private static String setting(String property, String variable) {
		String value = System.getProperty(property);
		return value != null ? value : System.getenv(variable);
	}

	/** Opens the store in the background; {@code progress} hears how many demo aggregates were written so far. */
	public static CompletableFuture<SqlStore> open(Path directory, IntConsumer progress) {
		return CompletableFuture.supplyAsync(() -> {
			SqlStore store = SqlStore.open(directory.resolve("db"));
			if (serverUrl() != null) {
				return store; // the server's data arrives by sync: seeding here would create rival copies of it
			}
			try {
				AdminSeed.seedIfEmpty(store);
				DemoSize demo = demo();
				if (demo != null && !DemoData.present(store)) {
					new DemoData(store, demo).generate(progress);
				}
				return store;
			} catch (RuntimeException e) {
				store.close();
				throw e;
			}
		});
	}
}
