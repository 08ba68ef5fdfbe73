package org.kefu.server;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kefu.model.service.ServicePackage.Literals;
import org.kefu.model.service.Ticket;
import org.kefu.model.service.TicketStep;
import org.kefu.service.ServiceLabels;
import org.kefu.service.Tickets;
import org.kefu.store.AggregateStore;
import org.kefu.store.Query;
import org.kefu.sync.SyncCodec;

/**
 * 工单处理向用户透明: a customer follows a ticket by its number and the verification code they were given. They see its
 * type, state, the promised resolution time and the steps meant for them, never internal notes, titles or people.
 * Wrong codes count per ticket number, so a code cannot be guessed by trying them all.
 */
final class TicketStatusEndpoint {

	static final int MAX_TRIES = 5;
	static final long TRY_WINDOW_MS = 15 * 60_000L;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

	/** What a customer may know of a ticket. */
	record Status(String number, String type, String state, Instant created, Instant resolutionDue, List<TicketStep> steps) {
	}

	private final AggregateStore store;

	TicketStatusEndpoint(AggregateStore store) {
		this.store = store;
	}

	Status status(String number, String code) {
		if (number == null || code == null || !number.matches("[A-Za-z0-9-]{4,40}") || !code.matches("[0-9]{4,8}")) {
			throw new ApiException(400, "请输入工单号和查询码（短信中的 6 位数字）。");
		}
		String key = "status.tries." + number.toUpperCase();
		String tries = store.transaction(tx -> tx.meta(key));
		long now = System.currentTimeMillis();
		int count = 0;
		if (tries != null) {
			String[] parts = tries.split(",");
			if (now - Long.parseLong(parts[1]) < TRY_WINDOW_MS) {
				count = Integer.parseInt(parts[0]);
			}
		}
		if (count >= MAX_TRIES) {
			throw new ApiException(429, "查询码错误次数过多，请 15 分钟后再试。");
		}
		Ticket t = store.<Ticket>query(Query.of(Literals.TICKET).eq(Literals.TICKET__NUMBER, number.toUpperCase()).page(0, 1)).stream()
				.findFirst().orElse(null);
		if (t == null || !code.equals(t.getVerificationCode())) {
			int wrong = count + 1;
			long since = count == 0 ? now : Long.parseLong(tries.split(",")[1]);
			store.transaction(tx -> {
				tx.meta(key, wrong + "," + since);
				return null;
			});
			throw new ApiException(404, "工单号或查询码不正确。");
		}
		return new Status(t.getNumber(), t.getType(), ServiceLabels.status(t.getStatus()), t.getCreatedAt().toInstant(),
				t.getResolutionDue() == null ? null : t.getResolutionDue().toInstant(), Tickets.customerSteps(t));
	}

	ObjectNode json(Status s) {
		ObjectNode o = SyncCodec.JSON.createObjectNode();
		o.put("number", s.number());
		o.put("type", s.type());
		o.put("status", s.state());
		o.put("created", TIME.format(s.created()));
		if (s.resolutionDue() != null) {
			o.put("resolutionDue", TIME.format(s.resolutionDue()));
		}
		ArrayNode steps = o.putArray("steps");
		for (TicketStep step : s.steps()) {
			steps.addObject().put("time", time(step.getTime())).put("action", ServiceLabels.action(step.getAction()))
					.put("text", step.getCustomerNote());
		}
		return o;
	}

	/** The page a customer opens from the link in their SMS: a form, and the ticket when both fields are right. */
	static String page(Status s, String error, String number) {
		StringBuilder b = new StringBuilder("""
				<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1"><title>工单进度查询</title>
				<style>body{font-family:"Noto Sans CJK SC",sans-serif;max-width:40em;margin:2em auto;padding:0 1em;color:#222}
				li{margin:.6em 0}.t{color:#666;font-size:.9em}.e{color:#b00}input{margin:.3em}</style></head><body>
				<h1>工单进度查询</h1>
				<form method="get" action="/ticket"><label>工单号 <input name="no" value=\"""");
		b.append(escape(number == null ? "" : number)).append("""
				"></label><label>查询码 <input name="code" size="8" inputmode="numeric"></label><button>查询</button></form>
				""");
		if (error != null) {
			b.append("<p class=\"e\">").append(escape(error)).append("</p>");
		}
		if (s != null) {
			b.append("<h2>").append(escape(s.number())).append("（").append(escape(s.type())).append("）</h2>");
			b.append("<p>当前状态：<b>").append(escape(s.state())).append("</b>　受理时间：").append(TIME.format(s.created()));
			if (s.resolutionDue() != null) {
				b.append("　承诺解决时间：").append(TIME.format(s.resolutionDue()));
			}
			b.append("</p><ol>");
			for (TicketStep step : s.steps()) {
				b.append("<li><span class=\"t\">").append(time(step.getTime())).append(" · ").append(ServiceLabels.action(step.getAction()))
						.append("</span><br>").append(escape(step.getCustomerNote())).append("</li>");
			}
			b.append("</ol>");
		}
		return b.append("</body></html>").toString();
	}

	private static String time(Date d) {
		return d == null ? "" : TIME.format(d.toInstant());
	}

	private static String escape(String s) {
		return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
