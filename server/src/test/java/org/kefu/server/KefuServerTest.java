package org.kefu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.admin.AdminServices;
import org.kefu.admin.LoginService;
import org.kefu.demo.DemoData;
import org.kefu.demo.DemoSize;
import org.kefu.model.admin.AdminPackage;
import org.kefu.model.admin.EnterpriseKind;
import org.kefu.store.Query;

class KefuServerTest {

	@TempDir
	Path dir;

	@Test
	void theServerStartsWithDemoDataAndAnswersOnLoopback() throws Exception {
		try (KefuServer server = new KefuServer(dir, 0, DemoSize.SMALL)) {
			HttpClient http = HttpClient.newHttpClient();
			HttpResponse<String> health = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/health")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertEquals(200, health.statusCode());
			assertTrue(health.body().contains("\"status\":\"ok\""), health.body());
			HttpResponse<String> unknown = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/nothing")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertEquals(404, unknown.statusCode());

			long staff = server.store().count(Query.of(AdminPackage.Literals.STAFF));
			assertTrue(staff >= 280 && staff <= 320, "about 300 staff: " + staff);
			assertEquals(2, server.store().count(Query.of(AdminPackage.Literals.ENTERPRISE)
					.eq(AdminPackage.Literals.ENTERPRISE__KIND, EnterpriseKind.PARTNER)));
			assertEquals(DemoSize.SMALL.customers, server.store()
					.count(Query.of(org.kefu.model.service.ServicePackage.Literals.CUSTOMER)));
			// the demo accounts log in with the documented password
			for (String no : new String[] { "admin", "A0001", "L0011", "M0001", "K0001", "P1001" }) {
				assertTrue(AdminServices.login(server.store()).login(no, DemoData.PASSWORD.toCharArray()) instanceof LoginService.Success,
						no);
			}
		}
	}
}
