package org.kefu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.demo.DemoData;
import org.kefu.demo.DemoSize;
import org.kefu.model.admin.AdminPackage;
import org.kefu.model.admin.Staff;
import org.kefu.model.desk.DeskFactory;
import org.kefu.model.desk.Note;
import org.kefu.model.service.ServicePackage;
import org.kefu.model.service.Ticket;
import org.kefu.store.AggregateStore;
import org.kefu.store.Bodies;
import org.kefu.store.Change;
import org.kefu.store.Query;
import org.kefu.sync.SyncCodec;

/**
 * A partner's pull over the whole demo enterprise (100k customers, 1M contact records, staff of three enterprises)
 * plus tickets and notes of everybody: every change the server sends is checked against what partner staff may see.
 * The check reads the wire, not a client store, so nothing a client would drop can hide a leak.
 */
class PartnerPullOverFullDemoTest {

	/** What a partner may receive at all; tickets and notes further row by row. */
	private static final Set<String> PARTNER_MAY_SEE = Set.of("Enterprise", "OrgUnit", "Staff", "Role", "FunctionModule",
			"Parameter", "Product", "ChannelInterface", "Bulletin", "Category", "Article", "Question", "BusinessCalendar", "SlaPolicy",
			"Ticket", "Note");
	private static final int TICKETS_EACH = 500;

	@TempDir
	static Path dir;

	@Test
	void aPartnerPullOverTheFullDemoHoldsNothingOutsideThePartnersPermission() throws Exception {
		try (KefuServer server = new KefuServer(KefuServer.Config.loopback(dir.resolve("server"), 0, DemoSize.FULL))) {
			String own = DemoData.PARTNER_ENTERPRISES.get(0);
			addTicketsAndNotes(server.store(), own, DemoData.PARTNER_ENTERPRISES.get(1));
			String url = "http://127.0.0.1:" + server.port();
			HttpClient http = HttpClient.newHttpClient();
			String token = SyncCodec.JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url + "/api/login"))
					.POST(HttpRequest.BodyPublishers.ofString("{\"staffNo\": \"P1001\", \"password\": \"" + DemoData.PASSWORD + "\"}"))
					.build(), HttpResponse.BodyHandlers.ofString()).body()).path("token").asText();

			Map<String, Integer> received = new TreeMap<>();
			Set<String> staff = new HashSet<>();
			Set<String> tickets = new HashSet<>();
			long scanned = server.store().transaction(AggregateStore.Transaction::lastSeq);
			long after = 0;
			long t0 = System.nanoTime();
			while (true) {
				HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/sync/pull?limit=1000&after=" + after))
						.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
				assertEquals(200, r.statusCode(), r.body());
				JsonNode page = SyncCodec.JSON.readTree(r.body());
				for (Change c : SyncCodec.decodeAll(page.path("changes"))) {
					assertPermitted(c, own);
					received.merge(c.entity(), 1, Integer::sum);
					if (c.entity().equals("Staff")) {
						staff.add(c.entityId());
					} else if (c.entity().equals("Ticket")) {
						tickets.add(c.entityId());
					}
				}
				after = page.path("last").asLong();
				if (!page.path("more").asBoolean()) {
					break;
				}
			}
			System.out.printf("partner pull over the full demo: %d server changes scanned in %.1f s, %s sent%n", scanned,
					(System.nanoTime() - t0) / 1e9, received);
			assertEquals(scanned, after, "the pull walked the whole change log");
			long theirs = server.store().count(Query.of(ServicePackage.Literals.TICKET)
					.eq(ServicePackage.Literals.TICKET__PARTNER_ENTERPRISE_ID, own).eq(ServicePackage.Literals.TICKET__COLLABORATION, true));
			assertTrue(theirs > TICKETS_EACH, "the demo's own collaboration tickets besides the test's: " + theirs);
			assertEquals(theirs, tickets.size(), "every collaboration ticket of the partner's own enterprise");
			assertEquals(1, received.get("Note"), "only the partner's own note");
			assertEquals(server.store().count(Query.of(AdminPackage.Literals.STAFF)), staff.size(),
					"the staff directory, without anybody else's password verifier");
		}
	}

	private static void assertPermitted(Change c, String own) {
		if (!PARTNER_MAY_SEE.contains(c.entity())) {
			fail("a partner received " + c.entity() + " " + c.entityId());
		}
		if (c.body() == null) {
			return;
		}
		EObject body = Bodies.decode(c.body());
		if (body instanceof Ticket t) {
			assertTrue(t.isCollaboration() && own.equals(t.getPartnerEnterpriseId()), "foreign ticket sent: " + t.getId());
		} else if (body instanceof Note n) {
			assertEquals("P1001", n.getOwnerStaffNo(), "somebody else's note sent: " + n.getId());
		} else if (body instanceof Staff s && !"P1001".equals(s.getStaffNo())) {
			assertNull(s.getPasswordHash(), "password verifier of " + s.getStaffNo() + " sent");
			assertNull(s.getPasswordSalt());
		}
	}

	/** Tickets for both partners and internal ones, and notes of a partner agent, an internal agent and an admin. */
	private static void addTicketsAndNotes(AggregateStore store, String own, String other) {
		store.transaction(tx -> {
			for (int i = 0; i < TICKETS_EACH; i++) {
				tx.put(SyncProtocolTest.ticket("ticket:own" + i, "协同：上门维修 " + i, own));
				tx.put(SyncProtocolTest.ticket("ticket:other" + i, "协同：线路排查 " + i, other));
				tx.put(SyncProtocolTest.ticket("ticket:internal" + i, "内部：账务核查 " + i, null));
			}
			tx.put(note("note:p1001", "P1001"));
			tx.put(note("note:p2001", "P2001"));
			tx.put(note("note:a0006", "A0006"));
			return null;
		});
	}

	private static Note note(String id, String owner) {
		Note n = DeskFactory.eINSTANCE.createNote();
		n.setId(id);
		n.setOwnerStaffNo(owner);
		n.setText("下班前回访 " + owner);
		return n;
	}
}
