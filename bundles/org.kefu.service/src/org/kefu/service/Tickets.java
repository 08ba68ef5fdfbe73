package org.kefu.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.kefu.admin.Guard;
import org.kefu.admin.Modules;
import org.kefu.admin.Subject;
import org.kefu.model.admin.AdminPackage;
import org.kefu.model.admin.Enterprise;
import org.kefu.model.admin.EnterpriseKind;
import org.kefu.model.admin.OrgUnit;
import org.kefu.model.admin.Staff;
import org.kefu.model.service.ContactRecord;
import org.kefu.model.service.Priority;
import org.kefu.model.service.ServiceFactory;
import org.kefu.model.service.ServicePackage.Literals;
import org.kefu.model.service.Ticket;
import org.kefu.model.service.TicketAction;
import org.kefu.model.service.TicketStatus;
import org.kefu.model.service.TicketStep;
import org.kefu.store.AggregateStore;
import org.kefu.store.Query;

/**
 * 工单流转: tickets created from a contact, routed to a department, a partner or a person, and worked through accept,
 * transfer, return, escalate, resolve, close and reopen. Every action is a step in the ticket's history, written in the
 * same transaction as the change it describes; steps meant for the customer carry their own text, so internal notes
 * never reach the status page. Partner staff act only on the collaboration tickets of their own enterprise.
 */
public final class Tickets {

	/** What a new ticket is about. */
	public record Draft(String type, String title, String description, Priority priority, String customerId,
			String contactRecordId, String parentId) {
	}

	/** The outcome of one ticket of a bulk action. */
	public record ItemResult(String ticketId, boolean done, String message) {
	}

	private static final Set<TicketStatus> OPEN = EnumSet.of(TicketStatus.NEW, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS,
			TicketStatus.RETURNED);
	private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final AggregateStore store;
	private final Guard guard;
	private final Subject subject;
	private final SlaClock sla;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	public Tickets(AggregateStore store, Guard guard, SlaClock sla, Clock clock) {
		this.store = store;
		this.guard = guard;
		this.subject = guard.subject();
		this.sla = sla;
		this.clock = clock;
	}

	public static boolean isOpen(Ticket t) {
		return OPEN.contains(t.getStatus());
	}

	/** Creates a ticket and sends it on its route; its SLA starts now. */
	public Ticket create(Draft draft, Route route) {
		guard.require("service.ticket");
		if (draft.title() == null || draft.title().isBlank()) {
			throw new ServiceException("请填写工单标题。");
		}
		if (draft.type() == null || draft.type().isBlank()) {
			throw new ServiceException("请选择工单类型。");
		}
		return store.transaction(tx -> {
			Ticket t = ServiceFactory.eINSTANCE.createTicket();
			Date now = now();
			t.setId("ticket:" + UUID.randomUUID());
			t.setNumber(number(tx));
			t.setVerificationCode(verificationCode());
			t.setType(draft.type());
			t.setTitle(draft.title().strip());
			t.setDescription(draft.description());
			t.setPriority(draft.priority() == null ? Priority.NORMAL : draft.priority());
			t.setCustomerId(draft.customerId());
			t.setContactRecordId(draft.contactRecordId());
			if (draft.parentId() != null) {
				Ticket parent = tx.<Ticket>get(Literals.TICKET, draft.parentId())
						.orElseThrow(() -> new ServiceException("父工单不存在：" + draft.parentId()));
				if (!isOpen(parent)) {
					throw new ServiceException("父工单 " + parent.getNumber() + " 已结束，不能再添加子工单。");
				}
				t.setParentId(parent.getId());
			}
			t.setCreatedAt(now);
			t.setUpdatedAt(now);
			t.setStatus(TicketStatus.NEW);
			sla.start(t);
			TicketStep created = step(t, TicketAction.CREATE, null, "您的诉求已受理，工单号 " + t.getNumber() + "。");
			created.setFromOrgUnitId(ownUnit(tx)); // where a returned ticket goes back to
			send(tx, t, route, created);
			t.setStatus(TicketStatus.ASSIGNED);
			tx.put(t);
			return t;
		});
	}

	/** Creates a ticket carrying a contact record: what was asked and what was done so far. */
	public Ticket createFromContact(ContactRecord record, String type, String title, Priority priority, Route route) {
		String description = "【受理内容】" + nz(record.getContent()) + "\n【处理描述】" + nz(record.getHandling());
		return create(new Draft(type, title, description, priority, record.getCustomerId(), record.getId(), null), route);
	}

	/** The assignee (or a member of the receiving team) takes the ticket; the first-response clock stops here. */
	public Ticket accept(String id, String note) {
		return act(id, EnumSet.of(TicketStatus.NEW, TicketStatus.ASSIGNED, TicketStatus.RETURNED), (tx, t) -> {
			t.setAssigneeStaffNo(subject.staffNo());
			t.setStatus(TicketStatus.IN_PROGRESS);
			firstResponse(t);
			step(t, TicketAction.ACCEPT, note, "工单已由处理人员受理，正在处理。");
		});
	}

	/** Sends the ticket on to another department, partner or person. */
	public Ticket transfer(String id, Route to, String note) {
		return act(id, OPEN, (tx, t) -> {
			if (subject.isPartner() && (to.isPartner() && !to.partnerEnterpriseId().equals(subject.enterpriseId())
					|| !to.isPartner() && to.staffNo() == null)) {
				throw new ServiceException("合作方人员只能在本企业内转派协同单。");
			}
			firstResponse(t);
			TicketStep s = step(t, TicketAction.TRANSFER, note, null);
			send(tx, t, to, s);
		});
	}

	/** Hands the ticket back to the department that sent it, with the reason. */
	public Ticket giveBack(String id, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new ServiceException("退回工单须说明原因。");
		}
		return act(id, EnumSet.of(TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS), (tx, t) -> {
			String back = senderUnit(t);
			firstResponse(t);
			TicketStep s = step(t, TicketAction.RETURN, reason, null);
			s.setFromOrgUnitId(t.getOrgUnitId());
			s.setToOrgUnitId(back);
			t.setOrgUnitId(back);
			t.setAssigneeStaffNo(null);
			t.setCollaboration(false);
			t.setPartnerEnterpriseId(null);
			t.setStatus(TicketStatus.RETURNED);
		});
	}

	/** Raises the ticket one level (priority up, escalation level recorded) for a supervisor's attention. */
	public Ticket escalate(String id, String note) {
		return act(id, OPEN, (tx, t) -> {
			t.setEscalationLevel(t.getEscalationLevel() + 1);
			if (t.getPriority() != Priority.URGENT) {
				t.setPriority(Priority.get(t.getPriority().getValue() + 1));
			}
			step(t, TicketAction.ESCALATE, note, null);
		});
	}

	public Ticket resolve(String id, String note, String customerNote) {
		return act(id, EnumSet.of(TicketStatus.IN_PROGRESS, TicketStatus.RETURNED), (tx, t) -> {
			firstResponse(t);
			t.setStatus(TicketStatus.RESOLVED);
			t.setResolvedAt(now());
			step(t, TicketAction.RESOLVE, note, blank(customerNote) ? "您的问题已处理完毕。" : customerNote);
		});
	}

	/** Closes a ticket; a parent stays open while any of its children is. */
	public Ticket close(String id, String note) {
		return act(id, EnumSet.of(TicketStatus.IN_PROGRESS, TicketStatus.RETURNED, TicketStatus.RESOLVED), (tx, t) -> {
			List<Ticket> open = children(tx, t.getId()).stream().filter(Tickets::isOpen).toList();
			if (!open.isEmpty()) {
				throw new ServiceException("子工单 " + String.join("、", open.stream().map(Ticket::getNumber).toList())
						+ " 尚未办结，父工单不能关闭。");
			}
			firstResponse(t);
			if (t.getResolvedAt() == null) {
				t.setResolvedAt(now());
			}
			t.setStatus(TicketStatus.CLOSED);
			t.setClosedAt(now());
			step(t, TicketAction.CLOSE, note, "工单已办结。");
		});
	}

	public Ticket reopen(String id, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new ServiceException("重新打开工单须说明原因。");
		}
		return act(id, EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CLOSED), (tx, t) -> {
			if (t.getMergedIntoId() != null) {
				throw new ServiceException("该工单已合并到其他工单，请在主工单上处理。");
			}
			t.setStatus(TicketStatus.IN_PROGRESS);
			t.setResolvedAt(null);
			t.setClosedAt(null);
			step(t, TicketAction.REOPEN, reason, "工单已重新处理。");
		});
	}

	/** A note in the history; shown to the customer only when {@code customerVisible}. */
	public Ticket comment(String id, String note, boolean customerVisible) {
		if (blank(note)) {
			throw new ServiceException("备注不能为空。");
		}
		return act(id, EnumSet.allOf(TicketStatus.class), (tx, t) -> step(t, TicketAction.COMMENT, customerVisible ? null : note,
				customerVisible ? note : null));
	}

	/** Merges a duplicate into the ticket that goes on: the duplicate is closed and points to it; both keep a step. */
	public Ticket merge(String duplicateId, String intoId) {
		guard.require("service.ticket");
		if (duplicateId.equals(intoId)) {
			throw new ServiceException("不能把工单合并到自身。");
		}
		return store.transaction(tx -> {
			Ticket into = load(tx, intoId);
			Ticket duplicate = load(tx, duplicateId);
			if (!isOpen(into)) {
				throw new ServiceException("主工单 " + into.getNumber() + " 已结束，不能合并到它。");
			}
			if (!isOpen(duplicate)) {
				throw new ServiceException("工单 " + duplicate.getNumber() + " 已结束，无须合并。");
			}
			duplicate.setMergedIntoId(into.getId());
			duplicate.setStatus(TicketStatus.CLOSED);
			duplicate.setClosedAt(now());
			step(duplicate, TicketAction.MERGE, "合并到 " + into.getNumber(), "该诉求与工单 " + into.getNumber() + " 相同，已合并处理。");
			step(into, TicketAction.MERGE, "合并了重复工单 " + duplicate.getNumber(), null);
			for (Ticket child : children(tx, duplicate.getId())) {
				child.setParentId(into.getId());
				tx.put(child);
			}
			tx.put(duplicate);
			tx.put(into);
			return into;
		});
	}

	/** Applies one action to many tickets, each on its own: one refusal does not stop the others. */
	public List<ItemResult> bulk(List<String> ids, Function<String, Ticket> action) {
		List<ItemResult> results = new ArrayList<>(ids.size());
		for (String id : ids) {
			try {
				Ticket t = action.apply(id);
				results.add(new ItemResult(id, true, t.getNumber() + "：完成"));
			} catch (ServiceException | org.kefu.admin.AccessDeniedException e) {
				results.add(new ItemResult(id, false, e.getMessage()));
			}
		}
		return results;
	}

	/** Which tickets a work list shows. */
	public enum Queue {
		/** Open tickets assigned to me. */
		MINE,
		/** Open tickets of my department (own staff) or of my enterprise (partner staff), assigned or not. */
		TEAM,
		/** Every open ticket I may see. */
		OPEN,
		/** Closed tickets I may see, newest first. */
		CLOSED
	}

	/** A page of a work list: open tickets most urgent (earliest resolution due) first. */
	public List<Ticket> queue(Queue queue, int offset, int limit) {
		Query q = Query.of(Literals.TICKET);
		if (subject.isPartner()) {
			guard.require(Modules.SERVICE_TICKET_COLLABORATION);
			q.eq(Literals.TICKET__COLLABORATION, true).eq(Literals.TICKET__PARTNER_ENTERPRISE_ID, subject.enterpriseId());
		} else {
			guard.require("service.ticket");
		}
		switch (queue) {
		case MINE -> q.eq(Literals.TICKET__ASSIGNEE_STAFF_NO, subject.staffNo()).in(Literals.TICKET__STATUS, OPEN);
		case TEAM -> {
			if (!subject.isPartner()) {
				q.eq(Literals.TICKET__ORG_UNIT_ID, store.transaction(this::ownUnit));
			}
			q.in(Literals.TICKET__STATUS, OPEN);
		}
		case OPEN -> q.in(Literals.TICKET__STATUS, OPEN);
		case CLOSED -> q.in(Literals.TICKET__STATUS, EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CLOSED));
		}
		if (queue == Queue.CLOSED) {
			q.orderBy(Literals.TICKET__CREATED_AT, false);
		} else {
			q.orderBy(Literals.TICKET__RESOLUTION_DUE, true);
		}
		return store.query(q.page(offset, limit));
	}

	/** The ticket with this number, if the subject may see it. */
	public java.util.Optional<Ticket> byNumber(String number) {
		return store.<Ticket>query(Query.of(Literals.TICKET).eq(Literals.TICKET__NUMBER, number.strip().toUpperCase()).page(0, 1))
				.stream().findFirst().map(t -> store.transaction(tx -> load(tx, t.getId())));
	}

	public List<Ticket> children(String parentId) {
		return store.transaction(tx -> children(tx, parentId));
	}

	public Ticket get(String id) {
		return store.transaction(tx -> load(tx, id));
	}

	/** The history steps a customer may read, oldest first. */
	public static List<TicketStep> customerSteps(Ticket t) {
		return t.getSteps().stream().filter(TicketStep::isCustomerVisible).toList();
	}

	// ---------------------------------------------------------------------------------------------------------------

	private interface Action {
		void apply(AggregateStore.Transaction tx, Ticket t);
	}

	private Ticket act(String id, Set<TicketStatus> from, Action action) {
		return store.transaction(tx -> {
			Ticket t = load(tx, id);
			if (!from.contains(t.getStatus())) {
				throw new ServiceException("工单 " + t.getNumber() + " 当前状态为「" + ServiceLabels.status(t.getStatus()) + "」，不能执行此操作。");
			}
			action.apply(tx, t);
			t.setUpdatedAt(now());
			tx.put(t);
			return t;
		});
	}

	/** Loads a ticket the subject may work on: own staff any ticket, partner staff their enterprise's 协同单 only. */
	private Ticket load(AggregateStore.Transaction tx, String id) {
		Ticket t = tx.<Ticket>get(Literals.TICKET, id).orElseThrow(() -> new ServiceException("工单不存在：" + id));
		if (subject.isPartner()) {
			guard.require(Modules.SERVICE_TICKET_COLLABORATION);
			if (!t.isCollaboration() || !subject.enterpriseId().equals(t.getPartnerEnterpriseId())) {
				throw new ServiceException("工单 " + t.getNumber() + " 不是派给贵单位的协同单。");
			}
		} else if (!subject.may("service.ticket") && !(t.isCollaboration() && subject.may(Modules.SERVICE_TICKET_COLLABORATION))) {
			guard.require("service.ticket");
		}
		return t;
	}

	private void send(AggregateStore.Transaction tx, Ticket t, Route route, TicketStep step) {
		if (step.getFromOrgUnitId() == null) {
			step.setFromOrgUnitId(t.getOrgUnitId());
		}
		if (route.staffNo() != null) {
			Staff staff = tx.<Staff>query(Query.of(AdminPackage.Literals.STAFF).eq(AdminPackage.Literals.STAFF__STAFF_NO, route.staffNo()))
					.stream().findFirst().orElseThrow(() -> new ServiceException("工号不存在：" + route.staffNo()));
			Enterprise e = tx.<Enterprise>get(AdminPackage.Literals.ENTERPRISE, staff.getEnterpriseId()).orElseThrow();
			boolean partner = e.getKind() == EnterpriseKind.PARTNER;
			t.setAssigneeStaffNo(staff.getStaffNo());
			t.setOrgUnitId(staff.getOrgUnitId());
			t.setCollaboration(partner);
			t.setPartnerEnterpriseId(partner ? e.getId() : null);
			step.setToStaffNo(staff.getStaffNo());
		} else if (route.isPartner()) {
			Enterprise e = tx.<Enterprise>get(AdminPackage.Literals.ENTERPRISE, route.partnerEnterpriseId())
					.filter(x -> x.getKind() == EnterpriseKind.PARTNER)
					.orElseThrow(() -> new ServiceException("合作单位不存在：" + route.partnerEnterpriseId()));
			t.setCollaboration(true);
			t.setPartnerEnterpriseId(e.getId());
			t.setOrgUnitId(route.orgUnitId());
			t.setAssigneeStaffNo(null);
			step.setToPartnerEnterpriseId(e.getId());
		} else if (route.orgUnitId() != null) {
			OrgUnit unit = tx.<OrgUnit>get(AdminPackage.Literals.ORG_UNIT, route.orgUnitId())
					.orElseThrow(() -> new ServiceException("部门不存在：" + route.orgUnitId()));
			t.setCollaboration(false);
			t.setPartnerEnterpriseId(null);
			t.setOrgUnitId(unit.getId());
			t.setAssigneeStaffNo(null);
		} else {
			throw new ServiceException("请选择工单的处理部门、合作单位或处理人。");
		}
		step.setToOrgUnitId(t.getOrgUnitId());
		t.setStatus(TicketStatus.ASSIGNED);
	}

	/** The unit a ticket goes back to: the sender of its latest routing step (the creator's unit for the first). */
	private static String senderUnit(Ticket t) {
		for (int i = t.getSteps().size() - 1; i >= 0; i--) {
			TicketStep s = t.getSteps().get(i);
			if ((s.getAction() == TicketAction.TRANSFER || s.getAction() == TicketAction.CREATE) && s.getFromOrgUnitId() != null) {
				return s.getFromOrgUnitId();
			}
		}
		return null;
	}

	private String ownUnit(AggregateStore.Transaction tx) {
		return tx.<Staff>query(Query.of(AdminPackage.Literals.STAFF).eq(AdminPackage.Literals.STAFF__STAFF_NO, subject.staffNo()))
				.stream().findFirst().map(Staff::getOrgUnitId).orElse(null);
	}

	private TicketStep step(Ticket t, TicketAction action, String note, String customerNote) {
		TicketStep s = ServiceFactory.eINSTANCE.createTicketStep();
		s.setId(t.getId() + ":" + UUID.randomUUID());
		s.setTime(now());
		s.setActorStaffNo(subject.staffNo());
		s.setAction(action);
		s.setNote(blank(note) ? null : note.strip());
		s.setCustomerNote(customerNote);
		s.setCustomerVisible(customerNote != null);
		t.getSteps().add(s);
		return s;
	}

	private void firstResponse(Ticket t) {
		if (t.getFirstRespondedAt() == null) {
			t.setFirstRespondedAt(now());
		}
	}

	private static List<Ticket> children(AggregateStore.Transaction tx, String parentId) {
		return tx.query(Query.of(Literals.TICKET).eq(Literals.TICKET__PARENT_ID, parentId));
	}

	/** GD + the day + six characters no one misreads; unique without asking the server, as branches work offline. */
	private String number(AggregateStore.Transaction tx) {
		String day = DAY.format(clock.instant().atZone(ZoneId.of("Asia/Shanghai")));
		while (true) {
			StringBuilder b = new StringBuilder("GD").append(day);
			for (int i = 0; i < 6; i++) {
				b.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
			}
			String n = b.toString();
			if (tx.count(Query.of(Literals.TICKET).eq(Literals.TICKET__NUMBER, n)) == 0) {
				return n;
			}
		}
	}

	private String verificationCode() {
		return String.format("%06d", random.nextInt(1_000_000));
	}

	private Date now() {
		return Date.from(clock.instant());
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
