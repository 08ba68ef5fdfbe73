import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.kefu.model.service.Channel;
import org.kefu.model.service.ContactRecord;
import org.kefu.model.service.ServiceFactory;
import org.kefu.model.service.ServicePackage.Literals;
import org.kefu.store.SqlStore;
import org.kefu.store.Query;

/**
 * Store throughput: writes contact records in transactions of 500 (each write also appends to the change log), then
 * reads them back by id and by an indexed column. Prints rows/s and latency percentiles.
 *
 * java -cp server/target/kefu-server-*-all.jar bench/StoreBench.java [rows]
 */
public class StoreBench {

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
		Path dir = Files.createTempDirectory("kefu-store-bench");
		Random random = new Random(1);
		String[] categories = { "话费查询", "宽带故障", "套餐变更", "积分兑换", "停复机", "投诉" };
		try (SqlStore store = SqlStore.open(dir.resolve("db"))) {
			long t0 = System.nanoTime();
			for (int start = 0; start < rows; start += 500) {
				int from = start;
				store.transaction(tx -> {
					for (int i = from; i < Math.min(rows, from + 500); i++) {
						ContactRecord r = ServiceFactory.eINSTANCE.createContactRecord();
						r.setId(String.format("cr:%08d", i));
						r.setCustomerId(String.format("cust:%06d", random.nextInt(100_000)));
						r.setAgentStaffNo(String.format("A%04d", random.nextInt(200)));
						r.setChannel(Channel.get(random.nextInt(4)));
						r.setCategory(categories[random.nextInt(categories.length)]);
						r.setContent("客户来电咨询" + r.getCategory());
						r.setStartTime(new Date(1_700_000_000_000L + i * 30_000L));
						r.setDurationSeconds(30 + random.nextInt(600));
						tx.put(r);
					}
					return null;
				});
			}
			double writeSeconds = (System.nanoTime() - t0) / 1e9;
			System.out.printf("store write: %d contact records in %.1f s = %.0f rows/s (transactions of 500, with change log)%n", rows,
					writeSeconds, rows / writeSeconds);

			int reads = 20_000;
			long[] lat = new long[reads];
			for (int i = 0; i < reads; i++) {
				String id = String.format("cr:%08d", random.nextInt(rows));
				long s = System.nanoTime();
				store.get(Literals.CONTACT_RECORD, id).orElseThrow();
				lat[i] = System.nanoTime() - s;
			}
			report("store read by id", lat);

			int queries = 2_000;
			long[] q = new long[queries];
			for (int i = 0; i < queries; i++) {
				String customer = String.format("cust:%06d", random.nextInt(100_000));
				long s = System.nanoTime();
				store.query(Query.of(Literals.CONTACT_RECORD).eq(Literals.CONTACT_RECORD__CUSTOMER_ID, customer)
						.orderBy(Literals.CONTACT_RECORD__START_TIME, false).page(0, 20));
				q[i] = System.nanoTime() - s;
			}
			report("store query by customer (indexed, newest 20)", q);
			long c0 = System.nanoTime();
			var counts = store.transaction(tx -> tx.countBy(Query.of(Literals.CONTACT_RECORD), Literals.CONTACT_RECORD__CATEGORY));
			System.out.printf("store group-by category over %d rows: %.0f ms %s%n", rows, (System.nanoTime() - c0) / 1e6, counts);
		}
	}

	static void report(String what, long[] nanos) {
		long[] s = nanos.clone();
		Arrays.sort(s);
		double total = Arrays.stream(s).sum() / 1e9;
		System.out.printf("%s: %d ops, %.0f ops/s, p50 %.3f ms, p99 %.3f ms%n", what, s.length, s.length / total, s[s.length / 2] / 1e6,
				s[(int) (s.length * 0.99)] / 1e6);
	}
}
