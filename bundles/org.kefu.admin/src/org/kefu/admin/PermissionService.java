package org.kefu.admin;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.kefu.admin.internal.Messages;
import org.kefu.model.admin.AdminPackage.Literals;
import org.kefu.model.admin.Enterprise;
import org.kefu.model.admin.EnterpriseKind;
import org.kefu.model.admin.FunctionModule;
import org.kefu.model.admin.LogKind;
import org.kefu.model.admin.LogLevel;
import org.kefu.model.admin.Role;
import org.kefu.store.AggregateStore;
import org.kefu.store.Query;

/**
 * 权限管理: edits the role × function-module matrix and the modules a partner's contract opens. A partner role can
 * only be given modules that partners may use by the rules or that some partner contract opens.
 */
public final class PermissionService {

	private final AggregateStore store;
	private final Guard guard;
	private final LogService log;
	private final PermissionCatalogue catalogue;

	public PermissionService(AggregateStore store, Guard guard, LogService log, PermissionCatalogue catalogue) {
		this.store = store;
		this.guard = guard;
		this.log = log;
		this.catalogue = catalogue;
	}

	/** Replaces the modules of a role; returns the role as saved. */
	public Role setModules(String roleCode, Collection<String> moduleCodes) {
		guard.require(Modules.ADMIN_PERMISSION);
		Role role = catalogue.role(roleCode)
				.orElseThrow(() -> new AdminException(NLS.bind(Messages.Permission_UnknownRole, roleCode)));
		List<Enterprise> partners = store.query(Query.of(Literals.ENTERPRISE).eq(Literals.ENTERPRISE__KIND, EnterpriseKind.PARTNER));
		Set<String> wanted = new LinkedHashSet<>(moduleCodes);
		for (String code : wanted) {
			FunctionModule m = catalogue.module(code)
					.orElseThrow(() -> new AdminException(NLS.bind(Messages.Permission_UnknownModule, code)));
			if (role.isPartnerRole() && partners.stream().noneMatch(e -> PermissionCatalogue.partnerMayUse(m, e))
					&& !PermissionCatalogue.partnerMayUse(m, null)) {
				throw new AdminException(NLS.bind(Messages.Permission_NotForPartner, role.getName(), m.getName()));
			}
		}
		Set<String> before = new LinkedHashSet<>(role.getModules());
		role.getModules().clear();
		role.getModules().addAll(wanted);
		store.put(role);
		Set<String> added = new LinkedHashSet<>(wanted);
		added.removeAll(before);
		before.removeAll(wanted);
		log.append(LogKind.ADMIN, LogLevel.INFO, guard.subject().staffNo(), "permission", "ROLE_MODULES_CHANGED",
				roleCode + " +" + added + " -" + before, null);
		return role;
	}

	public Role grant(String roleCode, String moduleCode, boolean granted) {
		Role role = catalogue.role(roleCode)
				.orElseThrow(() -> new AdminException(NLS.bind(Messages.Permission_UnknownRole, roleCode)));
		Set<String> modules = new LinkedHashSet<>(role.getModules());
		if (granted) {
			modules.add(moduleCode);
		} else {
			modules.remove(moduleCode);
		}
		return setModules(roleCode, modules);
	}

	/** The modules a partner enterprise's contract opens beyond the rules (e.g. an outsourced call centre). */
	public Enterprise setContractModules(String enterpriseId, Collection<String> moduleCodes) {
		guard.require(Modules.ADMIN_PERMISSION);
		Enterprise e = store.<Enterprise>get(Literals.ENTERPRISE, enterpriseId)
				.orElseThrow(() -> new AdminException(NLS.bind(Messages.Staff_UnknownEnterprise, enterpriseId)));
		for (String code : moduleCodes) {
			catalogue.module(code).orElseThrow(() -> new AdminException(NLS.bind(Messages.Permission_UnknownModule, code)));
		}
		e.getContractModules().clear();
		e.getContractModules().addAll(new LinkedHashSet<>(moduleCodes));
		store.put(e);
		log.append(LogKind.ADMIN, LogLevel.INFO, guard.subject().staffNo(), "permission", "CONTRACT_CHANGED",
				enterpriseId + " " + moduleCodes, null);
		return e;
	}
}
