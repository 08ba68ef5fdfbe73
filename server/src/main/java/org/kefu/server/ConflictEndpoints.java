package org.kefu.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kefu.admin.LogService;
import org.kefu.admin.Modules;
import org.kefu.admin.Subject;
import org.kefu.model.admin.LogKind;
import org.kefu.model.admin.LogLevel;
import org.kefu.store.AggregateStore;
import org.kefu.store.HybridLogicalClock;
import org.kefu.sync.SyncCodec;

/**
 * Conflicts as the server recorded them, for supervisors (协同管理) and administrators (日志管理) to review: the value
 * both sides started from, the value kept and the value that lost, and a choice between the last two.
 */
final class ConflictEndpoints {

	private final AggregateStore store;
	private final LogService log;

	ConflictEndpoints(AggregateStore store) {
		this.store = store;
		this.log = new LogService(store);
	}

	static boolean mayReview(Subject s) {
		return s.may(Modules.SERVICE_COLLABORATION) || s.may(Modules.ADMIN_LOG);
	}

	ObjectNode list(Subject subject) {
		require(subject);
		ArrayNode items = SyncCodec.JSON.createArrayNode();
		for (AggregateStore.ConflictRecord c : store.transaction(tx -> tx.conflicts(false))) {
			ObjectNode o = items.addObject();
			o.put("id", c.id());
			o.put("entity", c.entity());
			o.put("entityId", c.entityId());
			o.put("feature", c.feature());
			o.put("baseValue", c.baseValue());
			o.put("keptValue", c.newerValue());
			o.put("lostValue", c.olderValue());
			o.put("keptNode", c.newer().node());
			o.put("lostNode", c.older().node());
			o.put("keptAt", HybridLogicalClock.millis(c.newer().hlc()));
			o.put("lostAt", HybridLogicalClock.millis(c.older().hlc()));
			o.put("detected", c.detected().toString());
			o.put("resolvedBy", c.resolvedBy());
			o.put("resolution", c.resolution());
		}
		ObjectNode answer = SyncCodec.JSON.createObjectNode();
		answer.set("conflicts", items);
		return answer;
	}

	ObjectNode resolve(Subject subject, JsonNode body) {
		require(subject);
		long id = body.path("id").asLong(-1);
		String keep = body.path("keep").asText("");
		if (id < 0 || !(keep.equals("kept") || keep.equals("lost"))) {
			throw new ApiException(400, "请给出冲突编号（id）和保留哪一个值（keep: kept 或 lost）。");
		}
		boolean done = store.transaction(tx -> tx.resolveConflict(id, keep.equals("lost"), subject.staffNo()));
		if (!done) {
			throw new ApiException(409, "冲突 " + id + " 不存在或已由他人处理。");
		}
		log.append(LogKind.APPLICATION, LogLevel.INFO, subject.staffNo(), "sync", "CONFLICT_RESOLVED",
				"冲突 " + id + " 已处理：保留" + (keep.equals("lost") ? "落选值" : "当前值"), null);
		return SyncCodec.JSON.createObjectNode().put("resolved", id);
	}

	private void require(Subject subject) {
		if (!mayReview(subject)) {
			log.append(LogKind.SECURITY, LogLevel.WARNING, subject.staffNo(), "sync", "ACCESS_DENIED", "查看同步冲突被拒绝", null);
			throw new ApiException(403, "只有班组长、质检或管理员可以处理同步冲突。");
		}
	}
}
