package org.kefu.service;

import java.time.Clock;

import org.kefu.admin.AdminServices;
import org.kefu.store.AggregateStore;

/** The service-process services of one logged-in subject, wired together once; each checks that user's rights. */
public final class ServiceDesk {

	private final CustomerDirectory customers;
	private final ContactRecords contacts;
	private final SlaClock sla;
	private final Tickets tickets;

	public ServiceDesk(AggregateStore store, AdminServices admin) {
		this(store, admin, Clock.systemUTC());
	}

	public ServiceDesk(AggregateStore store, AdminServices admin, Clock clock) {
		this.customers = new CustomerDirectory(store, admin.guard());
		this.contacts = new ContactRecords(store, admin.guard(), clock);
		this.sla = new SlaClock(store);
		this.tickets = new Tickets(store, admin.guard(), sla, clock);
	}

	public CustomerDirectory customers() {
		return customers;
	}

	public ContactRecords contacts() {
		return contacts;
	}

	public SlaClock sla() {
		return sla;
	}

	public Tickets tickets() {
		return tickets;
	}
}
