package org.kefu.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kefu.demo.DemoData;
import org.kefu.model.service.ContactRecord;
import org.kefu.model.service.Customer;
import org.kefu.model.service.ServicePackage;
import org.kefu.model.service.Ticket;
import org.kefu.model.service.TicketStatus;
import org.kefu.service.ServiceDesk;
import org.kefu.store.AggregateStore;
import org.kefu.store.Query;
import org.kefu.sync.BackgroundSync;
import org.kefu.ui.service.internal.ContactRecordDialog;
import org.kefu.ui.service.internal.TicketDialog;
import org.kefu.ui.service.parts.ContactRecordPart;
import org.kefu.ui.service.parts.CustomerPart;
import org.kefu.ui.service.parts.StatisticsPart;
import org.kefu.ui.service.parts.TicketPart;

/**
 * The service process end to end on branch clients of the real server: an agent finds a customer by a phone number
 * written the way callers give it, reads the 360 view, records the contact and sends a ticket to a partner; a partner
 * agent accepts and closes it on their own branch; the customer follows it on the status page. A team lead's work
 * list and statistics are looked at too.
 */
class ServiceUiTest {

	static final String PASSWORD = WorkbenchPermissionUiTest.PASSWORD;

	static Path dir;
	static String url;
	static Process server;

	@BeforeAll
	static void startServer() throws Exception {
		dir = Files.createTempDirectory("kefu-service-ui");
		int port = TestServer.freePort();
		url = "http://127.0.0.1:" + port;
		server = TestServer.start(dir.resolve("server"), port);
	}

	@AfterAll
	static void stopServer() throws Exception {
		TestServer.stop(server);
	}

	@Test
	void anAgentsTicketGoesToAPartnerWhoClosesItAndTheCustomerFollowsIt() throws Exception {
		Ticket[] ticket = new Ticket[1];
		RunningWorkbench.run(dir.resolve("agent"), url, "A0001", PASSWORD, s -> {
			AggregateStore store = s.application().getContext().get(AggregateStore.class);
			Customer someone = store.<Customer>query(Query.of(ServicePackage.Literals.CUSTOMER)
					.orderBy(ServicePackage.Literals.CUSTOMER__ACCOUNT, true).page(321, 1)).get(0);
			CustomerPart customers = show(s, "customer", CustomerPart.class);
			String p = someone.getPhone();
			customers.search("+86 " + p.substring(0, 3) + "-" + p.substring(3, 7) + " " + p.substring(7));
			s.await(() -> customers.view() != null && customers.view().customer().getId().equals(someone.getId()),
					"the 360 view of the caller");
			assertFalse(customers.view().contacts().isEmpty(), "the customer's history");
			s.screenshot("service-customer360");

			ServiceDesk desk = s.application().getContext().get(ServiceDesk.class);
			ContactRecordDialog record = new ContactRecordDialog(s.window(), desk, customers.view().customer());
			record.setBlockOnOpen(false);
			record.open();
			record.fill("宽带故障", "客户反映家中宽带每晚断线，已持续三天", "远程检测光猫信号弱，需上门更换", "转工单");
			s.screenshot("service-contact-dialog", record.getShell());
			press(record.getShell(), "保存");
			ContactRecord saved = record.saved();
			assertNotNull(saved, "the contact record was written");

			TicketDialog raise = new TicketDialog(s.window(), desk, store, saved);
			raise.setBlockOnOpen(false);
			raise.open();
			raise.routeToPartner(DemoData.PARTNER_ENTERPRISES.get(0));
			s.screenshot("service-ticket-dialog", raise.getShell());
			press(raise.getShell(), "创建工单");
			ticket[0] = raise.created();
			assertNotNull(ticket[0]);
			assertTrue(ticket[0].isCollaboration());
			assertTrue(ticket[0].getDescription().contains("每晚断线"), "the ticket carries the record");

			customers.open(someone.getId());
			s.await(() -> customers.view().tickets().stream().anyMatch(t -> t.getId().equals(ticket[0].getId())),
					"the new ticket in the 360 view");
			TicketPart tickets = show(s, "tickets", TicketPart.class);
			s.await(() -> !tickets.shown().isEmpty(), "the agent's work list");
			s.screenshot("service-tickets-agent");
			show(s, "contacts", ContactRecordPart.class);
			s.screenshot("service-contacts");
			pushed(s);
		});

		RunningWorkbench.run(dir.resolve("partner"), url, "P1001", PASSWORD, s -> {
			MPart customerPart = s.application().getContext().get(EPartService.class).findPart("org.kefu.ui.service.part.customer");
			assertTrue(customerPart == null || !customerPart.isToBeRendered(), "a partner has no customer 360");
			TicketPart tickets = show(s, "tickets", TicketPart.class);
			s.await(() -> tickets.shown().stream().anyMatch(t -> t.getId().equals(ticket[0].getId())),
					"the collaboration ticket in the partner's list");
			assertTrue(tickets.shown().stream().allMatch(t -> t.isCollaboration()
					&& DemoData.PARTNER_ENTERPRISES.get(0).equals(t.getPartnerEnterpriseId())), "only their own enterprise's");
			tickets.select(ticket[0].getId());
			press(s.window(), "受理");
			s.await(() -> status(s, ticket[0]) == TicketStatus.IN_PROGRESS, "the partner to accept");
			tickets.select(ticket[0].getId());
			s.screenshot("service-tickets-partner");
			press(s.window(), "办结");
			s.await(() -> status(s, ticket[0]) == TicketStatus.CLOSED, "the partner to close");
			pushed(s);
		});

		HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/ticket?no="
				+ ticket[0].getNumber() + "&code=" + ticket[0].getVerificationCode())).build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(200, page.statusCode(), page.body());
		for (String step : List.of("您的诉求已受理", "工单已由处理人员受理", "工单已办结", "已办结")) {
			assertTrue(page.body().contains(step), "the status page shows " + step);
		}
		assertFalse(page.body().contains("光猫信号弱"), "internal handling stays internal");
		Files.writeString(Path.of("target", "screenshots", "service-status-page.html"), page.body());

		RunningWorkbench.run(dir.resolve("lead"), url, "L0011", PASSWORD, s -> {
			StatisticsPart stats = show(s, "statistics", StatisticsPart.class);
			s.await(() -> !stats.counts().isEmpty(), "the statistics");
			s.screenshot("service-statistics");
			TicketPart tickets = show(s, "tickets", TicketPart.class);
			s.await(() -> !tickets.shown().isEmpty(), "the team lead's work list");
			s.screenshot("service-tickets-lead");
		});
	}

	/** Switches to the service perspective and brings the module's part up. */
	private static <T> T show(RunningWorkbench.Session s, String part, Class<T> type) {
		EModelService models = s.application().getContext().get(EModelService.class);
		EPartService parts = s.application().getContext().get(EPartService.class);
		parts.switchPerspective(models.findElements(s.application(), "org.kefu.ui.service.perspective", MPerspective.class, null).get(0));
		MPart p = parts.showPart("org.kefu.ui.service.part." + part, EPartService.PartState.ACTIVATE);
		s.await(() -> p.getObject() != null, "the part " + part);
		return type.cast(p.getObject());
	}

	private static void press(Shell shell, String label) {
		List<Button> buttons = RunningWorkbench.all(shell, Button.class, b -> label.equals(b.getText()) && b.isVisible());
		assertFalse(buttons.isEmpty(), "a button " + label);
		buttons.get(0).notifyListeners(SWT.Selection, new Event());
	}

	private static TicketStatus status(RunningWorkbench.Session s, Ticket t) {
		AggregateStore store = s.application().getContext().get(AggregateStore.class);
		return store.<Ticket>get(ServicePackage.Literals.TICKET, t.getId()).map(Ticket::getStatus).orElse(null);
	}

	/** Sends this branch's work to the server now and waits until nothing is left to send. */
	private static void pushed(RunningWorkbench.Session s) {
		BackgroundSync sync = s.application().getContext().get(BackgroundSync.class);
		java.time.Instant asked = java.time.Instant.now();
		sync.syncNow();
		s.await(() -> sync.status().state() == BackgroundSync.State.ONLINE && sync.status().lastSync() != null
				&& sync.status().lastSync().isAfter(asked) && sync.status().pending() == 0,
				"the branch's work to reach the server: " + sync.status());
	}
}
