package org.kefu.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kefu.model.KefuModel;
import org.kefu.store.Change;
import org.kefu.store.FieldClocks;

/**
 * The wire form of changes: JSON objects with the aggregate's EMF binary body in base64 and its field clocks. Decoding
 * checks every field, so a malformed or hostile message is refused before anything is applied.
 */
public final class SyncCodec {

	public static final ObjectMapper JSON = new ObjectMapper();

	private SyncCodec() {
	}

	public static ObjectNode encode(Change c) {
		ObjectNode o = JSON.createObjectNode();
		o.put("seq", c.seq());
		o.put("changeId", c.changeId());
		o.put("entity", c.entity());
		o.put("entityId", c.entityId());
		o.put("op", c.operation() == Change.Operation.DELETE ? "D" : "U");
		o.put("revision", c.revision());
		o.put("hlc", c.hlc());
		o.put("origin", c.origin());
		o.put("clocks", c.clocks() == null ? "" : c.clocks().encode());
		if (c.body() != null) {
			o.put("body", Base64.getEncoder().encodeToString(c.body()));
		}
		return o;
	}

	public static ArrayNode encode(List<Change> changes) {
		ArrayNode a = JSON.createArrayNode();
		changes.forEach(c -> a.add(encode(c)));
		return a;
	}

	/** Decodes and validates one change; throws {@link IllegalArgumentException} naming what is wrong. */
	public static Change decode(JsonNode o) {
		if (o == null || !o.isObject()) {
			throw new IllegalArgumentException("a change must be a JSON object");
		}
		String changeId = text(o, "changeId");
		if (!changeId.matches("[0-9a-f-]{36}")) {
			throw new IllegalArgumentException("changeId is not a UUID: " + changeId);
		}
		String entity = text(o, "entity");
		KefuModel.aggregate(entity); // unknown entity types are refused here
		String op = text(o, "op");
		if (!op.equals("U") && !op.equals("D")) {
			throw new IllegalArgumentException("op must be U or D");
		}
		byte[] body = null;
		if (op.equals("U")) {
			try {
				body = Base64.getDecoder().decode(text(o, "body"));
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("body is not base64");
			}
		}
		FieldClocks clocks;
		try {
			clocks = FieldClocks.decode(o.path("clocks").asText(""));
		} catch (RuntimeException e) {
			throw new IllegalArgumentException("clocks are malformed");
		}
		return new Change(o.path("seq").asLong(0), changeId, entity, text(o, "entityId"),
				op.equals("D") ? Change.Operation.DELETE : Change.Operation.UPSERT, number(o, "revision"), number(o, "hlc"),
				Instant.now(), null, body, text(o, "origin"), clocks);
	}

	public static List<Change> decodeAll(JsonNode array) {
		if (array == null || !array.isArray()) {
			throw new IllegalArgumentException("changes must be a JSON array");
		}
		List<Change> changes = new ArrayList<>(array.size());
		array.forEach(n -> changes.add(decode(n)));
		return changes;
	}

	private static String text(JsonNode o, String field) {
		JsonNode v = o.get(field);
		if (v == null || !v.isTextual() || v.asText().isBlank()) {
			throw new IllegalArgumentException(field + " is missing");
		}
		return v.asText();
	}

	private static long number(JsonNode o, String field) {
		JsonNode v = o.get(field);
		if (v == null || !v.canConvertToLong()) {
			throw new IllegalArgumentException(field + " must be a number");
		}
		return v.asLong();
	}
}
