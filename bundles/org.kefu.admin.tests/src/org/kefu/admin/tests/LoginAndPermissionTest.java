package org.kefu.admin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.admin.AccessDeniedException;
import org.kefu.admin.AdminException;
import org.kefu.admin.AdminServices;
import org.kefu.admin.LogService;
import org.kefu.admin.LoginService;
import org.kefu.admin.Modules;
import org.kefu.admin.StaffService;
import org.kefu.admin.Subject;
import org.kefu.model.admin.AdminPackage.Literals;
import org.kefu.model.admin.Alert;
import org.kefu.model.admin.LogKind;
import org.kefu.model.admin.PostCategory;
import org.kefu.model.admin.Role;
import org.kefu.model.admin.Staff;

class LoginAndPermissionTest {

	@TempDir
	Path dir;
	AdminFixture f;

	@BeforeEach
	void setUp() {
		f = new AdminFixture(dir);
	}

	@AfterEach
	void tearDown() {
		f.close();
	}

	LoginService.Result login(String no, String password) {
		return AdminServices.login(f.store).login(no, password.toCharArray());
	}

	@Test
	void theRightPasswordLogsInWithTheModulesOfTheRoles() {
		Subject agent = f.login("A1001");
		assertTrue(agent.may("service.customer360"));
		assertFalse(agent.may(Modules.ADMIN_STAFF));
		Subject admin = f.login("admin");
		assertTrue(admin.may(Modules.ADMIN_STAFF));
	}

	@Test
	void aLoginUpgradesAnOldCheapHash() {
		f.login("A1001");
		Staff s = f.store.<Staff>get(Literals.STAFF, "staff:A1001").orElseThrow();
		assertEquals(210_000, s.getPasswordIterations());
		f.login("A1001");
	}

	@Test
	void repeatedWrongPasswordsLockTheAccountAndRaiseAnAlert() {
		for (int i = 0; i < 4; i++) {
			assertInstanceOf(LoginService.Failure.class, login("A1001", "wrong"));
		}
		LoginService.Failure fifth = (LoginService.Failure) login("A1001", "wrong");
		assertTrue(fifth.message().contains("5"), fifth.message());
		// even the right password is refused while locked
		LoginService.Failure locked = (LoginService.Failure) login("A1001", AdminFixture.PASSWORD);
		assertTrue(locked.message().contains("15"), locked.message());

		AdminServices admin = f.as("admin");
		List<Alert> alerts = admin.log().alerts(true);
		assertTrue(alerts.stream().anyMatch(a -> a.getRuleId().equals("rule:login-failures") && "A1001".equals(a.getStaffNo())),
				"alert for repeated failures");
		assertTrue(alerts.stream().anyMatch(a -> a.getRuleId().equals("rule:account-locked")));
		assertEquals(1, admin.log().count(new LogService.Filter(LogKind.SECURITY, null, null, null, "A1001", "ACCOUNT_LOCKED", null)));

		admin.staff().unlock("staff:A1001");
		assertInstanceOf(LoginService.Success.class, login("A1001", AdminFixture.PASSWORD));
	}

	@Test
	void anUnknownStaffNumberGetsTheSameAnswerAsAWrongPassword() {
		String unknown = ((LoginService.Failure) login("NOBODY", "x")).message();
		String wrong = ((LoginService.Failure) login("A1001", "x")).message();
		assertEquals(wrong, unknown);
	}

	@Test
	void aPartnerUserIsRefusedByTheServicesAndTheRefusalIsLogged() {
		AdminServices partner = f.as("P2001");
		StaffService.Draft draft = new StaffService.Draft(null, "ent:partner", "P9999", "冒名", null, "坐席",
				PostCategory.AGENT, 1, Set.of("partner_agent"), null, null, true);
		AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> partner.staff().save(draft));
		assertEquals(Modules.ADMIN_STAFF, e.module());
		assertThrows(AccessDeniedException.class, () -> partner.org().add("ent:partner", null, "新组"));
		assertThrows(AccessDeniedException.class, () -> partner.log().search(LogService.Filter.all(), 0, 10));
		assertThrows(AccessDeniedException.class, () -> partner.staffTransfer().exportCsv(null, new java.io.ByteArrayOutputStream()),
				"no export of the staff list");
		assertEquals(0, f.store.count(org.kefu.store.Query.of(Literals.STAFF).eq(Literals.STAFF__STAFF_NO, "P9999")));
		assertEquals(4, f.as("admin").log()
				.count(new LogService.Filter(LogKind.SECURITY, null, null, null, "P2001", "ACCESS_DENIED", null)));
	}

	@Test
	void partnerUsersGetOnlyCollaborationTicketsAndKnowledgeUseWhateverTheirRoleSays() {
		Subject partner = f.login("P2001");
		assertTrue(partner.may(Modules.SERVICE_TICKET_COLLABORATION));
		assertTrue(partner.may("knowledge.query.fuzzy"));
		assertFalse(partner.may("service.customer360"));
		// a tampered role (written straight into the store) still cannot open forbidden modules to partners
		Role role = f.store.<Role>get(Literals.ROLE, "role:partner_agent").orElseThrow();
		role.getModules().add(Modules.ADMIN_STAFF);
		f.store.put(role);
		assertFalse(f.login("P2001").may(Modules.ADMIN_STAFF));
	}

	@Test
	void theMatrixEditorEnforcesPartnerRulesAndChangesTakeEffectAtTheNextLogin() {
		AdminServices admin = f.as("admin");
		assertThrows(AdminException.class, () -> admin.permissions().grant("partner_knowledge", Modules.KNOWLEDGE_REVIEW, true));
		assertThrows(AdminException.class, () -> admin.permissions().grant("partner_agent", "service.customer360", true));

		// the outsourced call centre's contract opens the customer 360 view
		admin.permissions().setContractModules("ent:partner", List.of("service.customer360"));
		admin.permissions().grant("partner_agent", "service.customer360", true);
		assertTrue(f.login("P2001").may("service.customer360"));

		Subject before = f.login("A1001");
		admin.permissions().grant("agent", "service.contact.statistics", true);
		assertFalse(before.may("service.contact.statistics"), "a running session keeps its modules");
		assertTrue(f.login("A1001").may("service.contact.statistics"), "the next login sees the change");
	}

	@Test
	void partnerKnowledgeStaffMayUseOnlyTheSixManagementFunctions() {
		f.user("P3001", "钱芳", "ent:partner", "org:p-team", "partner_knowledge");
		Subject s = f.login("P3001");
		for (String m : List.of("knowledge.edit", "knowledge.publish", "knowledge.change", "knowledge.menu", "knowledge.order",
				"knowledge.statistics")) {
			assertTrue(s.may(m), m);
		}
		assertFalse(s.may(Modules.KNOWLEDGE_REVIEW));
		assertFalse(s.may(Modules.KNOWLEDGE_ARCHIVE));
	}
}
