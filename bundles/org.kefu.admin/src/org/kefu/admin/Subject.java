package org.kefu.admin;

import java.util.Set;

import org.kefu.model.admin.EnterpriseKind;

/**
 * The person logged in, with the function modules their roles allow. Computed once at login from the matrix in the
 * store, so a matrix change takes effect at the next login.
 */
public record Subject(String staffId, String staffNo, String name, String enterpriseId, EnterpriseKind enterpriseKind,
		Set<String> roleCodes, Set<String> modules) {

	public Subject {
		roleCodes = Set.copyOf(roleCodes);
		modules = Set.copyOf(modules);
	}

	/** The identity the system uses for its own work (seeding, migrations, monitoring). */
	public static final Subject SYSTEM = new Subject("system", "system", "系统", "own", EnterpriseKind.OWN, Set.of(),
			Set.of());

	public boolean may(String module) {
		return this == SYSTEM || modules.contains(module);
	}

	public boolean isPartner() {
		return enterpriseKind == EnterpriseKind.PARTNER;
	}
}
