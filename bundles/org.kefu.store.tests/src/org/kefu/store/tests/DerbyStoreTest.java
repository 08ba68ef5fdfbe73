package org.kefu.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.model.admin.AdminFactory;
import org.kefu.model.admin.AdminPackage.Literals;
import org.kefu.model.admin.PostCategory;
import org.kefu.model.admin.Staff;
import org.kefu.model.service.Customer;
import org.kefu.model.service.ServiceFactory;
import org.kefu.model.service.ServicePackage;
import org.kefu.model.service.Subscription;
import org.kefu.store.Change;
import org.kefu.store.SqlStore;
import org.kefu.store.Query;

class DerbyStoreTest {

	@TempDir
	Path dir;
	SqlStore store;

	@BeforeEach
	void open() {
		store = SqlStore.open(dir.resolve("db"));
	}

	@AfterEach
	void close() {
		store.close();
	}

	static Staff staff(String no, String name, String enterprise, PostCategory category) {
		Staff s = AdminFactory.eINSTANCE.createStaff();
		s.setId("staff-" + no);
		s.setStaffNo(no);
		s.setName(name);
		s.setEnterpriseId(enterprise);
		s.setPostCategory(category);
		s.getRoleCodes().add("agent");
		return s;
	}

	@Test
	void anAggregateComesBackWithEverythingItContains() {
		Customer c = ServiceFactory.eINSTANCE.createCustomer();
		c.setId("c1");
		c.setName("王小明");
		c.setPhone("13800138000");
		c.setCreatedAt(new Date(1_700_000_000_000L));
		c.getTags().add("金卡");
		Subscription s = ServiceFactory.eINSTANCE.createSubscription();
		s.setProductCode("BB100");
		s.setProductName("百兆宽带");
		c.getSubscriptions().add(s);
		store.put(c);

		Customer back = store.<Customer>get(ServicePackage.Literals.CUSTOMER, "c1").orElseThrow();
		assertEquals("王小明", back.getName());
		assertEquals(List.of("金卡"), back.getTags());
		assertEquals("百兆宽带", back.getSubscriptions().get(0).getProductName());
		assertEquals(new Date(1_700_000_000_000L), back.getCreatedAt());
	}

	@Test
	void queriesFilterOnIndexedColumnsAndPage() {
		for (int i = 0; i < 30; i++) {
			store.put(staff(String.format("A%03d", i), "坐席" + i, i % 3 == 0 ? "partner-1" : "own",
					i % 2 == 0 ? PostCategory.AGENT : PostCategory.TEAM_LEAD));
		}
		Query partnerAgents = Query.of(Literals.STAFF).eq(Literals.STAFF__ENTERPRISE_ID, "partner-1")
				.eq(Literals.STAFF__POST_CATEGORY, PostCategory.AGENT).orderBy(Literals.STAFF__STAFF_NO, true);
		assertEquals(5, store.count(partnerAgents));
		List<Staff> page = store.query(partnerAgents.page(1, 2));
		assertEquals(List.of("A006", "A012"), page.stream().map(Staff::getStaffNo).toList());
		// 坐席1, 坐席10…19, 坐席21
		assertEquals(12, store.count(Query.of(Literals.STAFF).contains(Literals.STAFF__NAME, "1")));
		Map<Object, Long> byEnterprise = store.transaction(
				tx -> tx.countBy(Query.of(Literals.STAFF), Literals.STAFF__ENTERPRISE_ID));
		assertEquals(Map.of("own", 20L, "partner-1", 10L), byEnterprise);
	}

	@Test
	void aQueryOnAnAttributeThatIsNotIndexedIsRefused() {
		assertThrows(IllegalArgumentException.class,
				() -> store.query(Query.of(Literals.STAFF).eq(Literals.STAFF__EMAIL, "x@y")));
	}

	@Test
	void everyWriteAndDeleteIsInTheChangeLogWithRisingRevisions() {
		store.setActor("admin");
		store.put(staff("A1", "甲", "own", PostCategory.AGENT));
		Staff renamed = staff("A1", "乙", "own", PostCategory.AGENT);
		store.put(renamed);
		assertTrue(store.delete(Literals.STAFF, "staff-A1"));
		List<Change> changes = store.changesSince(0, 10);
		assertEquals(3, changes.size());
		assertEquals(List.of(1L, 2L, 3L), changes.stream().map(Change::revision).toList());
		assertEquals(Change.Operation.DELETE, changes.get(2).operation());
		assertEquals("admin", changes.get(0).actor());
		assertTrue(changes.get(0).hlc() < changes.get(1).hlc() && changes.get(1).hlc() < changes.get(2).hlc());
		assertEquals(3, changes.stream().map(Change::changeId).distinct().count());
		assertEquals(1, store.changesSince(changes.get(1).seq(), 10).size());
	}

	@Test
	void aFailedTransactionLeavesNeitherRowsNorChanges() {
		assertThrows(IllegalStateException.class, () -> store.transaction(tx -> {
			tx.put(staff("A1", "甲", "own", PostCategory.AGENT));
			throw new IllegalStateException("abort");
		}));
		assertEquals(0, store.count(Query.of(Literals.STAFF)));
		assertEquals(0, store.changesSince(0, 10).size());
	}

	@Test
	void reopeningMigratesOnceAndRestoresAnIndexedColumnFromTheBodies() throws Exception {
		store.put(staff("A7", "七号", "own", PostCategory.MANAGER));
		int version = store.schemaVersion();
		store.close();
		// simulate a database created before STAFF.NAME was indexed
		try (Connection c = DriverManager.getConnection("jdbc:derby:" + dir.resolve("db"));
				Statement s = c.createStatement()) {
			s.execute("DROP INDEX A_STAFF_I_NAME");
			s.execute("ALTER TABLE A_STAFF DROP COLUMN I_NAME");
		} finally {
			try {
				DriverManager.getConnection("jdbc:derby:" + dir.resolve("db") + ";shutdown=true");
			} catch (java.sql.SQLException expected) {
				// clean shutdown
			}
		}
		store = SqlStore.open(dir.resolve("db"));
		assertEquals(version, store.schemaVersion());
		assertEquals(1, store.count(Query.of(Literals.STAFF).eq(Literals.STAFF__NAME, "七号")));
	}
}
