package org.kefu.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kefu.service.tests.ServiceFixture.at;

import java.nio.file.Path;
import java.util.Date;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.model.service.Priority;
import org.kefu.model.service.ServiceFactory;
import org.kefu.model.service.SlaPolicy;
import org.kefu.model.service.Ticket;
import org.kefu.service.SlaClock;
import org.kefu.service.SlaState;
import org.kefu.store.SqlStore;

/** SLA targets counted in business time: due times, warnings, breaches, targets met or missed, policy choice. */
class SlaClockTest {

	@TempDir
	Path dir;
	private SqlStore store;
	private SlaClock sla;

	@BeforeEach
	void open() {
		store = SqlStore.open(dir.resolve("db"));
		store.put(ServiceFixture.calendar("cal:test"));
		store.put(policy("sla:fault", "故障", null, 60, 480));
		store.put(policy("sla:fault-urgent", "故障", Priority.URGENT, 15, 120));
		sla = new SlaClock(store);
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void dueTimesAreSetInBusinessTimeFromThePolicyOfTheTypeAndPriority() {
		Ticket t = ticket("2026-11-27T17:30", Priority.NORMAL); // Friday evening
		sla.start(t);
		assertEquals("sla:fault", t.getSlaPolicyId());
		assertEquals(at("2026-11-30T09:30"), t.getFirstResponseDue().toInstant());
		assertEquals(at("2026-11-30T16:30"), t.getResolutionDue().toInstant(), "30 min on Friday, 450 on Monday");

		Ticket urgent = ticket("2026-11-23T10:00", Priority.URGENT);
		sla.start(urgent);
		assertEquals("sla:fault-urgent", urgent.getSlaPolicyId(), "a policy for the priority wins over the general one");
		assertEquals(at("2026-11-23T10:15"), urgent.getFirstResponseDue().toInstant());
	}

	@Test
	void aRunningTargetIsOnTrackThenAtRiskThenBreached() {
		Ticket t = ticket("2026-11-23T09:00", Priority.NORMAL);
		sla.start(t);
		assertEquals(SlaState.ON_TRACK, sla.status(t, at("2026-11-23T09:20")).firstResponse().state());
		assertEquals(SlaState.AT_RISK, sla.status(t, at("2026-11-23T09:50")).firstResponse().state(), "past 80 % of 60 min");
		SlaClock.Status late = sla.status(t, at("2026-11-23T10:30"));
		assertEquals(SlaState.BREACHED, late.firstResponse().state());
		assertEquals(SlaState.ON_TRACK, late.resolution().state());
		assertEquals(SlaState.BREACHED, late.worst());
		assertEquals(90, late.firstResponse().usedMinutes());
	}

	@Test
	void theClockDoesNotRunOverAWeekendOrAHolidayWeek() {
		Ticket friday = ticket("2026-11-27T17:30", Priority.NORMAL);
		sla.start(friday);
		assertEquals(SlaState.ON_TRACK, sla.status(friday, at("2026-11-29T23:00")).firstResponse().state());
		Ticket beforeHoliday = ticket("2026-09-30T17:50", Priority.NORMAL);
		sla.start(beforeHoliday);
		SlaClock.Status afterTheWeek = sla.status(beforeHoliday, at("2026-10-08T09:40"));
		assertEquals(50, afterTheWeek.firstResponse().usedMinutes(), "10 min on Sept 30, none in the holiday week, 40 on Oct 8");
		assertEquals(SlaState.AT_RISK, afterTheWeek.firstResponse().state());
	}

	@Test
	void aStoppedTargetIsMetOrMissed() {
		Ticket t = ticket("2026-11-23T09:00", Priority.NORMAL);
		sla.start(t);
		t.setFirstRespondedAt(Date.from(at("2026-11-23T09:40")));
		assertEquals(SlaState.MET, sla.status(t, at("2026-11-25T12:00")).firstResponse().state());
		t.setResolvedAt(Date.from(at("2026-11-24T10:00"))); // 9 h + 1 h = 600 business minutes > 480
		assertEquals(SlaState.MISSED, sla.status(t, at("2026-11-25T12:00")).resolution().state());
	}

	@Test
	void aTypeWithoutPolicyHasNoTargets() {
		Ticket t = ticket("2026-11-23T09:00", Priority.NORMAL);
		t.setType("咨询");
		sla.start(t);
		assertEquals(null, t.getResolutionDue());
		assertEquals(SlaState.NONE, sla.status(t, at("2026-12-23T09:00")).worst());
	}

	private static Ticket ticket(String created, Priority priority) {
		Ticket t = ServiceFactory.eINSTANCE.createTicket();
		t.setId("ticket:" + created);
		t.setType("故障");
		t.setPriority(priority);
		t.setCreatedAt(Date.from(at(created)));
		return t;
	}

	static SlaPolicy policy(String id, String type, Priority priority, int first, int resolution) {
		SlaPolicy p = ServiceFactory.eINSTANCE.createSlaPolicy();
		p.setId(id);
		p.setTicketType(type);
		if (priority != null) {
			p.setPriority(priority);
		}
		p.setFirstResponseMinutes(first);
		p.setResolutionMinutes(resolution);
		p.setCalendarId("cal:test");
		return p;
	}
}
