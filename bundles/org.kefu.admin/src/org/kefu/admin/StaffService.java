package org.kefu.admin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.kefu.admin.internal.Messages;
import org.kefu.model.admin.AdminFactory;
import org.kefu.model.admin.AdminPackage.Literals;
import org.kefu.model.admin.Enterprise;
import org.kefu.model.admin.EnterpriseKind;
import org.kefu.model.admin.LogKind;
import org.kefu.model.admin.LogLevel;
import org.kefu.model.admin.OrgUnit;
import org.kefu.model.admin.PostCategory;
import org.kefu.model.admin.Role;
import org.kefu.model.admin.Staff;
import org.kefu.store.AggregateStore;
import org.kefu.store.Query;

/**
 * 人员管理: staff of the own and the partner enterprises in the eight dimensions of the requirements (企业名称, 工号,
 * 姓名, 所属部门, 岗位名称, 岗位类别, 岗位等级, 操作权限), with passwords and lock-outs.
 */
public final class StaffService {

	private static final Pattern STAFF_NO = Pattern.compile("[A-Za-z0-9-]{1,32}");

	/** What a form or an import row says about a staff member; {@code id == null} creates one. */
	public record Draft(String id, String enterpriseId, String staffNo, String name, String orgUnitId, String postName,
			PostCategory postCategory, int postLevel, Set<String> roleCodes, String phone, String email, boolean active) {
	}

	/** Chinese labels of the post categories, used in forms, exports and imports. */
	public static final Map<PostCategory, String> CATEGORY_LABELS = Map.of(PostCategory.AGENT, "坐席",
			PostCategory.TEAM_LEAD, "班组长", PostCategory.MANAGER, "管理", PostCategory.KNOWLEDGE, "知识",
			PostCategory.TECHNICAL, "技术", PostCategory.ADMINISTRATOR, "系统管理");

	private final AggregateStore store;
	private final Guard guard;
	private final LogService log;
	private final ParameterService parameters;

	public StaffService(AggregateStore store, Guard guard, LogService log, ParameterService parameters) {
		this.store = store;
		this.guard = guard;
		this.log = log;
		this.parameters = parameters;
	}

	/** Staff of an enterprise (and unit), optionally those whose name or 工号 contains {@code text}. */
	public List<Staff> search(String enterpriseId, String orgUnitId, String text, int offset, int limit) {
		return store.query(query(enterpriseId, orgUnitId, text).orderBy(Literals.STAFF__STAFF_NO, true).page(offset, limit));
	}

	public long count(String enterpriseId, String orgUnitId, String text) {
		return store.count(query(enterpriseId, orgUnitId, text));
	}

	private static Query query(String enterpriseId, String orgUnitId, String text) {
		Query q = Query.of(Literals.STAFF);
		if (enterpriseId != null) {
			q.eq(Literals.STAFF__ENTERPRISE_ID, enterpriseId);
		}
		if (orgUnitId != null) {
			q.eq(Literals.STAFF__ORG_UNIT_ID, orgUnitId);
		}
		if (text != null && !text.isBlank()) {
			String t = text.trim();
			// Latin input is a 工号, anything else a name
			q.contains(t.chars().allMatch(c -> c < 128) ? Literals.STAFF__STAFF_NO : Literals.STAFF__NAME, t);
		}
		return q;
	}

	public Optional<Staff> byStaffNo(String staffNo) {
		return store.<Staff>query(Query.of(Literals.STAFF).eq(Literals.STAFF__STAFF_NO, staffNo)).stream().findFirst();
	}

	/** Creates or updates a staff member after checking every dimension; the message says what is wrong. */
	public Staff save(Draft d) {
		guard.require(Modules.ADMIN_STAFF);
		Staff saved = store.transaction(tx -> {
			Staff s = d.id() == null ? AdminFactory.eINSTANCE.createStaff()
					: tx.<Staff>get(Literals.STAFF, d.id()).orElseThrow(() -> new AdminException(Messages.Org_NotFound));
			validate(d, tx);
			if (d.id() == null) {
				s.setId("staff:" + d.staffNo().trim());
			}
			s.setEnterpriseId(d.enterpriseId());
			s.setStaffNo(d.staffNo().trim());
			s.setName(d.name().trim());
			s.setOrgUnitId(d.orgUnitId());
			s.setPostName(d.postName());
			s.setPostCategory(d.postCategory());
			s.setPostLevel(d.postLevel());
			s.getRoleCodes().clear();
			s.getRoleCodes().addAll(new LinkedHashSet<>(d.roleCodes()));
			s.setPhone(d.phone());
			s.setEmail(d.email());
			s.setActive(d.active());
			tx.put(s);
			return s;
		});
		log.append(LogKind.ADMIN, LogLevel.INFO, guard.subject().staffNo(), "staff",
				d.id() == null ? "STAFF_CREATED" : "STAFF_UPDATED", saved.getStaffNo() + " " + saved.getName() + " " + saved.getRoleCodes(), null);
		return saved;
	}

	private void validate(Draft d, AggregateStore.Transaction tx) {
		if (d.staffNo() == null || d.staffNo().isBlank()) {
			throw new AdminException(Messages.Staff_NoRequired);
		}
		String no = d.staffNo().trim();
		if (!STAFF_NO.matcher(no).matches()) {
			throw new AdminException(NLS.bind(Messages.Staff_NoFormat, no));
		}
		List<Staff> same = tx.query(Query.of(Literals.STAFF).eq(Literals.STAFF__STAFF_NO, no));
		if (same.stream().anyMatch(s -> !s.getId().equals(d.id()))) {
			throw new AdminException(NLS.bind(Messages.Staff_NoTaken, no));
		}
		if (d.name() == null || d.name().isBlank()) {
			throw new AdminException(Messages.Staff_NameRequired);
		}
		Enterprise e = tx.<Enterprise>get(Literals.ENTERPRISE, d.enterpriseId() == null ? "" : d.enterpriseId())
				.orElseThrow(() -> new AdminException(NLS.bind(Messages.Staff_UnknownEnterprise, d.enterpriseId())));
		if (d.orgUnitId() != null) {
			OrgUnit u = tx.<OrgUnit>get(Literals.ORG_UNIT, d.orgUnitId()).orElse(null);
			if (u == null || !u.getEnterpriseId().equals(e.getId())) {
				throw new AdminException(NLS.bind(Messages.Staff_UnknownOrgUnit, d.orgUnitId()));
			}
		}
		if (d.postCategory() == null) {
			throw new AdminException(NLS.bind(Messages.Staff_UnknownPostCategory, ""));
		}
		if (d.postLevel() < 1 || d.postLevel() > 10) {
			throw new AdminException(Messages.Staff_LevelRange);
		}
		for (String code : d.roleCodes()) {
			Role r = tx.<Role>get(Literals.ROLE, "role:" + code)
					.orElseThrow(() -> new AdminException(NLS.bind(Messages.Staff_UnknownRole, code)));
			if (e.getKind() == EnterpriseKind.PARTNER && !r.isPartnerRole()) {
				throw new AdminException(NLS.bind(Messages.Staff_RoleNotForPartner, r.getName()));
			}
			if (e.getKind() == EnterpriseKind.OWN && r.isPartnerRole()) {
				throw new AdminException(NLS.bind(Messages.Staff_PartnerRoleForOwn, r.getName()));
			}
		}
	}

	/** Sets a new password (the administrator's reset); also lifts a lock-out. */
	public void setPassword(String staffId, char[] password) {
		guard.require(Modules.ADMIN_STAFF);
		int min = parameters.intValue("security.password.minLength");
		if (password.length < min) {
			throw new AdminException(NLS.bind(Messages.Password_TooShort, min));
		}
		PasswordHasher.Hash h = PasswordHasher.hash(password, parameters.intValue("security.password.iterations"));
		Staff s = store.transaction(tx -> {
			Staff staff = tx.<Staff>get(Literals.STAFF, staffId).orElseThrow(() -> new AdminException(Messages.Org_NotFound));
			staff.setPasswordHash(h.hash());
			staff.setPasswordSalt(h.salt());
			staff.setPasswordIterations(h.iterations());
			staff.setFailedLogins(0);
			staff.setLockedUntil(null);
			tx.put(staff);
			return staff;
		});
		log.append(LogKind.SECURITY, LogLevel.INFO, guard.subject().staffNo(), "staff", "PASSWORD_RESET", s.getStaffNo(), null);
	}

	public void unlock(String staffId) {
		guard.require(Modules.ADMIN_STAFF);
		Staff s = store.transaction(tx -> {
			Staff staff = tx.<Staff>get(Literals.STAFF, staffId).orElseThrow(() -> new AdminException(Messages.Org_NotFound));
			staff.setFailedLogins(0);
			staff.setLockedUntil(null);
			tx.put(staff);
			return staff;
		});
		log.append(LogKind.SECURITY, LogLevel.INFO, guard.subject().staffNo(), "staff", "ACCOUNT_UNLOCKED", s.getStaffNo(), null);
	}

	/** All roles, for forms: own-enterprise roles first. */
	public List<Role> roles() {
		return new ArrayList<>(store.<Role>query(Query.of(Literals.ROLE).orderBy(Literals.ROLE__PARTNER_ROLE, true)
				.orderBy(Literals.ROLE__CODE, true)));
	}
}
