package org.kefu.service.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.kefu.admin.AdminServices;
import org.kefu.demo.DemoData;
import org.kefu.demo.DemoSize;
import org.kefu.model.service.BusinessCalendar;
import org.kefu.model.service.ServiceFactory;
import org.kefu.service.ServiceDesk;
import org.kefu.store.SqlStore;

/** A real Derby store with the small demo enterprise, and the service desk of any of its people. */
final class ServiceFixture implements AutoCloseable {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	final SqlStore store;

	ServiceFixture(Path dir) {
		store = SqlStore.open(dir.resolve("db"));
		new DemoData(store, DemoSize.SMALL).generate(n -> {
		});
	}

	ServiceDesk desk(String staffNo) {
		return desk(staffNo, Clock.systemUTC());
	}

	ServiceDesk desk(String staffNo, Clock clock) {
		var subject = AdminServices.login(store).subject(staffNo).orElseThrow(() -> new AssertionError("no staff " + staffNo));
		return new ServiceDesk(store, new AdminServices(store, subject), clock);
	}

	static Instant at(String localDateTime) {
		return java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
	}

	/** Mon–Fri 09:00–18:00; the 2026 National Day week off; two weekend days worked instead (调休). */
	static BusinessCalendar calendar(String id) {
		BusinessCalendar c = ServiceFactory.eINSTANCE.createBusinessCalendar();
		c.setId(id);
		c.setName("测试日历");
		c.setZone("Asia/Shanghai");
		c.setOpens("09:00");
		c.setCloses("18:00");
		c.getWeekdays().addAll(List.of(1, 2, 3, 4, 5));
		for (int d = 1; d <= 7; d++) {
			c.getHolidays().add("2026-10-0" + d);
		}
		c.getWorkdays().addAll(List.of("2026-09-27", "2026-10-10"));
		return c;
	}

	@Override
	public void close() {
		store.close();
	}
}
