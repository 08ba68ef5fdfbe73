package org.kefu.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.model.service.Customer;
import org.kefu.model.service.ServiceFactory;
import org.kefu.model.service.ServicePackage.Literals;
import org.kefu.model.service.Ticket;
import org.kefu.model.service.TicketAction;
import org.kefu.model.service.TicketStep;
import org.kefu.store.AggregateStore;
import org.kefu.store.Change;
import org.kefu.store.SqlStore;
import org.kefu.store.HybridLogicalClock;

/** Field-level merge between real stores: three nodes (two branches and a hub) exchanging their change logs. */
class SyncMergeTest {

	@TempDir
	Path dir;
	final AtomicLong branchAWall = new AtomicLong(System.currentTimeMillis());
	final AtomicLong branchBWall = new AtomicLong(System.currentTimeMillis());
	SqlStore hub;
	SqlStore a;
	SqlStore b;

	@BeforeEach
	void open() {
		hub = SqlStore.open(dir.resolve("hub"));
		a = SqlStore.open(dir.resolve("a"), new HybridLogicalClock(branchAWall::get));
		b = SqlStore.open(dir.resolve("b"), new HybridLogicalClock(branchBWall::get));
	}

	@AfterEach
	void close() {
		hub.close();
		a.close();
		b.close();
	}

	/** Sends every change of {@code from} after {@code after} to {@code to}; returns the last sequence sent. */
	static long relay(AggregateStore from, AggregateStore to, long after, boolean recordConflicts) {
		long last = after;
		for (Change c : from.changesSince(after, 10_000)) {
			to.transaction(tx -> tx.applyRemote(c, recordConflicts));
			last = c.seq();
		}
		return last;
	}

	/** Pushes a branch's own changes to the hub and pulls everything back, like one sync round. */
	long[] sync(SqlStore branch, long[] positions) {
		long pushed = positions[0];
		for (Change c : branch.changesSince(pushed, 10_000, branch.nodeId())) {
			hub.transaction(tx -> tx.markReceived(c.changeId()) ? tx.applyRemote(c, true) : null);
			pushed = c.seq();
		}
		long pulled = relay(hub, branch, positions[1], false);
		return new long[] { branch.changesSince(0, Integer.MAX_VALUE).stream().mapToLong(Change::seq).max().orElse(0), pulled };
	}

	static Customer customer(String name, String phone) {
		Customer c = ServiceFactory.eINSTANCE.createCustomer();
		c.setId("c1");
		c.setName(name);
		c.setPhone(phone);
		return c;
	}

	Customer read(AggregateStore s) {
		return s.<Customer>get(Literals.CUSTOMER, "c1").orElseThrow();
	}

	@Test
	void editsOfDifferentFieldsOnTwoBranchesBothSurvive() {
		a.put(customer("王小明", "13800000000"));
		long[] pa = sync(a, new long[2]);
		long[] pb = sync(b, new long[2]);
		Customer atA = read(a);
		atA.setName("王晓明");
		a.put(atA);
		Customer atB = read(b);
		atB.setPhone("13911112222");
		b.put(atB);
		pa = sync(a, pa);
		pb = sync(b, pb);
		pa = sync(a, pa);
		for (AggregateStore s : List.of(a, b, hub)) {
			assertEquals("王晓明", read(s).getName());
			assertEquals("13911112222", read(s).getPhone());
		}
		assertTrue(hub.transaction(tx -> tx.conflicts(true)).isEmpty());
	}

	@Test
	void aConcurrentEditOfTheSameFieldHasOneWinnerEverywhereAndIsRecordedOnce() {
		a.put(customer("王小明", "13800000000"));
		long[] pa = sync(a, new long[2]);
		long[] pb = sync(b, new long[2]);
		Customer atA = read(a);
		atA.setName("王晓明");
		a.put(atA);
		branchBWall.addAndGet(10); // B writes a little later
		Customer atB = read(b);
		atB.setName("王小鸣");
		b.put(atB);
		// sync in both orders
		pb = sync(b, pb);
		pa = sync(a, pa);
		pb = sync(b, pb);
		pa = sync(a, pa);
		String winner = read(hub).getName();
		assertEquals("王小鸣", winner, "the later stamp wins");
		assertEquals(winner, read(a).getName());
		assertEquals(winner, read(b).getName());
		List<AggregateStore.ConflictRecord> conflicts = hub.transaction(tx -> tx.conflicts(true));
		assertEquals(1, conflicts.size(), conflicts.toString());
		assertEquals("name", conflicts.get(0).feature());
		assertEquals("王晓明", conflicts.get(0).olderValue());
		assertEquals("王小鸣", conflicts.get(0).newerValue());
		// syncing again changes nothing and records nothing new
		sync(a, pa);
		sync(b, pb);
		assertEquals(1, hub.transaction(tx -> tx.conflicts(true)).size());
	}

	@Test
	void stepsAppendedOnBothBranchesAreAllKept() {
		Ticket t = ServiceFactory.eINSTANCE.createTicket();
		t.setId("t1");
		t.setTitle("宽带故障");
		a.put(t);
		long[] pa = sync(a, new long[2]);
		long[] pb = sync(b, new long[2]);
		appendStep(a, "s-a", "一线已受理", 1000);
		appendStep(b, "s-b", "合作方已上门", 2000);
		pa = sync(a, pa);
		pb = sync(b, pb);
		pa = sync(a, pa);
		for (AggregateStore s : List.of(a, b, hub)) {
			Ticket back = s.<Ticket>get(Literals.TICKET, "t1").orElseThrow();
			assertEquals(List.of("s-a", "s-b"), back.getSteps().stream().map(TicketStep::getId).toList(), s.nodeId());
		}
	}

	static void appendStep(AggregateStore s, String id, String note, long time) {
		Ticket t = s.<Ticket>get(Literals.TICKET, "t1").orElseThrow();
		TicketStep step = ServiceFactory.eINSTANCE.createTicketStep();
		step.setId(id);
		step.setNote(note);
		step.setAction(TicketAction.COMMENT);
		step.setTime(new Date(time));
		t.getSteps().add(step);
		s.put(t);
	}

	@Test
	void aChangeReceivedTwiceIsAppliedOnce() {
		a.put(customer("王小明", "13800000000"));
		Change c = a.changesSince(0, 10).get(0);
		for (int i = 0; i < 3; i++) {
			hub.transaction(tx -> tx.markReceived(c.changeId()) ? tx.applyRemote(c, true) : null);
		}
		assertEquals(1, hub.changesSince(0, 100).size());
		assertFalse(hub.transaction(tx -> tx.markReceived(c.changeId())));
		assertTrue(hub.transaction(tx -> tx.applyRemote(c, true)).conflicts().isEmpty());
		assertFalse(hub.transaction(tx -> tx.applyRemote(c, true)).changed());
	}

	@Test
	void causallyOrderedEditsStayOrderedWhateverTheBranchClocksSay() {
		branchAWall.addAndGet(5 * 60_000); // A's clock runs five minutes fast
		branchBWall.addAndGet(-5 * 60_000); // B's five minutes slow
		a.put(customer("王小明", "13800000000"));
		long[] pa = sync(a, new long[2]);
		long[] pb = sync(b, new long[2]);
		// B edits after seeing A's write: a causal successor, although B's wall clock is ten minutes behind
		Customer atB = read(b);
		atB.setName("王晓明");
		b.put(atB);
		pb = sync(b, pb);
		sync(a, pa);
		for (AggregateStore s : List.of(a, b, hub)) {
			assertEquals("王晓明", read(s).getName(), s.nodeId());
		}
		assertTrue(hub.transaction(tx -> tx.conflicts(true)).isEmpty(), "a successor is no conflict");
		assertTrue(EcoreUtil.equals(read(a), read(b)));
	}
}
