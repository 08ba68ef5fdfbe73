package org.kefu.admin.tests;

import java.nio.file.Path;
import java.util.Set;

import org.kefu.admin.AdminSeed;
import org.kefu.admin.AdminServices;
import org.kefu.admin.LoginService;
import org.kefu.admin.PasswordHasher;
import org.kefu.admin.Subject;
import org.kefu.model.admin.AdminFactory;
import org.kefu.model.admin.Enterprise;
import org.kefu.model.admin.EnterpriseKind;
import org.kefu.model.admin.OrgUnit;
import org.kefu.model.admin.PostCategory;
import org.kefu.model.admin.Staff;
import org.kefu.store.SqlStore;

/** A real store with the seed, an administrator, a partner enterprise and one user per kind. */
final class AdminFixture implements AutoCloseable {

	static final String PASSWORD = "Kefu@2026";
	/** Low on purpose: the tests log in often; production hashes are upgraded on login. */
	static final int TEST_ITERATIONS = 1_000;

	final SqlStore store;

	AdminFixture(Path dir) {
		store = SqlStore.open(dir.resolve("db"));
		AdminSeed.seedIfEmpty(store);
		AdminSeed.ensureAdministrator(store, "华信通信", "admin", PASSWORD.toCharArray(), TEST_ITERATIONS);
		Enterprise partner = AdminFactory.eINSTANCE.createEnterprise();
		partner.setId("ent:partner");
		partner.setName("远景外包呼叫中心");
		partner.setKind(EnterpriseKind.PARTNER);
		store.put(partner);
		OrgUnit centre = unit("org:centre", AdminSeed.OWN_ENTERPRISE, null, "客服中心");
		unit("org:team1", AdminSeed.OWN_ENTERPRISE, centre.getId(), "一组");
		unit("org:p-team", "ent:partner", null, "外包一组");
		user("A1001", "李娜", AdminSeed.OWN_ENTERPRISE, "org:team1", "agent");
		user("P2001", "赵磊", "ent:partner", "org:p-team", "partner_agent");
	}

	OrgUnit unit(String id, String enterprise, String parent, String name) {
		OrgUnit u = AdminFactory.eINSTANCE.createOrgUnit();
		u.setId(id);
		u.setEnterpriseId(enterprise);
		u.setParentId(parent);
		u.setName(name);
		u.setCode(id);
		store.put(u);
		return u;
	}

	Staff user(String no, String name, String enterprise, String unit, String role) {
		Staff s = AdminFactory.eINSTANCE.createStaff();
		s.setId("staff:" + no);
		s.setStaffNo(no);
		s.setName(name);
		s.setEnterpriseId(enterprise);
		s.setOrgUnitId(unit);
		s.setPostCategory(PostCategory.AGENT);
		s.setPostLevel(2);
		s.getRoleCodes().add(role);
		PasswordHasher.setPassword(s, PASSWORD.toCharArray(), TEST_ITERATIONS);
		store.put(s);
		return s;
	}

	Subject login(String staffNo) {
		LoginService.Result r = AdminServices.login(store).login(staffNo, PASSWORD.toCharArray());
		if (r instanceof LoginService.Success s) {
			return s.subject();
		}
		throw new AssertionError("login of " + staffNo + " failed: " + ((LoginService.Failure) r).message());
	}

	AdminServices as(String staffNo) {
		return new AdminServices(store, login(staffNo));
	}

	static Set<String> set(String... s) {
		return Set.of(s);
	}

	@Override
	public void close() {
		store.close();
	}
}
