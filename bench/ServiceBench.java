import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.kefu.admin.AdminServices;
import org.kefu.model.service.Channel;
import org.kefu.model.service.Customer;
import org.kefu.model.service.ServicePackage.Literals;
import org.kefu.service.ContactRecords;
import org.kefu.service.ServiceDesk;
import org.kefu.store.Query;
import org.kefu.store.SqlStore;

/**
 * The service process on a demo database, through the same services the client uses: customer lookup by each kind of
 * key (p50/p99), contact-record searches of a page with its total (p50/p99), and statistics over a month and a year.
 *
 * java -Xmx2g -cp server/target/kefu-server-*-all.jar bench/ServiceBench.java DEMO_DATA_DIR
 */
public class ServiceBench {

	static final String[] CATEGORIES = { "话费查询", "话费争议", "宽带故障", "套餐变更", "积分兑换", "投诉" };

	public static void main(String[] args) {
		try (SqlStore store = SqlStore.open(Path.of(args[0]).resolve("db"))) {
			var lead = AdminServices.login(store).subject("L0011").orElseThrow();
			ServiceDesk desk = new ServiceDesk(store, new AdminServices(store, lead));
			long customers = store.count(Query.of(Literals.CUSTOMER));
			long records = store.count(Query.of(Literals.CONTACT_RECORD));
			System.out.printf("service process on %d customers, %d contact records%n", customers, records);
			Random random = new Random(7);
			List<Customer> sample = new ArrayList<>();
			for (int i = 0; i < 500; i++) {
				sample.add(store.<Customer>get(Literals.CUSTOMER, String.format("cust:%06d", random.nextInt((int) customers))).orElseThrow());
			}
			for (String kind : List.of("phone as callers write it", "account", "ID number", "name", "surname only")) {
				List<Double> ms = new ArrayList<>();
				for (int round = 0; round < 2; round++) { // the first round warms the caches and the JIT; the second counts
					ms.clear();
					for (Customer c : sample) {
						String q = switch (kind) {
						case "account" -> c.getAccount();
						case "ID number" -> c.getIdNumber();
						case "name" -> c.getName();
						case "surname only" -> c.getName().substring(0, 1);
						default -> "+86 " + c.getPhone().substring(0, 3) + "-" + c.getPhone().substring(3, 7) + "-" + c.getPhone().substring(7);
						};
						ms.add(time(() -> desk.customers().find(q, 20)));
					}
				}
				System.out.printf("customer lookup by %-26s %s%n", kind + ":", stats(ms));
			}
			List<Double> view = new ArrayList<>();
			for (Customer c : sample) {
				view.add(time(() -> desk.customers().view(c.getId())));
			}
			System.out.printf("customer 360 view (customer, 50 newest contacts, tickets): %s%n", stats(view));

			Instant end = LocalDate.of(2026, 11, 24).atStartOfDay(ContactRecords.ZONE).toInstant();
			Instant month = end.minusSeconds(30L * 86_400);
			Instant year = end.minusSeconds(365L * 86_400);
			List<Double> search = new ArrayList<>();
			for (int round = 0; round < 2; round++) {
				search.clear();
				for (int i = 0; i < 300; i++) {
					String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
					ContactRecords.Criteria c = switch (i % 4) {
					case 0 -> new ContactRecords.Criteria(null, null, Channel.PHONE, null, category, null, month, end);
					case 1 -> new ContactRecords.Criteria(null, String.format("A%04d", 1 + random.nextInt(180)), null, null, null, null, year, end);
					case 2 -> new ContactRecords.Criteria(sample.get(i % sample.size()).getId(), null, null, null, null, null, null, null);
					default -> new ContactRecords.Criteria(null, null, null, null, category, "转工单", year, end);
					};
					int page = random.nextInt(5);
					search.add(time(() -> desk.contacts().search(c, page * 20, 20)));
				}
			}
			System.out.printf("contact-record search (a page of 20 and the total; 4 kinds of criteria): %s%n", stats(search));

			for (ContactRecords.Dimension d : List.of(ContactRecords.Dimension.CATEGORY, ContactRecords.Dimension.CHANNEL,
					ContactRecords.Dimension.AGENT, ContactRecords.Dimension.DAY, ContactRecords.Dimension.MONTH)) {
				if (d != ContactRecords.Dimension.MONTH) {
					double m = time(() -> desk.contacts().statistics(ContactRecords.Criteria.all().between(month, end), d));
					System.out.printf("statistics by %-8s over one month: %7.0f ms%n", d.name().toLowerCase(), m);
				}
				if (d != ContactRecords.Dimension.DAY) {
					double y = time(() -> desk.contacts().statistics(ContactRecords.Criteria.all().between(year, end), d));
					System.out.printf("statistics by %-8s over one year:  %7.0f ms%n", d.name().toLowerCase(), y);
				}
			}
		}
	}

	static double time(Supplier<?> work) {
		long t0 = System.nanoTime();
		work.get();
		return (System.nanoTime() - t0) / 1e6;
	}

	static String stats(List<Double> values) {
		List<Double> v = new ArrayList<>(values);
		Collections.sort(v);
		return String.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d queries)", v.get(v.size() / 2),
				v.get(Math.min(v.size() - 1, (int) Math.ceil(v.size() * 0.99) - 1)), v.get(v.size() - 1), v.size());
	}
}
