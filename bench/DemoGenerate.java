import java.nio.file.Path;

import org.kefu.demo.DemoData;
import org.kefu.demo.DemoSize;
import org.kefu.store.SqlStore;

/**
 * Generates the demo enterprise into a store folder, once, and prints how long it took (the write throughput on
 * realistic aggregates: customers with products, bills and points; contact records).
 *
 * java -cp server/target/kefu-server-*-all.jar bench/DemoGenerate.java DIR small|full
 */
public class DemoGenerate {

	public static void main(String[] args) {
		Path dir = Path.of(args[0]);
		DemoSize size = DemoSize.valueOf(args[1].toUpperCase());
		try (SqlStore store = SqlStore.open(dir.resolve("db"))) {
			if (DemoData.present(store)) {
				System.out.println("demo data already present: " + DemoData.summary(store));
				return;
			}
			long t0 = System.nanoTime();
			int[] last = { 0 };
			new DemoData(store, size).generate(n -> {
				if (n - last[0] >= 100_000) {
					last[0] = n;
					System.out.printf("  %d aggregates after %.0f s%n", n, (System.nanoTime() - t0) / 1e9);
				}
			});
			double s = (System.nanoTime() - t0) / 1e9;
			long aggregates = size.customers + (long) size.contactRecords;
			System.out.printf("demo generation (%s): %s in %.1f s = %.0f aggregates/s%n", size, DemoData.summary(store), s,
					aggregates / s);
		}
	}
}
