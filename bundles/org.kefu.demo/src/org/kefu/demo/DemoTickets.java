package org.kefu.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.kefu.model.service.ContactRecord;
import org.kefu.model.service.Priority;
import org.kefu.model.service.ServiceFactory;
import org.kefu.model.service.Ticket;
import org.kefu.model.service.TicketAction;
import org.kefu.model.service.TicketStatus;
import org.kefu.model.service.TicketStep;
import org.kefu.service.SlaClock;
import org.kefu.store.AggregateStore;

/**
 * The demo's tickets: one for each contact record of the last weeks that was passed on (转工单), routed as the centre
 * does (line faults to the installation partners, complaints and billing disputes to the complaints desk, the rest to
 * the first-line department), and worked as far as their age allows, so that older tickets are closed, recent ones
 * are still open and a few are late. The steps are those the ticket service writes.
 */
final class DemoTickets {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	/** The demo's present: noon of the day the demo is set on. */
	static final Instant NOW = LocalDateTime.parse("2026-11-23T12:00").atZone(ZONE).toInstant();
	/** Contact records after this were recent enough to have produced tickets. */
	static final long SINCE = NOW.minus(Duration.ofDays(40)).toEpochMilli();

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZONE);
	private static final char[] CODE = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
	private static final String[] FIELD_WORK = { "宽带故障", "光猫更换", "宽带新装" };

	private final AggregateStore store;
	private final List<String> agentNos;
	private final List<ContactRecord> sources;
	private final Random random = new Random(1123L);
	private final SlaClock sla;

	DemoTickets(AggregateStore store, List<String> agentNos, List<ContactRecord> sources) {
		this.store = store;
		this.agentNos = agentNos;
		this.sources = new ArrayList<>(sources);
		this.sla = new SlaClock(store);
	}

	void generate() {
		sources.sort(Comparator.comparing(ContactRecord::getStartTime));
		List<EObject> batch = new ArrayList<>(500);
		for (int i = 0; i < sources.size(); i++) {
			batch.add(ticket(i, sources.get(i)));
			if (batch.size() == 500 || i == sources.size() - 1) {
				List<EObject> toWrite = List.copyOf(batch);
				store.transaction(tx -> {
					toWrite.forEach(tx::put);
					return null;
				});
				batch.clear();
			}
		}
	}

	private Ticket ticket(int i, ContactRecord r) {
		Ticket t = ServiceFactory.eINSTANCE.createTicket();
		Instant created = r.getStartTime().toInstant().plusSeconds(r.getDurationSeconds() + 60 + random.nextInt(240));
		t.setId(String.format("ticket:demo-%06d", i));
		t.setNumber("GD" + DAY.format(created) + code(i));
		t.setVerificationCode(String.format("%06d", random.nextInt(1_000_000)));
		String type = r.getCategory();
		t.setType(type);
		t.setTitle(type + "：" + r.getContent().replaceFirst("^客户来电咨询", "").replaceFirst("，号码.*$", "") + "待处理");
		t.setDescription("【受理内容】" + r.getContent() + "\n【处理描述】" + r.getHandling());
		t.setCustomerId(r.getCustomerId());
		t.setContactRecordId(r.getId());
		t.setPriority(type.equals("投诉") ? (random.nextInt(10) == 0 ? Priority.URGENT : Priority.HIGH)
				: random.nextInt(7) == 0 ? Priority.HIGH : Priority.NORMAL);
		t.setCreatedAt(Date.from(created));
		t.setStatus(TicketStatus.ASSIGNED);
		sla.start(t);

		String worker;
		if (List.of(FIELD_WORK).contains(type)) {
			boolean first = random.nextInt(10) < 7;
			t.setCollaboration(true);
			t.setPartnerEnterpriseId(DemoData.PARTNER_ENTERPRISES.get(first ? 0 : 1));
			worker = first ? String.format("P1%03d", 1 + random.nextInt(48)) : String.format("P2%03d", 1 + random.nextInt(24));
		} else if (type.equals("投诉") || type.equals("话费争议")) {
			t.setOrgUnitId("org:CC9");
			worker = String.format("C%04d", 1 + random.nextInt(8));
		} else {
			t.setOrgUnitId("org:CC1");
			worker = agentNos.get(random.nextInt(agentNos.size()));
		}
		TicketStep create = step(t, TicketAction.CREATE, created, r.getAgentStaffNo(), null, "您的诉求已受理，工单号 " + t.getNumber() + "。");
		create.setToOrgUnitId(t.getOrgUnitId());
		create.setToPartnerEnterpriseId(t.getPartnerEnterpriseId());

		// how long each stage took: mostly in time, sometimes late
		Instant accepted = created.plus(Duration.ofMinutes(5 + random.nextInt(random.nextInt(8) == 0 ? 600 : 60)));
		Instant resolved = accepted.plus(Duration.ofMinutes(60 + random.nextInt(random.nextInt(6) == 0 ? 4320 : 900)));
		Instant closed = resolved.plus(Duration.ofHours(4 + random.nextInt(44)));
		t.setUpdatedAt(Date.from(created));
		if (accepted.isBefore(NOW)) {
			t.setStatus(TicketStatus.IN_PROGRESS);
			t.setAssigneeStaffNo(worker);
			t.setFirstRespondedAt(Date.from(accepted));
			t.setUpdatedAt(Date.from(accepted));
			step(t, TicketAction.ACCEPT, accepted, worker, null, "工单已由处理人员受理，正在处理。");
		}
		if (resolved.isBefore(NOW)) {
			t.setStatus(TicketStatus.RESOLVED);
			t.setResolvedAt(Date.from(resolved));
			t.setUpdatedAt(Date.from(resolved));
			step(t, TicketAction.RESOLVE, resolved, worker, "已按流程处理完毕", "您的问题已处理完毕。");
		}
		if (closed.isBefore(NOW)) {
			t.setStatus(TicketStatus.CLOSED);
			t.setClosedAt(Date.from(closed));
			t.setUpdatedAt(Date.from(closed));
			step(t, TicketAction.CLOSE, closed, worker, "客户确认，办结", "工单已办结。");
		}
		return t;
	}

	private static TicketStep step(Ticket t, TicketAction action, Instant at, String actor, String note, String customerNote) {
		TicketStep s = ServiceFactory.eINSTANCE.createTicketStep();
		s.setId(t.getId() + ":" + t.getSteps().size());
		s.setTime(Date.from(at));
		s.setActorStaffNo(actor);
		s.setAction(action);
		s.setNote(note);
		s.setCustomerNote(customerNote);
		s.setCustomerVisible(customerNote != null);
		t.getSteps().add(s);
		return s;
	}

	/** Six characters from the index, spread so that neighbouring tickets do not look alike. */
	private static String code(int i) {
		long x = (i * 2_654_435_761L) & 0x3FFFFFFFL;
		StringBuilder b = new StringBuilder();
		for (int k = 0; k < 6; k++) {
			b.append(CODE[(int) (x % CODE.length)]);
			x /= CODE.length;
		}
		return b.toString();
	}
}
