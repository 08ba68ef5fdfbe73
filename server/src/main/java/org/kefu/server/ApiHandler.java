package org.kefu.server;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.kefu.admin.AdminServices;
import org.kefu.admin.LoginService;
import org.kefu.admin.Subject;
import org.kefu.demo.DemoData;
import org.kefu.store.AggregateStore;
import org.kefu.sync.SyncCodec;

/**
 * The server's HTTP API: health, login/logout, sync push and pull, the conflicts a supervisor reviews, and the ticket
 * status customers may follow (JSON, and an HTML page at {@code /ticket}). Every API answer is JSON; every refusal
 * carries {@code error}, a message for the person at the client. Nothing is kept between
 * requests but what the database holds.
 */
final class ApiHandler extends Handler.Abstract {

	/** Large enough for a full push batch of big aggregates; anything larger is refused unread. */
	static final int MAX_BODY = 16 * 1024 * 1024;

	private final AggregateStore store;
	private final TokenService tokens;
	private final Authenticator authenticator;
	private final SyncEndpoints sync;
	private final ConflictEndpoints conflicts;
	private final TicketStatusEndpoint ticketStatus;

	ApiHandler(AggregateStore store) {
		this.store = store;
		this.tokens = new TokenService(store);
		this.authenticator = new Authenticator(store, tokens);
		this.sync = new SyncEndpoints(store);
		this.conflicts = new ConflictEndpoints(store);
		this.ticketStatus = new TicketStatusEndpoint(store);
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) {
		String route = request.getMethod() + " " + Request.getPathInContext(request);
		if (route.equals("GET /ticket")) {
			return statusPage(request, response, callback);
		}
		Subject subject = null;
		try {
			JsonNode answer;
			switch (route) {
			case "GET /api/health" -> answer = health();
			case "POST /api/login" -> answer = login(body(request, null));
			case "POST /api/logout" -> {
				subject = authenticate(request);
				authenticator.revokeAll(subject.staffNo());
				answer = SyncCodec.JSON.createObjectNode().put("loggedOut", true);
			}
			case "POST /api/sync/push" -> {
				subject = authenticate(request);
				answer = sync.push(subject, body(request, subject));
			}
			case "GET /api/sync/pull" -> {
				subject = authenticate(request);
				Fields query = Request.extractQueryParameters(request);
				answer = sync.pull(subject, query.getValue("after"), query.getValue("limit"), query.getValue("node"));
			}
			case "GET /api/sync/conflicts" -> answer = conflicts.list(authenticate(request));
			case "POST /api/sync/conflicts/resolve" -> {
				subject = authenticate(request);
				answer = conflicts.resolve(subject, body(request, subject));
			}
			case "GET /api/public/ticket" -> {
				Fields query = Request.extractQueryParameters(request);
				answer = ticketStatus.json(ticketStatus.status(query.getValue("no"), query.getValue("code")));
			}
			default -> throw new ApiException(404, "未知的接口: " + route);
			}
			json(response, callback, 200, answer);
		} catch (ApiException e) {
			ObjectNode error = error(e.getMessage());
			if (e.changeId != null) {
				error.put("change", e.changeId);
			}
			json(response, callback, e.status, error);
		} catch (RuntimeException e) {
			sync.refused(subject, 500, "服务器处理失败：" + e.getMessage(), "SYNC_FAILED");
			json(response, callback, 500, error("服务器处理失败，请稍后重试（" + e.getClass().getSimpleName() + "）。"));
		}
		return true;
	}

	private Subject authenticate(Request request) {
		try {
			return authenticator.subject(request.getHeaders().get(HttpHeader.AUTHORIZATION));
		} catch (ApiException e) {
			throw sync.refused(null, e.status, e.getMessage(), "TOKEN_REJECTED");
		}
	}

	private ObjectNode health() {
		return SyncCodec.JSON.createObjectNode().put("status", "ok").put("schemaVersion", store.schemaVersion())
				.put("demo", DemoData.present(store));
	}

	private ObjectNode login(JsonNode body) {
		String staffNo = body.path("staffNo").asText("");
		String password = body.path("password").asText("");
		LoginService.Result result = AdminServices.login(store).login(staffNo, password.toCharArray());
		if (result instanceof LoginService.Failure failure) {
			throw new ApiException(401, failure.message());
		}
		Subject s = ((LoginService.Success) result).subject();
		TokenService.Issued issued = tokens.issue(s.staffNo());
		ObjectNode answer = SyncCodec.JSON.createObjectNode();
		answer.put("token", issued.token());
		answer.put("expires", issued.expires().toString());
		answer.put("staffId", s.staffId());
		answer.put("staffNo", s.staffNo());
		answer.put("name", s.name());
		answer.put("enterpriseId", s.enterpriseId());
		answer.put("enterpriseKind", s.enterpriseKind().getName());
		s.roleCodes().forEach(answer.putArray("roles")::add);
		s.modules().forEach(answer.putArray("modules")::add);
		return answer;
	}

	/** Reads a JSON body of at most {@link #MAX_BODY} bytes. */
	private JsonNode body(Request request, Subject subject) {
		long declared = request.getLength();
		if (declared > MAX_BODY) {
			throw sync.refused(subject, 413, "请求过大（" + declared / 1024 + " KB），上限为 " + MAX_BODY / 1024 / 1024 + " MB。", null);
		}
		byte[] bytes;
		try (InputStream in = Content.Source.asInputStream(request)) {
			bytes = in.readNBytes(MAX_BODY + 1);
		} catch (IOException e) {
			throw new ApiException(400, "请求未能读完：" + e.getMessage());
		}
		if (bytes.length > MAX_BODY) {
			throw sync.refused(subject, 413, "请求过大，上限为 " + MAX_BODY / 1024 / 1024 + " MB。", null);
		}
		try {
			JsonNode node = SyncCodec.JSON.readTree(bytes);
			if (node == null || !node.isObject()) {
				throw sync.refused(subject, 400, "请求内容应为 JSON 对象。", null);
			}
			return node;
		} catch (JsonProcessingException e) {
			throw sync.refused(subject, 400, "请求不是有效的 JSON（第 " + e.getLocation().getLineNr() + " 行第 "
					+ e.getLocation().getColumnNr() + " 列）。", null);
		} catch (IOException e) {
			throw new ApiException(400, "请求未能读完：" + e.getMessage());
		}
	}

	/** The customer's ticket status page: HTML, no login. */
	private boolean statusPage(Request request, Response response, Callback callback) {
		Fields query = Request.extractQueryParameters(request);
		String number = query.getValue("no");
		int status = 200;
		String page;
		if (number == null && query.getValue("code") == null) {
			page = TicketStatusEndpoint.page(null, null, null);
		} else {
			try {
				page = TicketStatusEndpoint.page(ticketStatus.status(number, query.getValue("code")), null, number);
			} catch (ApiException e) {
				status = e.status;
				page = TicketStatusEndpoint.page(null, e.getMessage(), number);
			}
		}
		response.setStatus(status);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
		Content.Sink.write(response, true, page, callback);
		return true;
	}

	private static ObjectNode error(String message) {
		return SyncCodec.JSON.createObjectNode().put("error", message);
	}

	private static void json(Response response, Callback callback, int status, JsonNode body) {
		response.setStatus(status);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
		Content.Sink.write(response, true, body.toString(), callback);
	}
}
