package org.kefu.admin;

import org.kefu.store.AggregateStore;

/** The administration services of one logged-in subject, wired together once. */
public final class AdminServices {

	private final Subject subject;
	private final LogService log;
	private final PermissionCatalogue catalogue;
	private final Guard guard;
	private final ParameterService parameters;
	private final OrgService org;
	private final StaffService staff;
	private final StaffTransfer staffTransfer;
	private final PermissionService permissions;

	public AdminServices(AggregateStore store, Subject subject) {
		this.subject = subject;
		this.log = new LogService(store);
		this.catalogue = new PermissionCatalogue(store);
		this.guard = new Guard(subject, log, catalogue);
		log.guardReading(guard);
		this.parameters = new ParameterService(store, guard, log);
		this.org = new OrgService(store, guard, log);
		this.staff = new StaffService(store, guard, log, parameters);
		this.staffTransfer = new StaffTransfer(store, staff, org, guard, log);
		this.permissions = new PermissionService(store, guard, log, catalogue);
	}

	/** Services for logging in, before anybody is known. */
	public static LoginService login(AggregateStore store) {
		AdminServices system = new AdminServices(store, Subject.SYSTEM);
		return new LoginService(store, system.log, system.catalogue, system.parameters);
	}

	public Subject subject() {
		return subject;
	}

	public Guard guard() {
		return guard;
	}

	public LogService log() {
		return log;
	}

	public PermissionCatalogue catalogue() {
		return catalogue;
	}

	public ParameterService parameters() {
		return parameters;
	}

	public OrgService org() {
		return org;
	}

	public StaffService staff() {
		return staff;
	}

	public StaffTransfer staffTransfer() {
		return staffTransfer;
	}

	public PermissionService permissions() {
		return permissions;
	}
}
