package org.kefu.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;
import org.kefu.admin.internal.Messages;
import org.kefu.model.admin.AdminFactory;
import org.kefu.model.admin.AdminPackage.Literals;
import org.kefu.model.admin.Enterprise;
import org.kefu.model.admin.LogKind;
import org.kefu.model.admin.LogLevel;
import org.kefu.model.admin.OrgUnit;
import org.kefu.store.AggregateStore;
import org.kefu.store.Query;

/** 组织管理: the org tree of each enterprise — add, rename, move and delete, each with its checks. */
public final class OrgService {

	private final AggregateStore store;
	private final Guard guard;
	private final LogService log;

	public OrgService(AggregateStore store, Guard guard, LogService log) {
		this.store = store;
		this.guard = guard;
		this.log = log;
	}

	public List<Enterprise> enterprises() {
		return store.query(Query.of(Literals.ENTERPRISE).orderBy(Literals.ENTERPRISE__KIND, true).orderBy(Literals.ENTERPRISE__NAME, true));
	}

	public List<OrgUnit> units(String enterpriseId) {
		return store.query(Query.of(Literals.ORG_UNIT).eq(Literals.ORG_UNIT__ENTERPRISE_ID, enterpriseId)
				.orderBy(Literals.ORG_UNIT__CODE, true));
	}

	public List<OrgUnit> children(String enterpriseId, String parentId) {
		Query q = Query.of(Literals.ORG_UNIT).eq(Literals.ORG_UNIT__ENTERPRISE_ID, enterpriseId)
				.orderBy(Literals.ORG_UNIT__NAME, true);
		if (parentId == null) {
			q.where(Literals.ORG_UNIT__PARENT_ID, Query.Op.IS_NULL, null);
		} else {
			q.eq(Literals.ORG_UNIT__PARENT_ID, parentId);
		}
		return store.query(q);
	}

	public OrgUnit add(String enterpriseId, String parentId, String name) {
		guard.require(Modules.ADMIN_ORG);
		String n = requireName(name);
		if (store.get(Literals.ENTERPRISE, enterpriseId).isEmpty()) {
			throw new AdminException(NLS.bind(Messages.Staff_UnknownEnterprise, enterpriseId));
		}
		if (parentId != null && unit(parentId).getEnterpriseId().equals(enterpriseId) == false) {
			throw new AdminException(Messages.Org_OtherEnterprise);
		}
		requireUniqueName(enterpriseId, parentId, n, null);
		OrgUnit u = AdminFactory.eINSTANCE.createOrgUnit();
		u.setId("org:" + UUID.randomUUID());
		u.setEnterpriseId(enterpriseId);
		u.setParentId(parentId);
		u.setName(n);
		u.setCode(u.getId().substring(4, 12));
		store.put(u);
		audit("ORG_ADDED", n + " (" + u.getId() + ")");
		return u;
	}

	public OrgUnit rename(String unitId, String name) {
		guard.require(Modules.ADMIN_ORG);
		String n = requireName(name);
		OrgUnit u = unit(unitId);
		requireUniqueName(u.getEnterpriseId(), u.getParentId(), n, u.getId());
		String old = u.getName();
		u.setName(n);
		store.put(u);
		audit("ORG_RENAMED", old + " → " + n);
		return u;
	}

	/** Moves a unit under another parent of the same enterprise ({@code null}: to the top). */
	public OrgUnit move(String unitId, String newParentId) {
		guard.require(Modules.ADMIN_ORG);
		OrgUnit u = unit(unitId);
		if (newParentId != null) {
			OrgUnit parent = unit(newParentId);
			if (!parent.getEnterpriseId().equals(u.getEnterpriseId())) {
				throw new AdminException(Messages.Org_OtherEnterprise);
			}
			for (OrgUnit p = parent; p != null; p = p.getParentId() == null ? null : unit(p.getParentId())) {
				if (p.getId().equals(u.getId())) {
					throw new AdminException(NLS.bind(Messages.Org_Cycle, u.getName()));
				}
			}
		}
		requireUniqueName(u.getEnterpriseId(), newParentId, u.getName(), u.getId());
		u.setParentId(newParentId);
		store.put(u);
		audit("ORG_MOVED", u.getName() + " → " + newParentId);
		return u;
	}

	/** Deletes an empty unit: one with neither sub-units nor staff. */
	public void delete(String unitId) {
		guard.require(Modules.ADMIN_ORG);
		OrgUnit u = unit(unitId);
		if (store.count(Query.of(Literals.ORG_UNIT).eq(Literals.ORG_UNIT__PARENT_ID, unitId)) > 0) {
			throw new AdminException(NLS.bind(Messages.Org_HasChildren, u.getName()));
		}
		long staff = store.count(Query.of(Literals.STAFF).eq(Literals.STAFF__ORG_UNIT_ID, unitId));
		if (staff > 0) {
			throw new AdminException(NLS.bind(Messages.Org_HasStaff, u.getName(), staff));
		}
		store.delete(Literals.ORG_UNIT, unitId);
		audit("ORG_DELETED", u.getName() + " (" + unitId + ")");
	}

	/** The path from the top of the tree down to the unit, for display ("客服中心 / 一组"). */
	public String path(String unitId) {
		List<String> names = new ArrayList<>();
		for (OrgUnit u = store.<OrgUnit>get(Literals.ORG_UNIT, unitId).orElse(null); u != null; u = u.getParentId() == null
				? null : store.<OrgUnit>get(Literals.ORG_UNIT, u.getParentId()).orElse(null)) {
			names.add(0, u.getName());
		}
		return String.join(" / ", names);
	}

	private OrgUnit unit(String id) {
		return store.<OrgUnit>get(Literals.ORG_UNIT, id).orElseThrow(() -> new AdminException(Messages.Org_NotFound));
	}

	private static String requireName(String name) {
		if (name == null || name.isBlank()) {
			throw new AdminException(Messages.Org_NameRequired);
		}
		return name.trim();
	}

	private void requireUniqueName(String enterpriseId, String parentId, String name, String exceptId) {
		boolean taken = children(enterpriseId, parentId).stream()
				.anyMatch(s -> s.getName().equals(name) && !Objects.equals(s.getId(), exceptId));
		if (taken) {
			throw new AdminException(NLS.bind(Messages.Org_DuplicateName, name));
		}
	}

	private void audit(String event, String message) {
		log.append(LogKind.ADMIN, LogLevel.INFO, guard.subject().staffNo(), "org", event, message, null);
	}
}
