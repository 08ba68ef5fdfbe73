package org.kefu.admin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.admin.AdminException;
import org.kefu.admin.AdminServices;
import org.kefu.admin.LogService;
import org.kefu.admin.StaffTransfer;
import org.kefu.model.admin.AdminPackage.Literals;
import org.kefu.model.admin.LogKind;
import org.kefu.model.admin.OrgUnit;
import org.kefu.model.admin.Staff;

class AdminModulesTest {

	@TempDir
	Path dir;
	AdminFixture f;
	AdminServices admin;

	@BeforeEach
	void setUp() {
		f = new AdminFixture(dir);
		admin = f.as("admin");
	}

	@AfterEach
	void tearDown() {
		f.close();
	}

	@Test
	void theOrgTreeIsEditedWithItsChecks() {
		OrgUnit billing = admin.org().add("ent:own", "org:centre", "账务组");
		assertEquals("客服中心 / 账务组", admin.org().path(billing.getId()));
		assertThrows(AdminException.class, () -> admin.org().add("ent:own", "org:centre", "账务组"), "duplicate name");
		admin.org().rename(billing.getId(), "账务二组");
		assertThrows(AdminException.class, () -> admin.org().move("org:centre", billing.getId()), "cycle");
		assertThrows(AdminException.class, () -> admin.org().move(billing.getId(), "org:p-team"), "other enterprise");
		admin.org().move(billing.getId(), null);
		assertNull(f.store.<OrgUnit>get(Literals.ORG_UNIT, billing.getId()).orElseThrow().getParentId());
		AdminException hasStaff = assertThrows(AdminException.class, () -> admin.org().delete("org:team1"));
		assertTrue(hasStaff.getMessage().contains("1"), hasStaff.getMessage());
		assertThrows(AdminException.class, () -> admin.org().delete("org:centre"), "has children");
		admin.org().delete(billing.getId());
		assertTrue(f.store.get(Literals.ORG_UNIT, billing.getId()).isEmpty());
		assertEquals(4, admin.log().count(new LogService.Filter(LogKind.ADMIN, null, null, null, "admin", null, null))
				- admin.log().count(new LogService.Filter(LogKind.ADMIN, null, null, null, "admin", "STAFF_CREATED", null)));
	}

	@Test
	void anImportSavesGoodRowsAndReportsEachBadOne() {
		String csv = """
				\uFEFF企业名称,工号,姓名,所属部门,岗位名称,岗位类别,岗位等级,操作权限
				华信通信,A2001,周杰,一组,话务员,坐席,2,坐席
				华信通信,A2002,吴敏,客服中心 / 一组,班长,班组长,4,班组长;坐席
				华信通信,A2003,,一组,话务员,坐席,2,坐席
				远景外包呼叫中心,P5001,孙悦,外包一组,外包坐席,坐席,1,系统管理员
				不存在的公司,X1,某人,一组,话务员,坐席,2,坐席
				华信通信,A2001,周杰伦,一组,高级话务员,坐席,3,坐席
				""";
		StaffTransfer.Report report = admin.staffTransfer()
				.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
		assertEquals(3, report.saved());
		assertEquals(List.of(4, 5, 6), report.errors().stream().map(StaffTransfer.RowResult::row).toList());
		report.errors().forEach(e -> assertTrue(e.error() != null && !e.error().isBlank()));
		Staff updated = admin.staff().byStaffNo("A2001").orElseThrow();
		assertEquals("周杰伦", updated.getName(), "a later row for the same 工号 updates it");
		assertEquals(3, updated.getPostLevel());
		assertEquals(List.of("team_lead", "agent"), admin.staff().byStaffNo("A2002").orElseThrow().getRoleCodes());
	}

	@Test
	void anXlsxExportReadsBackUnchanged() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exported = admin.staffTransfer().exportXlsx(null, out);
		assertEquals(3, exported);
		List<List<String>> before = admin.staffTransfer().rows(null);
		StaffTransfer.Report report = admin.staffTransfer().importXlsx(new ByteArrayInputStream(out.toByteArray()));
		assertEquals(3, report.saved(), report.errors().toString());
		assertEquals(before, admin.staffTransfer().rows(null));
		assertTrue(before.stream().anyMatch(r -> r.equals(List.of("华信通信", "A1001", "李娜", "客服中心 / 一组", "", "坐席", "2", "坐席"))),
				before.toString());
	}

	@Test
	void aBrokenFileGetsAClearError() {
		AdminException e = assertThrows(AdminException.class,
				() -> admin.staffTransfer().importXlsx(new ByteArrayInputStream("not a workbook".getBytes())));
		assertTrue(!e.getMessage().isBlank());
		assertThrows(AdminException.class, () -> admin.staffTransfer()
				.importCsv(new ByteArrayInputStream("工号,姓名\nA1,甲\n".getBytes(StandardCharsets.UTF_8))), "missing columns");
	}

	@Test
	void parametersAreValidatedAndFallBackToTheirDefault() {
		assertEquals(5, admin.parameters().intValue("security.login.maxFailures"));
		assertThrows(AdminException.class, () -> admin.parameters().set("security.login.maxFailures", "abc"));
		assertThrows(AdminException.class, () -> admin.parameters().set("security.login.maxFailures", "1"));
		assertThrows(AdminException.class, () -> admin.parameters().set("ticket.defaultPriority", "SOON"));
		assertThrows(AdminException.class, () -> admin.parameters().set("ui.showEnglishNames", "maybe"));
		admin.parameters().set("security.login.maxFailures", " 7 ");
		assertEquals(7, admin.parameters().intValue("security.login.maxFailures"));
		admin.parameters().resetToDefault("security.login.maxFailures");
		assertEquals(5, admin.parameters().intValue("security.login.maxFailures"));
	}

	@Test
	void logsAreFilteredAndExported() throws Exception {
		f.login("A1001");
		StringWriter out = new StringWriter();
		int n = admin.log().exportCsv(new LogService.Filter(LogKind.SECURITY, null, null, null, null, "LOGIN", null), out);
		assertEquals(2, n, "the admin's and the agent's login");
		assertTrue(out.toString().startsWith("\uFEFFtime,kind,level,staffNo,source,event,message"));
		assertEquals(1, admin.log().count(new LogService.Filter(LogKind.SECURITY, null, null, null, "A1001", null, null)));
	}
}
