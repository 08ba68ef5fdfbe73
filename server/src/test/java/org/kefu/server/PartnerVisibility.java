package org.kefu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.kefu.model.admin.AdminPackage;
import org.kefu.model.admin.Staff;
import org.kefu.model.service.ServicePackage;
import org.kefu.model.service.Ticket;
import org.kefu.store.AggregateStore;
import org.kefu.store.Query;

/** Checks a partner's branch store row by row against what a partner may see. */
final class PartnerVisibility {

	private PartnerVisibility() {
	}

	static void assertOnlyPermitted(AggregateStore store, String staffNo, String enterpriseId) {
		assertEquals(0, store.count(Query.of(ServicePackage.Literals.CUSTOMER)), "customers are not a partner's");
		assertEquals(0, store.count(Query.of(ServicePackage.Literals.CONTACT_RECORD)), "contact records are not a partner's");
		assertEquals(0, store.count(Query.of(AdminPackage.Literals.LOG_ENTRY)), "logs are not a partner's");
		assertEquals(0, store.count(Query.of(AdminPackage.Literals.ALERT)));
		for (Ticket t : store.<Ticket>query(Query.of(ServicePackage.Literals.TICKET))) {
			assertTrue(t.isCollaboration() && enterpriseId.equals(t.getPartnerEnterpriseId()),
					"only collaboration tickets of the partner's own enterprise: " + t.getId());
		}
		for (Staff s : store.<Staff>query(Query.of(AdminPackage.Literals.STAFF))) {
			if (!s.getStaffNo().equals(staffNo)) {
				assertNull(s.getPasswordHash(), "no password verifier of anybody else leaves the server: " + s.getStaffNo());
			}
		}
	}
}
