package org.kefu.admin;

import java.util.Arrays;

import org.apache.commons.csv.CSVRecord;
import org.kefu.model.admin.AdminFactory;
import org.kefu.model.admin.AdminPackage.Literals;
import org.kefu.model.admin.Enterprise;
import org.kefu.model.admin.EnterpriseKind;
import org.kefu.model.admin.LogKind;
import org.kefu.model.admin.LogLevel;
import org.kefu.model.admin.MonitorRule;
import org.kefu.model.admin.Parameter;
import org.kefu.model.admin.ParameterType;
import org.kefu.model.admin.PostCategory;
import org.kefu.model.admin.Staff;
import org.kefu.store.AggregateStore;
import org.kefu.store.Query;

/** What a new installation needs before anybody can log in: the matrix, the parameters, the monitoring rules. */
public final class AdminSeed {

	public static final String OWN_ENTERPRISE = "ent:own";

	private AdminSeed() {
	}

	public static void seedIfEmpty(AggregateStore store) {
		new PermissionCatalogue(store).seedIfEmpty();
		if (store.count(Query.of(Literals.PARAMETER)) == 0) {
			store.transaction(tx -> {
				for (CSVRecord r : PermissionCatalogue.csv("data/parameters.csv")) {
					Parameter p = AdminFactory.eINSTANCE.createParameter();
					p.setId("param:" + r.get("key"));
					p.setKey(r.get("key"));
					p.setCategory(r.get("category"));
					p.setName(r.get("name"));
					p.setNameEn(r.get("nameEn"));
					p.setType(ParameterType.valueOf(r.get("type")));
					p.setDefaultValue(r.get("defaultValue"));
					p.setMinValue(r.get("minValue"));
					p.setMaxValue(r.get("maxValue"));
					if (!r.get("choices").isBlank()) {
						p.getChoices().addAll(Arrays.asList(r.get("choices").split("\\|")));
					}
					p.setDescription(r.get("description"));
					tx.put(p);
				}
				return null;
			});
		}
		if (store.count(Query.of(Literals.MONITOR_RULE)) == 0) {
			store.put(rule("rule:login-failures", "重复登录失败", LogKind.SECURITY, "LOGIN_FAILED", 3, 10, true, LogLevel.WARNING));
			store.put(rule("rule:account-locked", "账号锁定", LogKind.SECURITY, "ACCOUNT_LOCKED", 1, 60, true, LogLevel.ERROR));
			store.put(rule("rule:access-denied", "越权访问", LogKind.SECURITY, "ACCESS_DENIED", 5, 30, true, LogLevel.WARNING));
		}
	}

	private static MonitorRule rule(String id, String name, LogKind kind, String event, int threshold, int window,
			boolean sameStaff, LogLevel level) {
		MonitorRule r = AdminFactory.eINSTANCE.createMonitorRule();
		r.setId(id);
		r.setName(name);
		r.setKind(kind);
		r.setEvent(event);
		r.setThreshold(threshold);
		r.setWindowMinutes(window);
		r.setSameStaff(sameStaff);
		r.setLevel(level);
		r.setEnabled(true);
		return r;
	}

	/** Creates the own enterprise and a first administrator account when there is none yet. */
	public static void ensureAdministrator(AggregateStore store, String enterpriseName, String staffNo, char[] password,
			int iterations) {
		if (store.get(Literals.ENTERPRISE, OWN_ENTERPRISE).isEmpty()) {
			Enterprise own = AdminFactory.eINSTANCE.createEnterprise();
			own.setId(OWN_ENTERPRISE);
			own.setName(enterpriseName);
			own.setKind(EnterpriseKind.OWN);
			store.put(own);
		}
		if (store.count(Query.of(Literals.STAFF).eq(Literals.STAFF__STAFF_NO, staffNo)) > 0) {
			return;
		}
		Staff admin = AdminFactory.eINSTANCE.createStaff();
		admin.setId("staff:" + staffNo);
		admin.setStaffNo(staffNo);
		admin.setName("系统管理员");
		admin.setEnterpriseId(OWN_ENTERPRISE);
		admin.setPostName("系统管理员");
		admin.setPostCategory(PostCategory.ADMINISTRATOR);
		admin.setPostLevel(5);
		admin.getRoleCodes().add("admin");
		PasswordHasher.setPassword(admin, password, iterations);
		store.put(admin);
		new LogService(store).append(LogKind.SYSTEM, LogLevel.INFO, "system", "setup", "ADMIN_CREATED", staffNo, null);
	}
}
