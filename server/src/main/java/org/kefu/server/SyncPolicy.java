package org.kefu.server;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.kefu.admin.Modules;
import org.kefu.admin.Subject;
import org.kefu.model.admin.Staff;
import org.kefu.model.service.Ticket;
import org.kefu.store.Bodies;
import org.kefu.store.Change;
import org.kefu.store.FieldClocks;

/**
 * What each user may receive and send, decided on the server from the same permission matrix as the client: a pull
 * never carries a row the user may not see, and a push touching forbidden data is refused. Partner staff see only the
 * collaboration tickets of their own enterprise, the knowledge base and the shared reference data.
 */
final class SyncPolicy {

	/** Reference data every client needs to work offline (names, the matrix, parameters). */
	private static final Set<String> SHARED = Set.of("Enterprise", "OrgUnit", "Staff", "Role", "FunctionModule", "Parameter",
			"Product", "ChannelInterface", "Bulletin", "Category", "Article", "Question", "BusinessCalendar", "SlaPolicy");
	private static final Set<String> ADMIN_ONLY = Set.of("LogEntry", "MonitorRule", "Alert");
	private static final Set<String> SERVICE = Set.of("Customer", "ContactRecord");
	private static final Set<String> OWNED = Set.of("Note", "CloudFile", "ShiftRequest");
	/** The login state of a staff record, which the person's own client updates at every login. */
	private static final Set<String> LOGIN_STATE = Set.of("lastLogin", "failedLogins", "lockedUntil", "passwordHash",
			"passwordSalt", "passwordIterations");

	private SyncPolicy() {
	}

	static boolean mayPull(Subject s, Change c) {
		String e = c.entity();
		if (ADMIN_ONLY.contains(e)) {
			return s.may(Modules.ADMIN_LOG);
		}
		if (e.equals("Ticket")) {
			return c.body() == null ? !s.isPartner() : mayUseTicket(s, Bodies.decode(c.body()));
		}
		if (SHARED.contains(e)) {
			return true;
		}
		if (SERVICE.contains(e)) {
			return !s.isPartner() && anyModule(s, "service.");
		}
		if (OWNED.contains(e)) {
			return c.body() != null && s.staffNo().equals(owner(Bodies.decode(c.body())));
		}
		if (e.equals("Shift")) {
			return !s.isPartner() && anyModule(s, "operations.");
		}
		if (e.startsWith("Kpi")) {
			return s.may("management.kpi");
		}
		return false;
	}

	private static boolean mayUseTicket(Subject s, Ticket t) {
		if (s.isPartner()) {
			return t.isCollaboration() && s.enterpriseId().equals(t.getPartnerEnterpriseId())
					&& s.may(Modules.SERVICE_TICKET_COLLABORATION);
		}
		return s.may("service.ticket") || s.may(Modules.SERVICE_TICKET_COLLABORATION);
	}

	/** Whether what the user may see of this entity type depends on each row (so a row can leave their view). */
	static boolean rowFiltered(Subject s, String entity) {
		return entity.equals("Ticket") && s.isPartner() || OWNED.contains(entity);
	}

	/** The change a user receives for a row that left their view: a delete, carrying nothing of the row. */
	static Change withdrawal(Change c) {
		return new Change(c.seq(), c.changeId(), c.entity(), c.entityId(), Change.Operation.DELETE, c.revision(), c.hlc(), c.at(),
				null, null, c.origin(), new FieldClocks());
	}

	/** What a pull sends: other people's password verifiers never leave the server. */
	static Change sanitized(Subject s, Change c) {
		if (!c.entity().equals("Staff") || c.body() == null) {
			return c;
		}
		Staff staff = Bodies.decode(c.body());
		if (s.staffNo().equals(staff.getStaffNo())) {
			return c;
		}
		staff.setPasswordHash(null);
		staff.setPasswordSalt(null);
		staff.setPasswordIterations(0);
		FieldClocks clocks = new FieldClocks();
		c.clocks().features().stream().filter(f -> !LOGIN_STATE.contains(f)).forEach(f -> clocks.put(f, c.clocks().get(f)));
		return new Change(c.seq(), c.changeId(), c.entity(), c.entityId(), c.operation(), c.revision(), c.hlc(), c.at(), c.actor(),
				Bodies.encode(staff), c.origin(), clocks);
	}

	/**
	 * The change as the server will apply it, or {@code null} when the user may not send it. A person's own staff record
	 * is accepted for its login state only (their client records logins); its other fields are dropped, not applied.
	 */
	static Change acceptable(Subject s, Change c) {
		String e = c.entity();
		EObject body = c.body() == null ? null : Bodies.decode(c.body());
		return switch (e) {
		case "Staff" -> {
			if (s.may(Modules.ADMIN_STAFF)) {
				yield c;
			}
			if (body instanceof Staff staff && staff.getStaffNo().equals(s.staffNo()) && c.operation() == Change.Operation.UPSERT) {
				FieldClocks only = new FieldClocks();
				c.clocks().features().stream().filter(LOGIN_STATE::contains).forEach(f -> only.put(f, c.clocks().get(f)));
				yield new Change(c.seq(), c.changeId(), e, c.entityId(), c.operation(), c.revision(), c.hlc(), c.at(), c.actor(),
						c.body(), c.origin(), only);
			}
			yield null;
		}
		case "Enterprise", "OrgUnit" -> s.may(Modules.ADMIN_ORG) ? c : null;
		case "Role", "FunctionModule" -> s.may(Modules.ADMIN_PERMISSION) ? c : null;
		case "Parameter" -> s.may(Modules.ADMIN_PARAMETER) ? c : null;
		case "BusinessCalendar", "SlaPolicy" -> s.may(Modules.ADMIN_PARAMETER) || s.may("management.ticket.monitor") ? c : null;
		case "MonitorRule", "Alert" -> s.may(Modules.ADMIN_LOG) ? c : null;
		case "LogEntry" -> c.operation() == Change.Operation.UPSERT ? c : null; // clients report their own events
		case "Ticket" -> body instanceof Ticket t && mayUseTicket(s, t) ? c : null;
		case "Customer", "ContactRecord", "Product" -> !s.isPartner() && anyModule(s, "service.") ? c : null;
		case "Category", "Article", "Question" -> anyModule(s, "knowledge.") ? c : null;
		case "Note", "CloudFile", "ShiftRequest" -> body != null && s.staffNo().equals(owner(body)) ? c : null;
		default -> null;
		};
	}

	/** Whether the user may change the server's current version of an aggregate (checked beside the sent version). */
	static boolean mayChangeExisting(Subject s, EObject current) {
		if (current instanceof Ticket t) {
			return mayUseTicket(s, t);
		}
		if (OWNED.contains(current.eClass().getName())) {
			return s.staffNo().equals(owner(current));
		}
		return true;
	}

	private static boolean anyModule(Subject s, String prefix) {
		return s.modules().stream().anyMatch(m -> m.startsWith(prefix));
	}

	private static String owner(EObject o) {
		var f = o.eClass().getEStructuralFeature("ownerStaffNo");
		if (f == null) {
			f = o.eClass().getEStructuralFeature("staffNo");
		}
		return f == null ? null : (String) o.eGet(f);
	}
}
