package org.kefu.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.e4.ui.model.application.ui.menu.MMenuItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kefu.model.service.Priority;
import org.kefu.model.service.ServiceFactory;
import org.kefu.model.service.ServicePackage;
import org.kefu.model.service.Ticket;
import org.kefu.model.service.TicketStatus;
import org.kefu.store.SqlStore;
import org.kefu.sync.BackgroundSync;
import org.kefu.sync.SyncClient;
import org.kefu.ui.sync.ConflictsDialog;

/**
 * A branch client against the real sync server (its shaded jar, started here on loopback with the small demo): the
 * first login takes in the branch's data, the status line follows sync, a team lead reviews a conflict two other
 * branches made and restores the losing value, and with the server gone the same person logs in offline.
 */
class SyncUiTest {

	static final String PASSWORD = WorkbenchPermissionUiTest.PASSWORD;
	static final String TICKET = "ticket:ui-conflict";

	static Path dir;
	static int port;
	static String url;
	static Process server;

	@BeforeAll
	static void startServer() throws Exception {
		dir = Files.createTempDirectory("kefu-sync-ui");
		port = TestServer.freePort();
		url = "http://127.0.0.1:" + port;
		server = TestServer.start(dir.resolve("server"), port);
	}

	@AfterAll
	static void stopServer() throws Exception {
		TestServer.stop(server);
	}

	@Test
	void aBranchSyncsReviewsAConflictAndWorksOfflineWhenTheServerIsGone() throws Exception {
		String[] titles = conflictMadeByTwoBranches();
		Path lead = dir.resolve("lead");

		RunningWorkbench.run(lead, url, "L0011", PASSWORD, s -> {
			BackgroundSync sync = s.application().getContext().get(BackgroundSync.class);
			assertNotNull(sync, "a branch client syncs in the background");
			SqlStore store = (SqlStore) s.application().getContext().get(org.kefu.store.AggregateStore.class);
			assertTrue(store.count(org.kefu.store.Query.of(ServicePackage.Literals.CUSTOMER)) > 0,
					"the first login took in the branch's data");
			s.await(() -> statusText(s).contains("在线"), "the status line to show the finished round: " + statusText(s));
			assertTrue(statusText(s).contains("待上传 0 条"), statusText(s));
			EModelService models = s.application().getContext().get(EModelService.class);
			assertTrue(models.findElements(s.application(), "org.kefu.ui.menuitem.conflicts", MMenuItem.class, null,
					EModelService.IN_MAIN_MENU).size() == 1,
					"a team lead is offered the conflict review");
			s.screenshot("sync-online");

			ConflictsDialog dialog = new ConflictsDialog(s.window(), sync);
			dialog.setBlockOnOpen(false);
			dialog.open();
			s.await(() -> dialog.shown().stream().anyMatch(c -> c.path("entityId").asText().equals(TICKET)),
					"the conflict to be listed");
			Table table = RunningWorkbench.find(dialog.getShell(), Table.class, "conflicts");
			s.screenshot("sync-conflicts", dialog.getShell());
			int row = dialog.shown().stream().map(c -> c.path("entityId").asText()).toList().indexOf(TICKET);
			table.setSelection(row);
			table.notifyListeners(SWT.Selection, new Event());
			RunningWorkbench.find(dialog.getShell(), Button.class, "useLost").notifyListeners(SWT.Selection, new Event());
			Label summary = RunningWorkbench.find(dialog.getShell(), Label.class, "summary");
			s.await(() -> summary.getText().startsWith("待处理 0 条"), "the conflict to be settled: " + summary.getText());
			dialog.close();
			s.await(() -> titles[1].equals(store.<Ticket>get(ServicePackage.Literals.TICKET, TICKET).map(Ticket::getTitle).orElse(null)),
					"the restored value to reach this branch");
		});

		server.destroy();
		assertTrue(server.waitFor(60, TimeUnit.SECONDS));
		RunningWorkbench.run(lead, url, "L0011", PASSWORD, s -> {
			s.await(() -> statusText(s).contains("离线") || statusText(s).contains("服务器已恢复"),
					"the status line to show the offline state: " + statusText(s));
			assertTrue(statusText(s).contains("离线"), statusText(s));
			s.screenshot("sync-offline");
			try {
				server = TestServer.start(dir.resolve("server"), port);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
			BackgroundSync sync = s.application().getContext().get(BackgroundSync.class);
			sync.syncNow();
			s.await(() -> statusText(s).contains("服务器已恢复"), "the offer to log in again: " + statusText(s));
			s.screenshot("sync-login-needed");
		});
	}

	private static String statusText(RunningWorkbench.Session s) {
		List<Link> links = RunningWorkbench.all(s.window(), Link.class, l -> l.getText().contains("同步") || l.getText().contains("线"));
		return links.isEmpty() ? "" : links.get(0).getText().replaceAll("</?a>", "");
	}

	/** Two headless branches edit one ticket's title offline and sync: the server records a conflict. */
	private static String[] conflictMadeByTwoBranches() {
		try (SqlStore a = SqlStore.open(dir.resolve("a").resolve("db")); SqlStore b = SqlStore.open(dir.resolve("b").resolve("db"))) {
			SyncClient sa = new SyncClient(a, url);
			SyncClient sb = new SyncClient(b, url);
			sa.login("A0001", PASSWORD.toCharArray());
			sb.login("A0002", PASSWORD.toCharArray());
			Ticket t = ServiceFactory.eINSTANCE.createTicket();
			t.setId(TICKET);
			t.setNumber("UI-1");
			t.setType("故障");
			t.setTitle("宽带断线");
			t.setStatus(TicketStatus.NEW);
			t.setPriority(Priority.NORMAL);
			t.setCreatedAt(new Date());
			a.put(t);
			sa.syncOnce();
			sb.syncOnce();
			Ticket ta = a.<Ticket>get(ServicePackage.Literals.TICKET, TICKET).orElseThrow();
			ta.setTitle("宽带断线（A 网点：已远程处理）");
			a.put(ta);
			sleep(20); // b edits clearly later, so its stamp is the larger one
			Ticket tb = b.<Ticket>get(ServicePackage.Literals.TICKET, TICKET).orElseThrow();
			tb.setTitle("宽带断线（B 网点：需上门）");
			b.put(tb);
			sa.syncOnce();
			sb.syncOnce();
			// the later write (b's) won; a's is the losing value a person may restore
			return new String[] { tb.getTitle(), ta.getTitle() };
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
