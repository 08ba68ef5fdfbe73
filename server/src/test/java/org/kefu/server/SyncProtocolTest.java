package org.kefu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.admin.LogService;
import org.kefu.demo.DemoData;
import org.kefu.demo.DemoSize;
import org.kefu.model.admin.AdminPackage;
import org.kefu.model.admin.LogEntry;
import org.kefu.model.admin.Staff;
import org.kefu.model.service.Customer;
import org.kefu.model.service.Priority;
import org.kefu.model.service.ServiceFactory;
import org.kefu.model.service.ServicePackage.Literals;
import org.kefu.model.service.Ticket;
import org.kefu.model.service.TicketAction;
import org.kefu.model.service.TicketStatus;
import org.kefu.model.service.TicketStep;
import org.kefu.store.AggregateStore;
import org.kefu.store.Query;
import org.kefu.sync.RefusedChanges;
import org.kefu.sync.SyncClient;
import org.kefu.sync.SyncCodec;

/**
 * The sync protocol end to end: a real Jetty server on real Derby with the small demo enterprise, and branch clients
 * with Derby stores of their own that edit offline and sync in different orders.
 */
class SyncProtocolTest {

	@TempDir
	static Path dir;

	static KefuServer server;
	static String url;
	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startServer() throws Exception {
		server = ServerFixture.start(dir.resolve("server"));
		url = "http://127.0.0.1:" + server.port();
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (server != null) {
			server.close();
			server = null;
		}
	}

	@Test
	void twoBranchesEditOfflineSyncInEitherOrderAndConverge() {
		for (boolean aFirst : new boolean[] { true, false }) {
			String t1 = "ticket:conv-" + aFirst + "-1";
			String t2 = "ticket:conv-" + aFirst + "-2";
			server.store().put(ticket(t1, "宽带无法上网", null));
			server.store().put(ticket(t2, "话费争议", null));
			try (Branch a = new Branch(dir.resolve("a-" + aFirst), url, "A0001");
					Branch b = new Branch(dir.resolve("b-" + aFirst), url, "A0002")) {
				a.sync();
				b.sync();
				// offline: both change T1's title (a true conflict), and different fields and tickets besides
				a.edit(t1, t -> {
					t.setTitle("宽带无法上网（光猫已重启）");
					t.getSteps().add(step("a-step", "A0001", "已指导重启光猫"));
				});
				b.edit(t1, t -> {
					t.setTitle("宽带无法上网（需上门）");
					t.setPriority(Priority.HIGH);
					t.getSteps().add(step("b-step", "A0002", "已预约上门"));
				});
				b.edit(t2, t -> t.setDescription("客户对 10 月账单的流量费有异议"));
				// the write with the larger stamp wins wherever the merge happens; which one that is depends on the
				// branches' hybrid clocks (the skew test may have moved the server's ahead), so it is read, not assumed
				boolean bLater = titleStamp(b, t1).after(titleStamp(a, t1));
				String winner = (bLater ? b : a).ticket(t1).getTitle();
				String loser = (bLater ? a : b).ticket(t1).getTitle();
				Branch first = aFirst ? a : b;
				Branch second = aFirst ? b : a;
				first.sync();
				SyncResultCheck.conflicts(second.sync(), 1);
				first.sync();
				second.sync();

				for (Branch branch : List.of(a, b)) {
					for (String id : List.of(t1, t2)) {
						Ticket here = branch.ticket(id);
						Ticket there = server.store().<Ticket>get(Literals.TICKET, id).orElseThrow();
						assertTrue(EcoreUtil.equals(here, there), id + " differs between branch and server:\n" + here + "\n" + there);
					}
				}
				Ticket merged = a.ticket(t1);
				assertEquals(winner, merged.getTitle(), "the later write wins on every node");
				assertEquals(Priority.HIGH, merged.getPriority(), "a field only one side changed is kept");
				assertEquals(Set.of(t1 + ":create", "a-step", "b-step"), merged.getSteps().stream().map(TicketStep::getId).collect(Collectors.toSet()),
						"appended steps from both sides are all kept");
				assertEquals("客户对 10 月账单的流量费有异议", a.ticket(t2).getDescription());

				List<AggregateStore.ConflictRecord> conflicts = server.store().transaction(tx -> tx.conflicts(false)).stream()
						.filter(c -> c.entityId().equals(t1)).toList();
				assertEquals(1, conflicts.size(), "the conflict is recorded once: " + conflicts);
				AggregateStore.ConflictRecord c = conflicts.get(0);
				assertEquals("title", c.feature());
				assertEquals(winner, c.newerValue());
				assertEquals(loser, c.olderValue(), "the losing value is kept for review");
				assertEquals("宽带无法上网", c.baseValue(), "the value both started from");

				// a supervisor reviews it and keeps the value that lost; the choice reaches every branch
				Branch lead = new Branch(dir.resolve("lead-" + aFirst), url, "L0011");
				try (lead) {
					JsonNode list = lead.sync.conflicts();
					assertTrue(list.findValues("id").stream().anyMatch(n -> n.asLong() == c.id()));
					lead.sync.resolve(c.id(), true);
				}
				a.sync();
				b.sync();
				assertEquals(loser, a.ticket(t1).getTitle());
				assertEquals(loser, b.ticket(t1).getTitle());
				assertTrue(server.store().transaction(tx -> tx.conflicts(true)).stream().noneMatch(x -> x.id() == c.id()));
			}
		}
	}

	@Test
	void theSameBatchPushedThreeTimesLeavesOneCopy() throws Exception {
		String token = login("A0003");
		String node = UUID.randomUUID().toString();
		ObjectNode batch = SyncCodec.JSON.createObjectNode().put("node", node);
		var changes = batch.putArray("changes");
		for (int i = 1; i <= 5; i++) {
			changes.add(change(i, node, ticket("ticket:batch-" + i, "批次工单 " + i, null)));
		}
		long before = server.store().transaction(tx -> tx.lastSeq());
		JsonNode first = post("/api/sync/push", token, batch.toString());
		JsonNode second = post("/api/sync/push", token, batch.toString());
		JsonNode third = post("/api/sync/push", token, batch.toString());
		assertEquals(5, first.path("applied").asInt());
		assertEquals(5, second.path("duplicates").asInt());
		assertEquals(0, second.path("applied").asInt());
		assertEquals(5, third.path("duplicates").asInt());
		List<org.kefu.store.Change> logged = server.store().changesSince(before, 1000).stream()
				.filter(c -> node.equals(c.origin())).toList();
		assertEquals(5, logged.size(), "each change entered the server's log once");
		for (int i = 1; i <= 5; i++) {
			assertNotNull(server.store().get(Literals.TICKET, "ticket:batch-" + i).orElse(null));
		}
	}

	@Test
	void skewedClocksStillOrderCausallyRelatedEdits() {
		String id = "ticket:skew";
		server.store().put(ticket(id, "停机保号", null));
		long fiveMinutes = 5 * 60_000;
		try (Branch ahead = new Branch(dir.resolve("ahead"), url, "A0004", () -> System.currentTimeMillis() + fiveMinutes);
				Branch behind = new Branch(dir.resolve("behind"), url, "A0005", () -> System.currentTimeMillis() - fiveMinutes)) {
			ahead.sync();
			behind.sync();
			ahead.edit(id, t -> t.setTitle("停机保号（已核实身份）"));
			ahead.sync();
			behind.sync(); // sees the edit of the branch whose clock is ten minutes ahead of its own
			assertEquals("停机保号（已核实身份）", behind.ticket(id).getTitle());
			behind.edit(id, t -> t.setTitle("停机保号（已办理）")); // made after, and knowing of, the first edit
			behind.sync();
			ahead.sync();
			assertEquals("停机保号（已办理）", ahead.ticket(id).getTitle(), "the causally later edit wins despite the slower clock");
			assertEquals("停机保号（已办理）", server.store().<Ticket>get(Literals.TICKET, id).orElseThrow().getTitle());
			assertTrue(server.store().transaction(tx -> tx.conflicts(false)).stream().noneMatch(c -> c.entityId().equals(id)),
					"a causal successor is no conflict");
		}
	}

	@Test
	void aPartnerPullHoldsOnlyWhatThePartnerMaySee() {
		server.store().put(ticket("ticket:p1", "协同：装维上门", DemoData.PARTNER_ENTERPRISES.get(0)));
		server.store().put(ticket("ticket:p2", "协同：另一家合作方", DemoData.PARTNER_ENTERPRISES.get(1)));
		server.store().put(ticket("ticket:internal", "内部工单", null));
		try (Branch partner = new Branch(dir.resolve("partner"), url, "P1001")) {
			partner.sync();
			PartnerVisibility.assertOnlyPermitted(partner.store, "P1001", DemoData.PARTNER_ENTERPRISES.get(0));
			assertNotNull(partner.get(Literals.TICKET, "ticket:p1"));
			assertNull(partner.get(Literals.TICKET, "ticket:p2"));
			assertNull(partner.get(Literals.TICKET, "ticket:internal"));

			// a change touching data the partner may not change is refused and audited; the branch keeps it aside, the
			// rest of its work goes through
			Customer c = server.store().<Customer>query(Query.of(Literals.CUSTOMER).page(0, 1)).get(0);
			c.setName("被篡改");
			partner.store.put(c);
			partner.edit("ticket:p1", t -> t.setTitle("协同：装维上门（已接单）"));
			assertEquals(1, partner.sync().refused());
			assertFalse("被篡改".equals(server.store().<Customer>get(Literals.CUSTOMER, c.getId()).orElseThrow().getName()));
			assertEquals("协同：装维上门（已接单）", server.store().<Ticket>get(Literals.TICKET, "ticket:p1").orElseThrow().getTitle());
			String reason = partner.sync.refused().get(0).reason();
			assertTrue(reason.contains("无权修改") && reason.contains(c.getId()), reason);
			assertTrue(securityEvents("ACCESS_DENIED").stream().anyMatch(e -> "P1001".equals(e.getStaffNo())));
		}
	}

	@Test
	void aBatchWithOneForbiddenChangeIsRefusedWholeAndNamesIt() throws Exception {
		server.store().put(ticket("ticket:w1", "协同：整批", DemoData.PARTNER_ENTERPRISES.get(0)));
		server.store().put(ticket("ticket:w2", "内部：整批", null));
		String token = login("P1001");
		String node = UUID.randomUUID().toString();
		ObjectNode allowed = change(1, node, ticket("ticket:w1", "协同：整批（改）", DemoData.PARTNER_ENTERPRISES.get(0)));
		ObjectNode forbidden = change(2, node, ticket("ticket:w2", "内部：整批（改）", DemoData.PARTNER_ENTERPRISES.get(0)));
		HttpResponse<String> r = send("POST", "/api/sync/push", token, batch(node, allowed, forbidden));
		assertError(403, "无权修改", r);
		assertEquals(forbidden.path("changeId").asText(), SyncCodec.JSON.readTree(r.body()).path("change").asText());
		assertEquals("协同：整批", server.store().<Ticket>get(Literals.TICKET, "ticket:w1").orElseThrow().getTitle(),
				"nothing of a refused batch is applied");
		assertEquals("内部：整批", server.store().<Ticket>get(Literals.TICKET, "ticket:w2").orElseThrow().getTitle());
	}

	@Test
	void aTicketRoutedToAnotherPartnerLeavesTheFirstPartnersBranchAndItsStaleEditIsSetAside() {
		String first = DemoData.PARTNER_ENTERPRISES.get(0);
		String second = DemoData.PARTNER_ENTERPRISES.get(1);
		server.store().put(ticket("ticket:r1", "协同：光猫更换", first));
		server.store().put(ticket("ticket:r2", "协同：线路复测", first));
		try (Branch partner = new Branch(dir.resolve("partner-r"), url, "P1001")) {
			partner.sync();
			assertNotNull(partner.get(Literals.TICKET, "ticket:r1"));

			// offline, the partner edits both tickets; meanwhile the centre routes r1 to the other partner
			partner.edit("ticket:r1", t -> t.setTitle("协同：光猫更换（远景已上门）"));
			partner.edit("ticket:r2", t -> t.setTitle("协同：线路复测（已完成）"));
			Ticket routed = server.store().<Ticket>get(Literals.TICKET, "ticket:r1").orElseThrow();
			routed.setPartnerEnterpriseId(second);
			server.store().put(routed);

			SyncClient.Report report = partner.sync(); // does not stop: the stale edit is set aside, the rest goes through
			assertEquals(1, report.refused());
			Ticket onServer = server.store().<Ticket>get(Literals.TICKET, "ticket:r1").orElseThrow();
			assertEquals("协同：光猫更换", onServer.getTitle(), "the stale copy's edit does not reach the new partner's ticket");
			assertEquals(second, onServer.getPartnerEnterpriseId());
			assertEquals("协同：线路复测（已完成）", server.store().<Ticket>get(Literals.TICKET, "ticket:r2").orElseThrow().getTitle());
			assertNull(partner.get(Literals.TICKET, "ticket:r1"), "the routed ticket is withdrawn from the first partner's branch");
			List<RefusedChanges.Entry> refused = partner.sync.refused();
			assertEquals(1, refused.size());
			assertTrue(refused.get(0).reason().contains("ticket:r1"), refused.get(0).reason());
			assertTrue(securityEvents("ACCESS_DENIED").stream().anyMatch(e -> "P1001".equals(e.getStaffNo())));

			assertEquals(0, partner.sync().refused(), "a refused change is not sent again");
			assertEquals(0, partner.sync.pending());
		}
		try (Branch other = new Branch(dir.resolve("partner-2"), url, "P2001")) {
			other.sync();
			assertEquals("协同：光猫更换", other.<Ticket>get(Literals.TICKET, "ticket:r1").getTitle());
			assertNull(other.get(Literals.TICKET, "ticket:r2"));
		}
	}

	@Test
	void badInputIsRefusedWithAClearMessageAndChangesNothing() throws Exception {
		String token = login("A0006");
		long tickets = server.store().count(Query.of(Literals.TICKET));
		String node = UUID.randomUUID().toString();

		assertError(400, "JSON", send("POST", "/api/sync/push", token, "{\"node\": \"" + node + "\", \"changes\": [ {"));
		assertError(400, "node", send("POST", "/api/sync/push", token, "{\"changes\": []}"));
		ObjectNode unknown = change(1, node, ticket("ticket:x", "x", null)).put("entity", "Spaceship");
		assertError(400, "Spaceship", send("POST", "/api/sync/push", token, batch(node, unknown)));
		ObjectNode notMine = change(1, UUID.randomUUID().toString(), ticket("ticket:y", "y", null));
		assertError(400, "不是由推送节点产生", send("POST", "/api/sync/push", token, batch(node, notMine)));
		assertError(400, "序号必须递增", send("POST", "/api/sync/push", token,
				batch(node, change(7, node, ticket("ticket:s1", "s", null)), change(3, node, ticket("ticket:s2", "s", null)))));
		assertError(413, "过大", send("POST", "/api/sync/push", token, "{\"pad\": \"" + "x".repeat(ApiHandler.MAX_BODY) + "\"}"));
		assertError(401, "令牌", send("POST", "/api/sync/push", token.substring(0, token.length() - 3) + "abc", batch(node)));
		assertError(401, "令牌", send("GET", "/api/sync/pull?after=0", "forged.token", null));
		assertError(401, "登录", send("GET", "/api/sync/pull?after=0", null, null));
		assertError(400, "after", send("GET", "/api/sync/pull?after=-4", token, null));
		assertError(400, "limit", send("GET", "/api/sync/pull?after=0&limit=99999", token, null));
		assertError(409, "检查点", send("GET", "/api/sync/pull?after=" + (server.store().transaction(tx -> tx.lastSeq()) + 1000), token, null));
		assertError(401, "工号或密码错误", send("POST", "/api/login", null, "{\"staffNo\": \"A0006\", \"password\": \"wrong\"}"));

		assertEquals(tickets, server.store().count(Query.of(Literals.TICKET)), "nothing was applied");
		assertTrue(securityEvents("SYNC_REJECTED").size() >= 8, "refusals are logged");
		assertTrue(securityEvents("TOKEN_REJECTED").size() >= 3, "token refusals are logged");

		// a logout revokes the token on every instance sharing the database
		assertEquals(200, send("POST", "/api/logout", token, "{}").statusCode());
		assertError(401, "注销", send("GET", "/api/sync/pull?after=0", token, null));
	}

	// ---- helpers

	/** The stamp of a branch's own latest write of a ticket's title, from its change log. */
	private static org.kefu.store.Stamp titleStamp(Branch branch, String ticketId) {
		List<org.kefu.store.Change> own = branch.store.changesSince(0, Integer.MAX_VALUE, branch.store.nodeId()).stream()
				.filter(c -> c.entityId().equals(ticketId)).toList();
		return own.get(own.size() - 1).clocks().stamp("title");
	}

	private static List<LogEntry> securityEvents(String event) {
		return new LogService(server.store()).search(new LogService.Filter(null, null, null, null, null, event, null), 0, 1000);
	}

	static Ticket ticket(String id, String title, String partner) {
		Ticket t = ServiceFactory.eINSTANCE.createTicket();
		t.setId(id);
		t.setNumber(id.substring(id.indexOf(':') + 1).toUpperCase());
		t.setType("故障");
		t.setTitle(title);
		t.setStatus(TicketStatus.NEW);
		t.setPriority(Priority.NORMAL);
		t.setCreatedAt(new Date());
		t.setCollaboration(partner != null);
		t.setPartnerEnterpriseId(partner);
		t.getSteps().add(step(id + ":create", "system", "创建"));
		return t;
	}

	static TicketStep step(String id, String actor, String note) {
		TicketStep s = ServiceFactory.eINSTANCE.createTicketStep();
		s.setId(id);
		s.setTime(new Date());
		s.setActorStaffNo(actor);
		s.setAction(TicketAction.COMMENT);
		s.setNote(note);
		return s;
	}

	private static ObjectNode change(long seq, String node, Ticket t) {
		org.kefu.store.FieldClocks clocks = new org.kefu.store.FieldClocks();
		org.kefu.store.Stamp stamp = new org.kefu.store.Stamp(System.currentTimeMillis() << 16, node);
		for (var f : t.eClass().getEAllStructuralFeatures()) {
			if (t.eIsSet(f)) {
				clocks.written(f.getName(), stamp);
			}
		}
		return SyncCodec.encode(new org.kefu.store.Change(seq, UUID.randomUUID().toString(), "Ticket", t.getId(),
				org.kefu.store.Change.Operation.UPSERT, 1, stamp.hlc(), java.time.Instant.now(), null,
				org.kefu.store.Bodies.encode(t), node, clocks));
	}

	private static String batch(String node, ObjectNode... changes) {
		ObjectNode b = SyncCodec.JSON.createObjectNode().put("node", node);
		var array = b.putArray("changes");
		for (ObjectNode c : changes) {
			array.add(c);
		}
		return b.toString();
	}

	private String login(String staffNo) throws Exception {
		HttpResponse<String> r = send("POST", "/api/login", null,
				"{\"staffNo\": \"" + staffNo + "\", \"password\": \"" + DemoData.PASSWORD + "\"}");
		assertEquals(200, r.statusCode(), r.body());
		return SyncCodec.JSON.readTree(r.body()).path("token").asText();
	}

	private JsonNode post(String path, String token, String body) throws Exception {
		HttpResponse<String> r = send("POST", path, token, body);
		assertEquals(200, r.statusCode(), r.body());
		return SyncCodec.JSON.readTree(r.body());
	}

	private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).method(method,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void assertError(int status, String fragment, HttpResponse<String> r) throws Exception {
		assertEquals(status, r.statusCode(), r.body());
		String message = SyncCodec.JSON.readTree(r.body()).path("error").asText();
		assertTrue(message.contains(fragment), "message should mention " + fragment + ": " + message);
	}

	/** What checks {@link org.kefu.sync.SyncClient.Report}s. */
	static final class SyncResultCheck {
		static void conflicts(org.kefu.sync.SyncClient.Report report, int expected) {
			assertEquals(expected, report.conflicts(), "conflicts reported to the branch that pushed second: " + report);
		}
	}

}
