package org.kefu.demo;

/** How much demo data to make: a slice that starts fast, or the full enterprise for benchmarks. */
public enum DemoSize {

	SMALL(2_000, 20_000), FULL(100_000, 1_000_000);

	public final int customers;
	public final int contactRecords;

	DemoSize(int customers, int contactRecords) {
		this.customers = customers;
		this.contactRecords = contactRecords;
	}
}
