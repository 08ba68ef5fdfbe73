package org.kefu.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.admin.AccessDeniedException;
import org.kefu.demo.DemoData;
import org.kefu.model.service.Channel;
import org.kefu.model.service.ContactRecord;
import org.kefu.model.service.Priority;
import org.kefu.model.service.ServiceFactory;
import org.kefu.model.service.Ticket;
import org.kefu.model.service.TicketAction;
import org.kefu.model.service.TicketStatus;
import org.kefu.model.service.TicketStep;
import org.kefu.service.Route;
import org.kefu.service.ServiceException;
import org.kefu.service.Tickets;

/**
 * 工单流转 end to end on the demo enterprise: an agent's ticket from a contact record to a partner, the partner's work
 * on it, the customer's view of its history, and the rules: states, partner scope, parents and children, merging,
 * bulk actions.
 */
class TicketFlowTest {

	@TempDir
	static Path dir;
	static ServiceFixture fx;
	static String partner = DemoData.PARTNER_ENTERPRISES.get(0);

	@BeforeAll
	static void demo() {
		fx = new ServiceFixture(dir);
	}

	@AfterAll
	static void close() {
		fx.close();
	}

	@Test
	void anAgentRoutesAContactToAPartnerWhoAcceptsResolvesAndClosesIt() {
		Tickets agent = fx.desk("A0001").tickets();
		ContactRecord record = contact();
		Ticket t = agent.createFromContact(record, "宽带故障", "宽带断线，需上门", Priority.HIGH, Route.toPartner(partner, null));
		assertEquals(TicketStatus.ASSIGNED, t.getStatus());
		assertTrue(t.isCollaboration());
		assertEquals(partner, t.getPartnerEnterpriseId());
		assertTrue(t.getNumber().matches("GD\\d{8}[2-9A-HJ-NP-Z]{6}"), t.getNumber());
		assertTrue(t.getVerificationCode().matches("\\d{6}"));
		assertTrue(t.getDescription().contains(record.getContent()) && t.getDescription().contains(record.getHandling()),
				"the ticket carries the whole record");
		assertEquals("sla:宽带故障", t.getSlaPolicyId(), "the demo's policy for line faults");
		assertNotNull(t.getResolutionDue());

		Tickets partnerAgent = fx.desk("P1001").tickets();
		t = partnerAgent.accept(t.getId(), "已联系客户，约明早上门");
		assertEquals(TicketStatus.IN_PROGRESS, t.getStatus());
		assertEquals("P1001", t.getAssigneeStaffNo());
		assertNotNull(t.getFirstRespondedAt());
		t = partnerAgent.comment(t.getId(), "客户家中光猫指示灯异常（内部）", false);
		t = partnerAgent.resolve(t.getId(), "更换光猫", "工程师已上门更换光猫，宽带恢复正常。");
		t = partnerAgent.close(t.getId(), null);
		assertEquals(TicketStatus.CLOSED, t.getStatus());
		assertNotNull(t.getClosedAt());

		List<TicketAction> history = t.getSteps().stream().map(TicketStep::getAction).toList();
		assertEquals(List.of(TicketAction.CREATE, TicketAction.ACCEPT, TicketAction.COMMENT, TicketAction.RESOLVE, TicketAction.CLOSE),
				history);
		List<TicketStep> customer = Tickets.customerSteps(t);
		assertEquals(List.of(TicketAction.CREATE, TicketAction.ACCEPT, TicketAction.RESOLVE, TicketAction.CLOSE),
				customer.stream().map(TicketStep::getAction).toList());
		assertTrue(customer.stream().noneMatch(s -> s.getCustomerNote().contains("内部") || s.getCustomerNote().contains("光猫指示灯")),
				"internal notes never reach the customer");
		assertTrue(customer.get(2).getCustomerNote().contains("宽带恢复正常"));

		// the stored ticket is the one returned, history included
		assertEquals(5, fx.desk("A0001").tickets().get(t.getId()).getSteps().size());
	}

	@Test
	void partnerStaffWorkOnlyTheCollaborationTicketsOfTheirOwnEnterprise() {
		Tickets agent = fx.desk("A0001").tickets();
		Ticket internal = agent.create(draft("内部：账务核查", null), Route.toUnit(firstOwnUnit()));
		Ticket theirs = agent.create(draft("协同：蓝海线路排查", null), Route.toPartner(DemoData.PARTNER_ENTERPRISES.get(1), null));
		Ticket ours = agent.create(draft("协同：远景上门", null), Route.toPartner(partner, null));
		Tickets partnerAgent = fx.desk("P1001").tickets();
		assertThrows(ServiceException.class, () -> partnerAgent.accept(internal.getId(), null));
		ServiceException foreign = assertThrows(ServiceException.class, () -> partnerAgent.accept(theirs.getId(), null));
		assertTrue(foreign.getMessage().contains("不是派给贵单位的协同单"), foreign.getMessage());
		assertThrows(ServiceException.class, () -> partnerAgent.transfer(ours.getId(),
				Route.toPartner(DemoData.PARTNER_ENTERPRISES.get(1), null), "转给别家"));
		assertThrows(AccessDeniedException.class, () -> partnerAgent.create(draft("合作方自建工单", null), Route.toPartner(partner, null)));

		// handed back: the ticket returns to the sending department and leaves the partner's scope
		Ticket back = partnerAgent.giveBack(ours.getId(), "地址不在我方服务区域");
		assertEquals(TicketStatus.RETURNED, back.getStatus());
		assertFalse(back.isCollaboration());
		assertNull(back.getPartnerEnterpriseId());
		assertEquals(ownUnitOf("A0001"), back.getOrgUnitId());
		assertThrows(ServiceException.class, () -> partnerAgent.comment(ours.getId(), "还能看到吗", false));
	}

	@Test
	void actionsFollowTheStatesAndSayWhyNot() {
		Tickets agent = fx.desk("A0001").tickets();
		Ticket t = agent.create(draft("状态测试", null), Route.toUnit(firstOwnUnit()));
		ServiceException early = assertThrows(ServiceException.class, () -> agent.resolve(t.getId(), null, null));
		assertTrue(early.getMessage().contains("待受理"), early.getMessage());
		assertThrows(ServiceException.class, () -> agent.reopen(t.getId(), "无"), "only resolved or closed tickets reopen");
		assertThrows(ServiceException.class, () -> agent.giveBack(t.getId(), " "), "a return needs its reason");
		agent.accept(t.getId(), null);
		Ticket escalated = agent.escalate(t.getId(), "客户投诉升级");
		assertEquals(Priority.HIGH, escalated.getPriority());
		assertEquals(1, escalated.getEscalationLevel());
		agent.resolve(t.getId(), null, null);
		Ticket reopened = agent.reopen(t.getId(), "客户反映仍未解决");
		assertEquals(TicketStatus.IN_PROGRESS, reopened.getStatus());
		assertNull(reopened.getResolvedAt());
		assertThrows(ServiceException.class, () -> agent.create(draft(" ", null), Route.toUnit(firstOwnUnit())));
	}

	@Test
	void aParentCannotCloseWhileAChildIsOpen() {
		Tickets agent = fx.desk("A0001").tickets();
		Ticket parent = agent.create(draft("小区大面积断网", null), Route.toUnit(firstOwnUnit()));
		Ticket child = agent.create(draft("3 号楼光交箱检修", parent.getId()), Route.toPartner(partner, null));
		assertEquals(List.of(child.getId()), agent.children(parent.getId()).stream().map(Ticket::getId).toList());
		agent.accept(parent.getId(), null);
		ServiceException refused = assertThrows(ServiceException.class, () -> agent.close(parent.getId(), null));
		assertTrue(refused.getMessage().contains(child.getNumber()), refused.getMessage());
		Tickets partnerAgent = fx.desk("P1001").tickets();
		partnerAgent.accept(child.getId(), null);
		partnerAgent.close(child.getId(), "已修复");
		assertEquals(TicketStatus.CLOSED, agent.close(parent.getId(), "全部恢复").getStatus());
		assertThrows(ServiceException.class, () -> agent.create(draft("迟到的子单", parent.getId()), Route.toUnit(firstOwnUnit())));
	}

	@Test
	void aDuplicateIsMergedClosedAndPointsToTheTicketThatGoesOn() {
		Tickets agent = fx.desk("A0001").tickets();
		Ticket main = agent.create(draft("宽带断线", null), Route.toUnit(firstOwnUnit()));
		Ticket dup = agent.create(draft("宽带又断了（重复来电）", null), Route.toUnit(firstOwnUnit()));
		Ticket into = agent.merge(dup.getId(), main.getId());
		Ticket merged = agent.get(dup.getId());
		assertEquals(TicketStatus.CLOSED, merged.getStatus());
		assertEquals(main.getId(), merged.getMergedIntoId());
		assertEquals(TicketAction.MERGE, into.getSteps().get(into.getSteps().size() - 1).getAction());
		assertTrue(Tickets.customerSteps(merged).stream().anyMatch(s -> s.getCustomerNote().contains(main.getNumber())));
		assertThrows(ServiceException.class, () -> agent.reopen(dup.getId(), "误合并"));
		assertThrows(ServiceException.class, () -> agent.merge(main.getId(), main.getId()));
	}

	@Test
	void aBulkActionReportsEachTicket() {
		Tickets agent = fx.desk("A0001").tickets();
		Ticket a = agent.create(draft("批量 1", null), Route.toUnit(firstOwnUnit()));
		Ticket b = agent.create(draft("批量 2", null), Route.toUnit(firstOwnUnit()));
		Ticket c = agent.create(draft("批量 3", null), Route.toUnit(firstOwnUnit()));
		agent.accept(c.getId(), null);
		agent.close(c.getId(), null);
		List<Tickets.ItemResult> results = agent.bulk(List.of(a.getId(), b.getId(), c.getId(), "ticket:none"),
				id -> agent.escalate(id, "批量升级"));
		assertEquals(List.of(true, true, false, false), results.stream().map(Tickets.ItemResult::done).toList());
		assertTrue(results.get(2).message().contains("已办结"), results.get(2).message());
		assertTrue(results.get(3).message().contains("不存在"));
		assertEquals(Priority.HIGH, agent.get(a.getId()).getPriority());
	}

	private static Tickets.Draft draft(String title, String parent) {
		return new Tickets.Draft("宽带故障", title, "测试说明", Priority.NORMAL, null, null, parent);
	}

	private static ContactRecord contact() {
		ContactRecord r = ServiceFactory.eINSTANCE.createContactRecord();
		r.setChannel(Channel.PHONE);
		r.setCategory("宽带故障");
		r.setContent("客户来电反映宽带频繁断线");
		r.setHandling("已远程重启光猫，问题依旧，需上门");
		return fx.desk("A0001").contacts().create(r);
	}

	private static String firstOwnUnit() {
		return ownUnitOf("L0011");
	}

	private static String ownUnitOf(String staffNo) {
		return fx.store.<org.kefu.model.admin.Staff>query(org.kefu.store.Query.of(org.kefu.model.admin.AdminPackage.Literals.STAFF)
				.eq(org.kefu.model.admin.AdminPackage.Literals.STAFF__STAFF_NO, staffNo)).get(0).getOrgUnitId();
	}
}
