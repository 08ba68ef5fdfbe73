package org.kefu.service;

/** Where one SLA target of a ticket stands. */
public enum SlaState {
	/** Running, with more than the warning share of the target left. */
	ON_TRACK,
	/** Running, past the warning share: about to breach. */
	AT_RISK,
	/** Running, past the target. */
	BREACHED,
	/** Stopped in time. */
	MET,
	/** Stopped, but late. */
	MISSED,
	/** No policy applies to the ticket. */
	NONE;

	public boolean needsAttention() {
		return this == AT_RISK || this == BREACHED;
	}
}
