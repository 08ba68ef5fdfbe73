package org.kefu.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.ecore.EAttribute;
import org.kefu.admin.Guard;
import org.kefu.model.service.Channel;
import org.kefu.model.service.ContactRecord;
import org.kefu.model.service.Direction;
import org.kefu.model.service.ServiceFactory;
import org.kefu.model.service.ServicePackage.Literals;
import org.kefu.store.AggregateStore;
import org.kefu.store.Query;

/**
 * 受理记录: one record per contact with a customer, searched by any combination of its indexed fields with paging, and
 * counted by category, channel, agent or period for 受理统计.
 */
public final class ContactRecords {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** A search: every field optional; {@code from} inclusive, {@code to} exclusive. */
	public record Criteria(String customerId, String agentStaffNo, Channel channel, Direction direction, String category,
			String result, Instant from, Instant to) {

		public static Criteria all() {
			return new Criteria(null, null, null, null, null, null, null, null);
		}

		public Criteria between(Instant start, Instant end) {
			return new Criteria(customerId, agentStaffNo, channel, direction, category, result, start, end);
		}
	}

	/** One page of a search and how many match in all. */
	public record Page(List<ContactRecord> records, long total, int offset) {
	}

	/** What a statistic is counted by. */
	public enum Dimension {
		CATEGORY, CHANNEL, AGENT, RESULT, DAY, MONTH
	}

	private final AggregateStore store;
	private final Guard guard;
	private final Clock clock;

	public ContactRecords(AggregateStore store, Guard guard, Clock clock) {
		this.store = store;
		this.guard = guard;
		this.clock = clock;
	}

	/** Writes a new record for the logged-in agent; start time now unless given. */
	public ContactRecord create(ContactRecord draft) {
		guard.require("service.contact.record");
		if (draft.getCategory() == null || draft.getCategory().isBlank()) {
			throw new ServiceException("请选择受理类别。");
		}
		if (draft.getContent() == null || draft.getContent().isBlank()) {
			throw new ServiceException("请填写受理内容。");
		}
		ContactRecord r = org.eclipse.emf.ecore.util.EcoreUtil.copy(draft);
		if (r.getId() == null) {
			r.setId("contact:" + UUID.randomUUID());
		}
		if (r.getStartTime() == null) {
			r.setStartTime(Date.from(clock.instant()));
		}
		if (r.getAgentStaffNo() == null) {
			r.setAgentStaffNo(guard.subject().staffNo());
		}
		if (r.getDirection() == null) {
			r.setDirection(Direction.INBOUND);
		}
		store.put(r);
		return r;
	}

	/** Updates a record (the contact went on, the handling was completed). */
	public ContactRecord update(ContactRecord record) {
		guard.require("service.contact.record");
		store.put(record);
		return record;
	}

	public Page search(Criteria c, int offset, int limit) {
		guard.require("service.contact.record");
		Query q = query(c).orderBy(Literals.CONTACT_RECORD__START_TIME, false).page(offset, limit);
		return store.transaction(tx -> new Page(tx.query(q), tx.count(query(c)), offset));
	}

	/** Counts by one dimension, largest first (periods in time order, every period of the range shown). */
	public Map<String, Long> statistics(Criteria c, Dimension by) {
		guard.require("service.contact.statistics");
		return switch (by) {
		case CATEGORY -> grouped(c, Literals.CONTACT_RECORD__CATEGORY);
		case CHANNEL -> grouped(c, Literals.CONTACT_RECORD__CHANNEL);
		case AGENT -> grouped(c, Literals.CONTACT_RECORD__AGENT_STAFF_NO);
		case RESULT -> grouped(c, Literals.CONTACT_RECORD__RESULT);
		case DAY -> periods(c, ChronoUnit.DAYS, DateTimeFormatter.ofPattern("MM-dd"));
		case MONTH -> periods(c, ChronoUnit.MONTHS, DateTimeFormatter.ofPattern("yyyy-MM"));
		};
	}

	private Map<String, Long> grouped(Criteria c, EAttribute attribute) {
		Map<Object, Long> counts = store.transaction(tx -> tx.countBy(query(c), attribute));
		Map<String, Long> out = new LinkedHashMap<>();
		counts.forEach((k, v) -> out.put(k == null ? "（未填）" : label(attribute, k), v));
		return out;
	}

	private Map<String, Long> periods(Criteria c, ChronoUnit unit, DateTimeFormatter format) {
		if (c.from() == null || c.to() == null) {
			throw new ServiceException("按时段统计须给出起止日期。");
		}
		LocalDate first = c.from().atZone(ZONE).toLocalDate();
		LocalDate end = c.to().atZone(ZONE).toLocalDate();
		if (unit == ChronoUnit.MONTHS) {
			first = first.withDayOfMonth(1);
		}
		List<LocalDate> starts = new ArrayList<>();
		for (LocalDate d = first; d.isBefore(end) || starts.isEmpty(); d = d.plus(1, unit)) {
			starts.add(d);
			if (starts.size() > 400) {
				throw new ServiceException("统计时段过多，请缩小日期范围或按月统计。");
			}
		}
		return store.transaction(tx -> {
			Map<String, Long> out = new LinkedHashMap<>();
			for (LocalDate s : starts) {
				Instant a = max(s.atStartOfDay(ZONE).toInstant(), c.from());
				Instant b = min(s.plus(1, unit).atStartOfDay(ZONE).toInstant(), c.to());
				out.put(format.format(s), tx.count(query(c.between(a, b))));
			}
			return out;
		});
	}

	private static Query query(Criteria c) {
		Query q = Query.of(Literals.CONTACT_RECORD);
		if (c.customerId() != null) {
			q.eq(Literals.CONTACT_RECORD__CUSTOMER_ID, c.customerId());
		}
		if (c.agentStaffNo() != null) {
			q.eq(Literals.CONTACT_RECORD__AGENT_STAFF_NO, c.agentStaffNo());
		}
		if (c.channel() != null) {
			q.eq(Literals.CONTACT_RECORD__CHANNEL, c.channel());
		}
		if (c.direction() != null) {
			q.eq(Literals.CONTACT_RECORD__DIRECTION, c.direction());
		}
		if (c.category() != null) {
			q.eq(Literals.CONTACT_RECORD__CATEGORY, c.category());
		}
		if (c.result() != null) {
			q.eq(Literals.CONTACT_RECORD__RESULT, c.result());
		}
		if (c.from() != null) {
			q.where(Literals.CONTACT_RECORD__START_TIME, Query.Op.GE, Date.from(c.from()));
		}
		if (c.to() != null) {
			q.where(Literals.CONTACT_RECORD__START_TIME, Query.Op.LT, Date.from(c.to()));
		}
		return q;
	}

	private static String label(EAttribute attribute, Object value) {
		if (attribute.getEAttributeType() instanceof org.eclipse.emf.ecore.EEnum e && !(value instanceof Channel)) {
			var literal = e.getEEnumLiteral(value.toString());
			value = literal == null ? value : literal.getInstance();
		}
		return value instanceof Channel ch ? ServiceLabels.channel(ch) : value.toString();
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}
