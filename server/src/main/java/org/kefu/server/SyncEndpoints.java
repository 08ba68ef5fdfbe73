package org.kefu.server;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.emf.ecore.EObject;
import org.kefu.admin.LogService;
import org.kefu.admin.Subject;
import org.kefu.model.KefuModel;
import org.kefu.model.admin.LogKind;
import org.kefu.model.admin.LogLevel;
import org.kefu.store.AggregateStore;
import org.kefu.store.Change;
import org.kefu.sync.SyncCodec;

/**
 * The two halves of the sync protocol on the server. A push is checked whole before anything is applied and then
 * applied in one transaction, each change id recorded, so a batch is taken completely, once, or not at all. A pull
 * reads the server's change log in sequence after the client's checkpoint, keeps what the user may see and strips
 * what must not leave the server.
 */
final class SyncEndpoints {

	static final int MAX_PULL = 1000;
	static final int MAX_PUSH = 1000;

	private final AggregateStore store;
	private final LogService log;

	SyncEndpoints(AggregateStore store) {
		this.store = store;
		this.log = new LogService(store);
	}

	ObjectNode push(Subject subject, JsonNode request) {
		String node = request.path("node").asText("");
		if (!node.matches("[0-9a-f-]{36}")) {
			throw refused(subject, 400, "推送缺少有效的节点标识（node）。", null);
		}
		List<Change> changes;
		try {
			changes = SyncCodec.decodeAll(request.get("changes"));
		} catch (IllegalArgumentException e) {
			throw refused(subject, 400, "推送的数据格式错误：" + e.getMessage(), null);
		}
		if (changes.size() > MAX_PUSH) {
			throw refused(subject, 413, "一次推送最多 " + MAX_PUSH + " 条变更，本次 " + changes.size() + " 条。", null);
		}
		long previous = 0;
		List<Change> accepted = new ArrayList<>(changes.size());
		for (Change c : changes) {
			if (!node.equals(c.origin())) {
				throw refused(subject, 400, "变更 " + c.changeId() + " 不是由推送节点产生的。", null);
			}
			if (c.seq() <= previous) {
				throw refused(subject, 400, "变更序号必须递增：" + c.seq() + " 排在 " + previous + " 之后。", null);
			}
			previous = c.seq();
			Change allowed = SyncPolicy.acceptable(subject, c);
			if (allowed == null) {
				throw refused(subject, 403, "无权修改" + c.entity() + "数据（" + c.entityId() + "），本批变更均未写入。",
						"ACCESS_DENIED", c.changeId());
			}
			accepted.add(allowed);
		}
		int[] counts;
		try {
			counts = store.transaction(tx -> apply(subject, accepted, tx));
		} catch (ForbiddenTarget e) {
			throw refused(subject, 403, "无权修改" + e.change.entity() + "数据（" + e.change.entityId() + "）：它已不在您的权限范围内，本批变更均未写入。",
					"ACCESS_DENIED", e.change.changeId());
		}
		ObjectNode answer = SyncCodec.JSON.createObjectNode();
		answer.put("applied", counts[0]);
		answer.put("duplicates", counts[1]);
		answer.put("conflicts", counts[2]);
		return answer;
	}

	/**
	 * Applies an accepted batch. The server's current version of each target is checked too: a branch may hold a stale
	 * copy of a ticket that has since been routed elsewhere, and its edits must not reach the new owner's ticket.
	 */
	private static int[] apply(Subject subject, List<Change> accepted, AggregateStore.Transaction tx) {
		int applied = 0;
		int duplicates = 0;
		int conflicts = 0;
		for (Change c : accepted) {
			if (!tx.markReceived(c.changeId())) {
				duplicates++;
				continue;
			}
			EObject current = tx.get(KefuModel.aggregate(c.entity()), c.entityId()).orElse(null);
			if (current != null && !SyncPolicy.mayChangeExisting(subject, current)) {
				throw new ForbiddenTarget(c); // rolls the whole batch back
			}
			AggregateStore.Applied result = tx.applyRemote(c, true);
			applied++;
			conflicts += result.conflicts().size();
		}
		return new int[] { applied, duplicates, conflicts };
	}

	/** Thrown inside the push transaction (which cannot write the security log while it holds the writer lock). */
	private static final class ForbiddenTarget extends RuntimeException {
		private static final long serialVersionUID = 1L;
		final transient Change change;

		ForbiddenTarget(Change change) {
			super(null, null, false, false);
			this.change = change;
		}
	}

	ObjectNode pull(Subject subject, String afterParameter, String limitParameter, String node) {
		long after = number(subject, "after", afterParameter, 0, Long.MAX_VALUE);
		int limit = (int) number(subject, "limit", limitParameter, 1, MAX_PULL);
		List<Change> page = store.changesSince(after, limit, null);
		if (page.isEmpty() && after > lastSeq()) {
			throw refused(subject, 409, "检查点 " + after + " 超出服务器的变更记录（" + lastSeq()
					+ "），服务器可能已恢复到更早的备份，请联系管理员重新初始化本机数据。", null);
		}
		ArrayNode out = SyncCodec.JSON.createArrayNode();
		for (Change c : page) {
			if (java.util.Objects.equals(c.origin(), node)) {
				continue;
			}
			if (SyncPolicy.mayPull(subject, c)) {
				out.add(SyncCodec.encode(SyncPolicy.sanitized(subject, c)));
			} else if (leftTheUsersView(subject, c)) {
				out.add(SyncCodec.encode(SyncPolicy.withdrawal(c)));
			}
		}
		ObjectNode answer = SyncCodec.JSON.createObjectNode();
		answer.set("changes", out);
		answer.put("last", page.isEmpty() ? after : page.get(page.size() - 1).seq());
		answer.put("more", page.size() == limit);
		return answer;
	}

	/**
	 * Whether this change took a row out of what the user may see (a collaboration ticket routed to another partner):
	 * their branch holds the earlier version and is told to drop it, so it neither shows nor edits a stale copy.
	 */
	private boolean leftTheUsersView(Subject subject, Change c) {
		if (!SyncPolicy.rowFiltered(subject, c.entity())) {
			return false;
		}
		Change before = store.changeBefore(c.entity(), c.entityId(), c.seq());
		return before != null && before.body() != null && SyncPolicy.mayPull(subject, before);
	}

	private long lastSeq() {
		return store.transaction(tx -> tx.lastSeq());
	}

	private long number(Subject subject, String name, String value, long min, long max) {
		try {
			long n = value == null ? min : Long.parseLong(value);
			if (n < min || n > max) {
				throw new NumberFormatException();
			}
			return n;
		} catch (NumberFormatException e) {
			throw refused(subject, 400, "参数 " + name + " 应为 " + min + " 到 " + max + " 之间的整数，收到：" + value, null);
		}
	}

	/** Logs a refused request (who, why) in the security log, and returns the error to answer with. */
	ApiException refused(Subject subject, int status, String message, String event) {
		return refused(subject, status, message, event, null);
	}

	private ApiException refused(Subject subject, int status, String message, String event, String changeId) {
		log.append(LogKind.SECURITY, LogLevel.WARNING, subject == null ? null : subject.staffNo(), "sync",
				event == null ? "SYNC_REJECTED" : event, message, "HTTP " + status);
		return new ApiException(status, message, changeId);
	}
}
