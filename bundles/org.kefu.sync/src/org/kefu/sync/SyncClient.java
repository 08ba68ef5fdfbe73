package org.kefu.sync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kefu.admin.Subject;
import org.kefu.model.admin.EnterpriseKind;
import org.kefu.store.AggregateStore;
import org.kefu.store.Change;

/**
 * A branch client's side of sync. {@link #syncOnce()} pushes this node's own changes after the push checkpoint, in
 * batches, then pulls the server's changes after the pull checkpoint, page by page; each pulled page is applied and
 * its checkpoint moved in one local transaction, and a pushed batch is idempotent on the server, so an interruption at
 * any point resumes where it stopped without loss or double application.
 */
public final class SyncClient {

	/** Changes per pushed batch. */
	public static final int BATCH = 200;
	static final int PULL_PAGE = 1000;
	static final String PUSH = "push";
	static final String PULL = "pull";

	/** Hears the progress of a round: after each pushed batch and each applied page. */
	public interface Progress {
		void pushed(int changes);

		void pulled(int changes);

		Progress NONE = new Progress() {
			@Override
			public void pushed(int changes) {
			}

			@Override
			public void pulled(int changes) {
			}
		};
	}

	/** What one round did. */
	public record Report(int pushed, int duplicates, int pulled, int changed, int conflicts, int refused, Instant at) {
	}

	private final AggregateStore store;
	private final String server;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private volatile String token;
	private volatile JsonNode loggedIn;

	public SyncClient(AggregateStore store, String serverUrl) {
		this.store = store;
		store.setRelay(false); // a branch sends only its own work; what it receives is in its tables, not its log
		this.server = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
	}

	/** Logs in to the server; the token it returns authorises the following requests until it expires. */
	public void login(String staffNo, char[] password) {
		ObjectNode body = SyncCodec.JSON.createObjectNode();
		body.put("staffNo", staffNo);
		body.put("password", new String(password));
		JsonNode answer = send(HttpRequest.newBuilder(URI.create(server + "/api/login")).POST(json(body)));
		token = answer.path("token").asText();
		loggedIn = answer;
	}

	/** The subject the server computed at the last login, from the permission matrix it holds. */
	public Subject subject() {
		if (loggedIn == null) {
			throw new IllegalStateException("not logged in");
		}
		Set<String> roles = new LinkedHashSet<>();
		loggedIn.path("roles").forEach(r -> roles.add(r.asText()));
		Set<String> modules = new LinkedHashSet<>();
		loggedIn.path("modules").forEach(m -> modules.add(m.asText()));
		return new Subject(loggedIn.path("staffId").asText(), loggedIn.path("staffNo").asText(), loggedIn.path("name").asText(),
				loggedIn.path("enterpriseId").asText(), EnterpriseKind.get(loggedIn.path("enterpriseKind").asText()), roles,
				modules);
	}

	/** Whether the server answers its health check now (no login needed). */
	public boolean reachable() {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(server + "/api/health")).timeout(Duration.ofSeconds(3)).build(),
					HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		} catch (IOException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Whether the server holds the demo enterprise (its health answer says so), so that the demo accounts may be named. */
	public boolean serverHasDemo() {
		try {
			HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server + "/api/health")).timeout(Duration.ofSeconds(3))
					.build(), HttpResponse.BodyHandlers.ofString());
			return r.statusCode() == 200 && SyncCodec.JSON.readTree(r.body()).path("demo").asBoolean(false);
		} catch (IOException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	public String server() {
		return server;
	}

	public boolean loggedIn() {
		return token != null;
	}

	public void useToken(String existing) {
		token = existing;
	}

	public String token() {
		return token;
	}

	/** Own changes the server refused, kept here with its reasons. */
	public List<RefusedChanges.Entry> refused() {
		return RefusedChanges.list(store);
	}

	/** Own changes not yet accepted by the server. */
	public int pending() {
		long after = store.transaction(tx -> tx.checkpoint(PUSH));
		return (int) store.countChangesSince(after, store.nodeId()); // counted, not loaded: the status line asks often
	}

	public Report syncOnce() {
		return syncOnce(Progress.NONE);
	}

	public Report syncOnce(Progress progress) {
		int[] pushed = push(progress);
		int[] pulled = pull(progress);
		return new Report(pushed[0], pushed[1], pulled[0], pulled[1], pushed[2], pushed[3], Instant.now());
	}

	/** Returns {applied, duplicates, conflicts, set aside}. */
	private int[] push(Progress progress) {
		int applied = 0;
		int duplicates = 0;
		int conflicts = 0;
		int setAside = 0;
		while (true) {
			long after = store.transaction(tx -> tx.checkpoint(PUSH));
			List<Change> batch = store.changesSince(after, BATCH, store.nodeId());
			if (batch.isEmpty()) {
				return new int[] { applied, duplicates, conflicts, setAside };
			}
			Set<String> refused = store.transaction(RefusedChanges::ids);
			List<Change> sending = batch.stream().filter(c -> !refused.contains(c.changeId())).toList();
			if (!sending.isEmpty()) {
				ObjectNode body = SyncCodec.JSON.createObjectNode();
				body.put("node", store.nodeId());
				body.set("changes", SyncCodec.encode(sending));
				JsonNode answer;
				try {
					answer = send(authorised("/api/sync/push").POST(json(body)));
				} catch (SyncException e) {
					if (!refusedOne(e, sending)) {
						throw e;
					}
					// the server took nothing of the batch: keep the refused change aside and send the rest again
					store.transaction(tx -> {
						RefusedChanges.setAside(tx, e.changeId(), e.getMessage());
						return null;
					});
					setAside++;
					continue;
				}
				applied += answer.path("applied").asInt();
				duplicates += answer.path("duplicates").asInt();
				conflicts += answer.path("conflicts").asInt();
			}
			long last = batch.get(batch.size() - 1).seq();
			store.transaction(tx -> {
				tx.checkpoint(PUSH, last);
				return null;
			});
			progress.pushed(applied + duplicates);
		}
	}

	private static boolean refusedOne(SyncException e, List<Change> sent) {
		return e.status() == 403 && e.changeId() != null && sent.stream().anyMatch(c -> c.changeId().equals(e.changeId()));
	}

	/** Returns {received, changed here}. */
	private int[] pull(Progress progress) {
		int received = 0;
		int changed = 0;
		while (true) {
			long after = store.transaction(tx -> tx.checkpoint(PULL));
			JsonNode page = send(authorised("/api/sync/pull?after=" + after + "&limit=" + PULL_PAGE + "&node=" + store.nodeId()).GET());
			List<Change> changes = SyncCodec.decodeAll(page.path("changes"));
			long last = page.path("last").asLong(after);
			int here = store.transaction(tx -> {
				int n = 0;
				for (Change c : changes) {
					if (!store.nodeId().equals(c.origin()) && tx.applyRemote(c, false).changed()) {
						n++;
					}
				}
				tx.checkpoint(PULL, last);
				return n;
			});
			received += changes.size();
			changed += here;
			progress.pulled(received);
			if (!page.path("more").asBoolean(false)) {
				return new int[] { received, changed };
			}
		}
	}

	/** The conflicts the server recorded, open and settled, as {@code {conflicts: [...]}}; for supervisors. */
	public JsonNode conflicts() {
		return send(authorised("/api/sync/conflicts").GET());
	}

	/** Settles a conflict on the server: keep the value that won, or restore the one that lost. */
	public void resolve(long conflictId, boolean keepLost) {
		ObjectNode body = SyncCodec.JSON.createObjectNode();
		body.put("id", conflictId);
		body.put("keep", keepLost ? "lost" : "kept");
		send(authorised("/api/sync/conflicts/resolve").POST(json(body)));
	}

	/** Ends the session on the server: every token issued to this user is revoked. */
	public void logout() {
		send(authorised("/api/logout").POST(HttpRequest.BodyPublishers.ofString("{}")));
		token = null;
	}

	private HttpRequest.Builder authorised(String path) {
		if (token == null) {
			throw new SyncException(401, "尚未登录同步服务器。");
		}
		return HttpRequest.newBuilder(URI.create(server + path)).header("Authorization", "Bearer " + token);
	}

	private static HttpRequest.BodyPublisher json(JsonNode body) {
		return HttpRequest.BodyPublishers.ofString(body.toString());
	}

	private JsonNode send(HttpRequest.Builder request) {
		HttpResponse<String> response;
		try {
			response = http.send(request.timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json").build(),
					HttpResponse.BodyHandlers.ofString());
		} catch (IOException e) {
			throw new SyncException(0, "无法连接同步服务器 " + server + "，数据已保存在本机，恢复连接后会自动同步。", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SyncException(0, "同步已中断。", e);
		}
		JsonNode body;
		try {
			body = SyncCodec.JSON.readTree(response.body());
		} catch (IOException e) {
			throw new SyncException(response.statusCode(), "同步服务器的回答无法识别（HTTP " + response.statusCode() + "）。", e);
		}
		if (response.statusCode() / 100 != 2) {
			throw new SyncException(response.statusCode(),
					body.path("error").asText("同步服务器拒绝了请求（HTTP " + response.statusCode() + "）。"), null,
					body.path("change").asText(null));
		}
		return body;
	}
}
