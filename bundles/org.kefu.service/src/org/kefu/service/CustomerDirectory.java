package org.kefu.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.kefu.admin.Guard;
import org.kefu.model.service.ContactRecord;
import org.kefu.model.service.Customer;
import org.kefu.model.service.ServicePackage.Literals;
import org.kefu.model.service.Ticket;
import org.kefu.store.AggregateStore;
import org.kefu.store.Query;

/**
 * 用户信息查询: finds customers by what an agent has at hand (a phone number written any way, an ID card number, an
 * account, a name or the start of one) through indexed columns only, and assembles the 360 view.
 */
public final class CustomerDirectory {

	/** Everything the agent sees of one customer; contacts and tickets newest first. */
	public record View(Customer customer, List<ContactRecord> contacts, List<Ticket> tickets) {
	}

	public static final int HISTORY = 50;

	private final AggregateStore store;
	private final Guard guard;

	public CustomerDirectory(AggregateStore store, Guard guard) {
		this.store = store;
		this.guard = guard;
	}

	/** Customers matching the text, best kind of match first, at most {@code limit}. */
	public List<Customer> find(String text, int limit) {
		guard.require("service.customer360");
		String q = text == null ? "" : text.strip();
		if (q.isEmpty()) {
			return List.of();
		}
		Map<String, Customer> found = new LinkedHashMap<>();
		if (PhoneNumbers.looksLikePhone(q)) {
			String phone = PhoneNumbers.normalise(q);
			if (phone != null) {
				add(found, Query.of(Literals.CUSTOMER).eq(Literals.CUSTOMER__PHONE, phone), limit);
			}
		}
		if (q.matches("[0-9]{17}[0-9Xx]")) {
			add(found, Query.of(Literals.CUSTOMER).eq(Literals.CUSTOMER__ID_NUMBER, q.toUpperCase(Locale.ROOT)), limit);
		}
		if (q.matches("[A-Za-z]{1,4}[0-9]+")) {
			add(found, Query.of(Literals.CUSTOMER).eq(Literals.CUSTOMER__ACCOUNT, q.toUpperCase(Locale.ROOT)), limit);
		}
		if (!q.matches("[+0-9 ()\\-./]+")) {
			add(found, Query.of(Literals.CUSTOMER).eq(Literals.CUSTOMER__NAME, q), limit);
			add(found, Query.of(Literals.CUSTOMER).where(Literals.CUSTOMER__NAME, Query.Op.LIKE, prefix(q))
					.orderBy(Literals.CUSTOMER__NAME, true), limit);
		}
		return new ArrayList<>(found.values()).subList(0, Math.min(limit, found.size()));
	}

	/** The customer whose phone is this number (as a caller's number arrives), if exactly one is. */
	public Optional<Customer> byPhone(String number) {
		guard.require("service.customer360");
		String phone = PhoneNumbers.normalise(number);
		if (phone == null) {
			return Optional.empty();
		}
		List<Customer> c = store.query(Query.of(Literals.CUSTOMER).eq(Literals.CUSTOMER__PHONE, phone).page(0, 2));
		return c.size() == 1 ? Optional.of(c.get(0)) : Optional.empty();
	}

	public View view(String customerId) {
		guard.require("service.customer360");
		return store.transaction(tx -> {
			Customer c = tx.<Customer>get(Literals.CUSTOMER, customerId)
					.orElseThrow(() -> new ServiceException("客户不存在：" + customerId));
			List<ContactRecord> contacts = tx.query(Query.of(Literals.CONTACT_RECORD).eq(Literals.CONTACT_RECORD__CUSTOMER_ID, customerId)
					.orderBy(Literals.CONTACT_RECORD__START_TIME, false).page(0, HISTORY));
			List<Ticket> tickets = tx.query(Query.of(Literals.TICKET).eq(Literals.TICKET__CUSTOMER_ID, customerId)
					.orderBy(Literals.TICKET__CREATED_AT, false).page(0, HISTORY));
			return new View(c, contacts, tickets);
		});
	}

	private void add(Map<String, Customer> found, Query query, int limit) {
		if (found.size() >= limit) {
			return;
		}
		for (Customer c : store.<Customer>query(query.page(0, limit))) {
			found.putIfAbsent(c.getId(), c);
		}
	}

	private static String prefix(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
	}
}
