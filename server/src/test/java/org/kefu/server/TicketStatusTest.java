package org.kefu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.admin.AdminServices;
import org.kefu.demo.DemoData;
import org.kefu.model.service.Priority;
import org.kefu.model.service.Ticket;
import org.kefu.service.Route;
import org.kefu.service.ServiceDesk;
import org.kefu.service.Tickets;
import org.kefu.sync.SyncCodec;

/** 工单处理向用户透明: the customer's status page and API, by ticket number and verification code. */
class TicketStatusTest {

	@TempDir
	Path dir;
	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aCustomerFollowsTheirTicketAndSeesOnlyWhatIsMeantForThem() throws Exception {
		try (KefuServer server = ServerFixture.start(dir.resolve("server"))) {
			String url = "http://127.0.0.1:" + server.port();
			Tickets agent = desk(server, "A0001").tickets();
			Ticket t = agent.create(new Tickets.Draft("宽带故障", "内部标题：疑似线路老化", "内部说明", Priority.NORMAL, null, null, null),
					Route.toPartner(DemoData.PARTNER_ENTERPRISES.get(0), null));
			Tickets partner = desk(server, "P1001").tickets();
			partner.accept(t.getId(), "内部：安排张师傅");
			partner.resolve(t.getId(), "内部：更换分光器", "师傅已上门更换设备，宽带恢复。");

			HttpResponse<String> ok = get(url + "/api/public/ticket?no=" + t.getNumber() + "&code=" + t.getVerificationCode());
			assertEquals(200, ok.statusCode(), ok.body());
			JsonNode status = SyncCodec.JSON.readTree(ok.body());
			assertEquals("已解决", status.path("status").asText());
			assertEquals(3, status.path("steps").size());
			assertEquals("师傅已上门更换设备，宽带恢复。", status.path("steps").get(2).path("text").asText());
			for (String secret : new String[] { "内部", "张师傅", "分光器", "P1001", "A0001" }) {
				assertFalse(ok.body().contains(secret), "the customer must not read " + secret);
			}

			HttpResponse<String> page = get(url + "/ticket?no=" + t.getNumber() + "&code=" + t.getVerificationCode());
			assertEquals(200, page.statusCode());
			assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
			assertTrue(page.body().contains("师傅已上门更换设备") && page.body().contains("已解决"));
			assertFalse(page.body().contains("内部"));
			assertTrue(get(url + "/ticket").body().contains("查询码"), "an empty form to start with");
		}
	}

	@Test
	void wrongCodesAreRefusedAndGuessingIsStopped() throws Exception {
		try (KefuServer server = ServerFixture.start(dir.resolve("server"))) {
			String url = "http://127.0.0.1:" + server.port();
			Ticket t = desk(server, "A0001").tickets().create(
					new Tickets.Draft("投诉", "投诉", null, Priority.HIGH, null, null, null), Route.toUnit("org:CC9"));
			String wrong = t.getVerificationCode().equals("000000") ? "111111" : "000000";
			HttpResponse<String> r = get(url + "/api/public/ticket?no=" + t.getNumber() + "&code=" + wrong);
			assertEquals(404, r.statusCode());
			assertTrue(SyncCodec.JSON.readTree(r.body()).path("error").asText().contains("不正确"));
			assertEquals(404, get(url + "/api/public/ticket?no=GD00000000XXXXXX&code=123456").statusCode(),
					"an unknown number reads like a wrong code");
			assertEquals(400, get(url + "/api/public/ticket?no=" + enc("<script>") + "&code=1").statusCode());
			for (int i = 1; i < TicketStatusEndpoint.MAX_TRIES; i++) {
				get(url + "/api/public/ticket?no=" + t.getNumber() + "&code=" + wrong);
			}
			HttpResponse<String> blocked = get(url + "/api/public/ticket?no=" + t.getNumber() + "&code=" + t.getVerificationCode());
			assertEquals(429, blocked.statusCode(), "even the right code waits once the number was guessed at");
			assertTrue(get(url + "/ticket?no=" + t.getNumber() + "&code=" + wrong).body().contains("15 分钟"));
		}
	}

	private static ServiceDesk desk(KefuServer server, String staffNo) {
		var subject = AdminServices.login(server.store()).subject(staffNo).orElseThrow();
		return new ServiceDesk(server.store(), new AdminServices(server.store(), subject));
	}

	private HttpResponse<String> get(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
