package org.kefu.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kefu.admin.AdminSeed;
import org.kefu.admin.PasswordHasher;
import org.kefu.model.admin.AdminFactory;
import org.kefu.model.admin.AdminPackage;
import org.kefu.model.admin.Enterprise;
import org.kefu.model.admin.EnterpriseKind;
import org.kefu.model.admin.PostCategory;
import org.kefu.model.admin.Role;
import org.kefu.model.admin.Staff;
import org.kefu.store.SqlStore;
import org.kefu.ui.admin.parts.LogPart;
import org.kefu.ui.admin.parts.OrgPart;
import org.kefu.ui.admin.parts.ParameterPart;
import org.kefu.ui.admin.parts.PermissionPart;
import org.kefu.ui.admin.parts.StaffPart;
import org.kefu.ui.parts.PerspectiveSwitcher;

/**
 * The real workbench under Xvfb, logged in through the real login dialog: what each role sees, and an administrator's
 * matrix change reaching an agent at the next login.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchPermissionUiTest {

	static final String PASSWORD = "Kefu@2026";
	static final String ADMIN_PERSPECTIVE = "org.kefu.ui.admin.perspective";
	static final String SERVICE_PERSPECTIVE = "org.kefu.ui.service.perspective";
	static final List<String> ADMIN_PARTS = List.of("org", "staff", "permission", "log", "parameter");
	static Path data;

	@BeforeAll
	static void seed() throws Exception {
		data = Files.createTempDirectory("kefu-ui-test");
		try (SqlStore store = SqlStore.open(data.resolve("db"))) {
			AdminSeed.seedIfEmpty(store);
			AdminSeed.ensureAdministrator(store, "华信通信", "admin", PASSWORD.toCharArray(), 1_000);
			Enterprise partner = AdminFactory.eINSTANCE.createEnterprise();
			partner.setId("ent:partner");
			partner.setName("远景外包呼叫中心");
			partner.setKind(EnterpriseKind.PARTNER);
			store.put(partner);
			store.put(staff("A1001", "李娜", AdminSeed.OWN_ENTERPRISE, "agent"));
			store.put(staff("P2001", "赵磊", "ent:partner", "partner_agent"));
		}
	}

	@AfterAll
	static void clearProperties() {
		System.clearProperty("kefu.data");
	}

	static Staff staff(String no, String name, String enterprise, String role) {
		Staff s = AdminFactory.eINSTANCE.createStaff();
		s.setId("staff:" + no);
		s.setStaffNo(no);
		s.setName(name);
		s.setEnterpriseId(enterprise);
		s.setPostCategory(PostCategory.AGENT);
		s.setPostLevel(1);
		s.getRoleCodes().add(role);
		PasswordHasher.setPassword(s, PASSWORD.toCharArray(), 1_000);
		return s;
	}

	/** Any element of the model by id, wherever it is (menus, perspectives, trims) and whether rendered or not. */
	static MUIElement element(MApplication app, String id) {
		for (var it = ((org.eclipse.emf.ecore.EObject) app).eAllContents(); it.hasNext();) {
			if (it.next() instanceof MUIElement e && id.equals(e.getElementId())) {
				return e;
			}
		}
		throw new AssertionError("no element " + id + " in the model");
	}

	static List<String> menuBarTexts(RunningWorkbench.Session s) {
		return Arrays.stream(s.window().getMenuBar().getItems()).map(MenuItem::getText).toList();
	}

	static List<String> fileMenuTexts(RunningWorkbench.Session s) {
		Menu file = s.window().getMenuBar().getItems()[0].getMenu();
		file.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		return Arrays.stream(file.getItems()).map(MenuItem::getText).toList();
	}

	static PerspectiveSwitcher switcher(MApplication app) {
		return (PerspectiveSwitcher) ((org.eclipse.e4.ui.model.application.ui.menu.MToolControl) element(app,
				"org.kefu.ui.toolcontrol.perspectives")).getObject();
	}

	@Test
	@Order(1)
	void anAgentSeesNoAdministrationAndNoElementTaggedForOtherModules() {
		RunningWorkbench.run(data, "A1001", PASSWORD, s -> {
			MApplication app = s.application();
			assertFalse(element(app, ADMIN_PERSPECTIVE).isToBeRendered());
			assertFalse(element(app, "org.kefu.ui.admin.menu").isToBeRendered());
			assertFalse(menuBarTexts(s).stream().anyMatch(t -> t.contains("系统管理")), menuBarTexts(s).toString());
			assertEquals(List.of("org.kefu.ui.perspective.home", SERVICE_PERSPECTIVE), switcher(app).offeredPerspectives(),
					"an agent works in the service process; administration is not offered");

			// the test bundle's fragment: tagged elements are gone, the untagged one stays
			assertFalse(element(app, "org.kefu.ui.tests.perspective.review").isToBeRendered());
			assertFalse(element(app, "org.kefu.ui.tests.menuitem.review").isToBeRendered());
			assertTrue(element(app, "org.kefu.ui.tests.menuitem.open").isToBeRendered());
			assertTrue(app.getHandlers().stream().noneMatch(h -> "org.kefu.ui.tests.handler.review".equals(h.getElementId())));
			List<String> file = fileMenuTexts(s);
			assertTrue(file.stream().anyMatch(t -> t.contains("人人可见")), file.toString());
			assertFalse(file.stream().anyMatch(t -> t.contains("知识审核")), file.toString());

			// the status line names the user
			List<Label> labels = RunningWorkbench.all(s.window(), Label.class, l -> l.getText().contains("A1001"));
			assertFalse(labels.isEmpty(), "status line with the user");
			assertTrue(labels.get(0).isVisible() && labels.get(0).getSize().y > 0, "status line visible");
			s.screenshot("agent-workbench");
		});
	}

	@Test
	@Order(2)
	void anAdministratorUsesEveryModuleAndGrantsTheLogModuleToAgents() {
		RunningWorkbench.run(data, "admin", PASSWORD, s -> {
			MApplication app = s.application();
			assertTrue(element(app, ADMIN_PERSPECTIVE).isToBeRendered());
			assertTrue(menuBarTexts(s).stream().anyMatch(t -> t.contains("系统管理")));
			EPartService parts = app.getContext().get(EPartService.class);
			parts.switchPerspective((MPerspective) element(app, ADMIN_PERSPECTIVE));
			Class<?>[] types = { OrgPart.class, StaffPart.class, PermissionPart.class, LogPart.class, ParameterPart.class };
			for (int i = 0; i < ADMIN_PARTS.size(); i++) {
				MPart part = parts.showPart("org.kefu.ui.admin.part." + ADMIN_PARTS.get(i), EPartService.PartState.ACTIVATE);
				assertInstanceOf(types[i], part.getObject());
				s.settle();
				s.screenshot("admin-" + ADMIN_PARTS.get(i));
			}
			StaffPart staff = (StaffPart) parts.findPart("org.kefu.ui.admin.part.staff").getObject();
			s.await(() -> staff.table().getItemCount() == 3, "three staff rows");

			PermissionPart permissions = (PermissionPart) parts.showPart("org.kefu.ui.admin.part.permission",
					EPartService.PartState.ACTIVATE).getObject();
			Table matrix = permissions.matrix();
			s.await(() -> matrix.getItemCount() > 50, "the matrix");
			int agentColumn = column(matrix, "坐席");
			TableItem logRow = Arrays.stream(matrix.getItems()).filter(r -> r.getText(1).equals("日志管理")).findFirst().orElseThrow();
			assertEquals("", logRow.getText(agentColumn));
			permissions.toggle(logRow, agentColumn);
			assertEquals("✔", logRow.getText(agentColumn));
			s.screenshot("admin-permission-granted");
		});
		try (SqlStore store = SqlStore.open(data.resolve("db"))) {
			Role agent = store.<Role>get(AdminPackage.Literals.ROLE, "role:agent").orElseThrow();
			assertTrue(agent.getModules().contains("admin.log"));
		}
	}

	@Test
	@Order(3)
	void theGrantTakesEffectAtTheAgentsNextLogin() {
		RunningWorkbench.run(data, "A1001", PASSWORD, s -> {
			MApplication app = s.application();
			assertTrue(element(app, ADMIN_PERSPECTIVE).isToBeRendered());
			assertTrue(element(app, "org.kefu.ui.admin.part.log").isToBeRendered());
			for (String hidden : List.of("org", "staff", "permission", "parameter")) {
				assertFalse(element(app, "org.kefu.ui.admin.part." + hidden).isToBeRendered(), hidden);
			}
			assertEquals(List.of("org.kefu.ui.perspective.home", SERVICE_PERSPECTIVE, ADMIN_PERSPECTIVE), switcher(app).offeredPerspectives());
			EPartService parts = app.getContext().get(EPartService.class);
			parts.switchPerspective((MPerspective) element(app, ADMIN_PERSPECTIVE));
			LogPart log = (LogPart) parts.showPart("org.kefu.ui.admin.part.log", EPartService.PartState.ACTIVATE).getObject();
			assertNotNull(log);
			s.await(() -> log.entries().getItemCount() > 0, "log entries");
			s.screenshot("agent-with-log-module");
		});
	}

	static int column(Table table, String title) {
		for (int i = 0; i < table.getColumnCount(); i++) {
			if (table.getColumn(i).getText().equals(title)) {
				return i;
			}
		}
		throw new AssertionError("no column " + title);
	}
}
