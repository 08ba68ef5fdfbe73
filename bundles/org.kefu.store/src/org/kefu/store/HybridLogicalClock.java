package org.kefu.store;

import java.util.function.LongSupplier;

/**
 * A hybrid logical clock (Kulkarni et al.): physical milliseconds in the high 48 bits and a counter in the low 16.
 * Timestamps never go backwards on one node, and after {@link #observe(long)} they are later than anything received,
 * so causally related edits stay ordered even between sites whose wall clocks disagree.
 */
public final class HybridLogicalClock {

	private static final int COUNTER_BITS = 16;
	private static final long COUNTER_MASK = (1L << COUNTER_BITS) - 1;

	private final LongSupplier wallClock;
	private long last;

	public HybridLogicalClock(LongSupplier wallClockMillis) {
		this.wallClock = wallClockMillis;
	}

	public HybridLogicalClock() {
		this(System::currentTimeMillis);
	}

	/** A timestamp for a local event. */
	public synchronized long now() {
		long physical = wallClock.getAsLong() << COUNTER_BITS;
		last = physical > last ? physical : last + 1;
		return last;
	}

	/** Merges a timestamp received from another node; returns the timestamp of the receive event. */
	public synchronized long observe(long remote) {
		long physical = wallClock.getAsLong() << COUNTER_BITS;
		last = Math.max(physical, Math.max(last, remote) + 1);
		return last;
	}

	public static long millis(long hlc) {
		return hlc >>> COUNTER_BITS;
	}

	public static int counter(long hlc) {
		return (int) (hlc & COUNTER_MASK);
	}
}
