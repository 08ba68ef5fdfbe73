package org.kefu.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kefu.admin.AccessDeniedException;
import org.kefu.model.service.Channel;
import org.kefu.model.service.ContactRecord;
import org.kefu.model.service.Customer;
import org.kefu.model.service.ServiceFactory;
import org.kefu.model.service.ServicePackage.Literals;
import org.kefu.service.ContactRecords;
import org.kefu.service.CustomerDirectory;
import org.kefu.service.PhoneNumbers;
import org.kefu.service.ServiceException;
import org.kefu.store.Query;

/** 用户信息查询 and 受理记录 on the demo enterprise: lookups every way, the 360 view, search, statistics. */
class CustomerAndContactTest {

	@TempDir
	static Path dir;
	static ServiceFixture fx;
	static Customer someone;

	@BeforeAll
	static void demo() {
		fx = new ServiceFixture(dir);
		someone = fx.store.<Customer>query(Query.of(Literals.CUSTOMER).orderBy(Literals.CUSTOMER__ACCOUNT, true).page(1234, 1)).get(0);
	}

	@AfterAll
	static void close() {
		fx.close();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({
			"13812345678, 13812345678",
			"+86 138-1234-5678, 13812345678",
			"0086 13812345678, 13812345678",
			"8613812345678, 13812345678",
			"013812345678, 13812345678",
			"138 1234 5678, 13812345678",
			"010-65521234, 01065521234",
			"(021) 6552 1234, 02165521234",
			"1065521234, 01065521234",
			"+1 415 555 0100, +14155550100",
			"张三, ",
			"12, " })
	void phoneNumbersAreNormalised(String written, String normal) {
		assertEquals(normal, PhoneNumbers.normalise(written));
	}

	@Test
	void aCustomerIsFoundByPhoneWrittenAnyWayByIdAccountAndName() {
		CustomerDirectory directory = fx.desk("A0001").customers();
		String p = someone.getPhone();
		for (String written : List.of(p, "+86 " + p.substring(0, 3) + "-" + p.substring(3, 7) + "-" + p.substring(7), "0" + p)) {
			assertTrue(directory.find(written, 10).stream().anyMatch(c -> c.getId().equals(someone.getId())), written);
		}
		assertEquals(someone.getId(), directory.byPhone("+86" + p).orElseThrow().getId());
		assertEquals(someone.getId(), directory.find(someone.getIdNumber(), 10).get(0).getId());
		assertEquals(someone.getId(), directory.find(someone.getAccount().toLowerCase(), 10).get(0).getId());
		List<Customer> byName = directory.find(someone.getName(), 20);
		assertTrue(byName.stream().anyMatch(c -> c.getId().equals(someone.getId())));
		List<Customer> bySurname = directory.find(someone.getName().substring(0, 1), 20);
		assertTrue(bySurname.size() >= 1 && bySurname.size() <= 20, "a surname alone finds at most a page of customers");
		assertTrue(bySurname.stream().allMatch(c -> c.getName().startsWith(someone.getName().substring(0, 1))));
		assertTrue(directory.find("   ", 10).isEmpty());
		assertTrue(directory.find("19999999999", 10).isEmpty());
	}

	@Test
	void the360ViewShowsTheCustomersContactsAndTicketsNewestFirst() {
		CustomerDirectory.View view = fx.desk("A0001").customers().view(someone.getId());
		assertEquals(someone.getName(), view.customer().getName());
		assertTrue(!view.contacts().isEmpty());
		assertTrue(view.contacts().stream().allMatch(r -> r.getCustomerId().equals(someone.getId())));
		for (int i = 1; i < view.contacts().size(); i++) {
			assertTrue(!view.contacts().get(i).getStartTime().after(view.contacts().get(i - 1).getStartTime()), "newest first");
		}
		assertThrows(ServiceException.class, () -> fx.desk("A0001").customers().view("customer:none"));
		assertThrows(AccessDeniedException.class, () -> fx.desk("P1001").customers().find(someone.getPhone(), 5),
				"customers are not a partner's");
	}

	@Test
	void aContactRecordNeedsCategoryAndContentAndIsWrittenForTheAgent() {
		ContactRecords records = fx.desk("A0001").contacts();
		ContactRecord draft = ServiceFactory.eINSTANCE.createContactRecord();
		draft.setCustomerId(someone.getId());
		draft.setChannel(Channel.WECHAT);
		assertTrue(assertThrows(ServiceException.class, () -> records.create(draft)).getMessage().contains("受理类别"));
		draft.setCategory("积分兑换");
		assertTrue(assertThrows(ServiceException.class, () -> records.create(draft)).getMessage().contains("受理内容"));
		draft.setContent("客户询问积分兑换流量包");
		ContactRecord saved = records.create(draft);
		assertEquals("A0001", saved.getAgentStaffNo());
		assertEquals(saved.getId(), fx.desk("A0001").customers().view(someone.getId()).contacts().get(0).getId(),
				"the new record heads the 360 history");
	}

	@Test
	void searchCombinesFieldsAndPages() {
		ContactRecords records = fx.desk("L0011").contacts();
		ContactRecords.Criteria phone = new ContactRecords.Criteria(null, null, Channel.PHONE, null, "宽带故障", null, null, null);
		ContactRecords.Page first = records.search(phone, 0, 20);
		assertTrue(first.total() > 20, "enough demo records to page: " + first.total());
		assertEquals(20, first.records().size());
		assertTrue(first.records().stream().allMatch(r -> r.getChannel() == Channel.PHONE && r.getCategory().equals("宽带故障")));
		ContactRecords.Page second = records.search(phone, 20, 20);
		assertTrue(second.records().stream().noneMatch(r -> first.records().stream().anyMatch(f -> f.getId().equals(r.getId()))));
		assertTrue(!second.records().get(0).getStartTime().after(first.records().get(19).getStartTime()), "newest first across pages");
	}

	@Test
	void statisticsAddUpToTheSearchTotalByEveryDimension() {
		ContactRecords records = fx.desk("L0011").contacts();
		Instant end = Instant.now().plus(1, ChronoUnit.DAYS);
		Instant start = end.minus(400, ChronoUnit.DAYS);
		ContactRecords.Criteria year = ContactRecords.Criteria.all().between(start, end);
		long total = records.search(year, 0, 1).total();
		for (ContactRecords.Dimension d : List.of(ContactRecords.Dimension.CATEGORY, ContactRecords.Dimension.CHANNEL,
				ContactRecords.Dimension.AGENT, ContactRecords.Dimension.MONTH)) {
			Map<String, Long> counts = records.statistics(year, d);
			assertEquals(total, counts.values().stream().mapToLong(Long::longValue).sum(), d.name());
		}
		Map<String, Long> byChannel = records.statistics(year, ContactRecords.Dimension.CHANNEL);
		assertTrue(byChannel.containsKey("电话"), "channels by their Chinese names: " + byChannel.keySet());
		long months = java.time.temporal.ChronoUnit.MONTHS.between(java.time.YearMonth.from(start.atZone(ContactRecords.ZONE)),
				java.time.YearMonth.from(end.atZone(ContactRecords.ZONE))) + 1;
		assertEquals(months, records.statistics(year, ContactRecords.Dimension.MONTH).size(), "every month of the range");
		assertThrows(ServiceException.class, () -> records.statistics(ContactRecords.Criteria.all(), ContactRecords.Dimension.DAY));
		assertThrows(AccessDeniedException.class,
				() -> fx.desk("A0001").contacts().statistics(year, ContactRecords.Dimension.CATEGORY),
				"statistics are for team leads");
	}
}
