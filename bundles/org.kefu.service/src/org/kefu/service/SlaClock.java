package org.kefu.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.kefu.model.service.BusinessCalendar;
import org.kefu.model.service.ServicePackage.Literals;
import org.kefu.model.service.SlaPolicy;
import org.kefu.model.service.Ticket;
import org.kefu.store.AggregateStore;
import org.kefu.store.Query;

/**
 * Ticket SLAs: picks the policy of a ticket's type and priority, sets the due times when a ticket is created, and
 * tells for a moment where its first-response and resolution targets stand, all in business minutes of the policy's
 * calendar (so a ticket raised on Friday evening before a holiday is not late on Saturday).
 */
public final class SlaClock {

	/** The state of both targets of one ticket at one moment. */
	public record Status(Target firstResponse, Target resolution) {

		/** The more urgent of the two, for highlighting a row. */
		public SlaState worst() {
			return List.of(firstResponse.state(), resolution.state()).stream()
					.max(Comparator.comparingInt(SlaClock::urgency)).orElse(SlaState.NONE);
		}
	}

	/** One target: its due time, the business minutes used so far and allowed, and its state. */
	public record Target(Instant due, long usedMinutes, long targetMinutes, SlaState state) {
		static final Target NONE = new Target(null, 0, 0, SlaState.NONE);
	}

	private final AggregateStore store;

	public SlaClock(AggregateStore store) {
		this.store = store;
	}

	/** The policy for a type and priority: one made for that priority, else the type's general one. */
	public Optional<SlaPolicy> policyFor(String type, org.kefu.model.service.Priority priority) {
		List<SlaPolicy> policies = store.query(Query.of(Literals.SLA_POLICY).eq(Literals.SLA_POLICY__TICKET_TYPE, type));
		return policies.stream().filter(p -> p.isSetPriority() && p.getPriority() == priority).findFirst()
				.or(() -> policies.stream().filter(p -> !p.isSetPriority()).findFirst());
	}

	/** Sets the policy and due times of a ticket from its type, priority and creation time. */
	public void start(Ticket t) {
		Optional<SlaPolicy> policy = policyFor(t.getType(), t.getPriority());
		if (policy.isEmpty()) {
			t.setSlaPolicyId(null);
			t.setFirstResponseDue(null);
			t.setResolutionDue(null);
			return;
		}
		BusinessHours hours = hours(policy.get());
		Instant created = t.getCreatedAt().toInstant();
		t.setSlaPolicyId(policy.get().getId());
		t.setFirstResponseDue(Date.from(hours.plus(created, policy.get().getFirstResponseMinutes())));
		t.setResolutionDue(Date.from(hours.plus(created, policy.get().getResolutionMinutes())));
	}

	public Status status(Ticket t, Instant now) {
		SlaPolicy policy = t.getSlaPolicyId() == null ? null
				: store.<SlaPolicy>get(Literals.SLA_POLICY, t.getSlaPolicyId()).orElse(null);
		if (policy == null) {
			return new Status(Target.NONE, Target.NONE);
		}
		BusinessHours hours = hours(policy);
		Instant created = t.getCreatedAt().toInstant();
		return new Status(
				target(hours, created, at(t.getFirstRespondedAt()), now, policy.getFirstResponseMinutes(), policy, t.getFirstResponseDue()),
				target(hours, created, at(t.getResolvedAt()), now, policy.getResolutionMinutes(), policy, t.getResolutionDue()));
	}

	private static Target target(BusinessHours hours, Instant created, Instant stopped, Instant now, int minutes,
			SlaPolicy policy, Date due) {
		long used = hours.minutesBetween(created, stopped == null ? now : stopped);
		SlaState state;
		if (stopped != null) {
			state = used <= minutes ? SlaState.MET : SlaState.MISSED;
		} else if (used >= minutes) {
			state = SlaState.BREACHED;
		} else if (used * 100 >= (long) minutes * policy.getWarnAtPercent()) {
			state = SlaState.AT_RISK;
		} else {
			state = SlaState.ON_TRACK;
		}
		return new Target(due == null ? hours.plus(created, minutes) : due.toInstant(), used, minutes, state);
	}

	private BusinessHours hours(SlaPolicy policy) {
		BusinessCalendar calendar = store.<BusinessCalendar>get(Literals.BUSINESS_CALENDAR, policy.getCalendarId())
				.orElseThrow(() -> new IllegalStateException("服务时限 " + policy.getId() + " 的营业日历不存在：" + policy.getCalendarId()));
		return new BusinessHours(calendar);
	}

	private static Instant at(Date d) {
		return d == null ? null : d.toInstant();
	}

	private static int urgency(SlaState s) {
		return switch (s) {
		case BREACHED -> 5;
		case AT_RISK -> 4;
		case MISSED -> 3;
		case ON_TRACK -> 2;
		case MET -> 1;
		case NONE -> 0;
		};
	}
}
