package org.kefu.admin;

import java.util.Date;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.kefu.admin.internal.Messages;
import org.kefu.model.admin.AdminPackage.Literals;
import org.kefu.model.admin.Enterprise;
import org.kefu.model.admin.LogKind;
import org.kefu.model.admin.LogLevel;
import org.kefu.model.admin.Staff;
import org.kefu.store.AggregateStore;
import org.kefu.store.Query;

/**
 * Logs staff in by 工号 and password. Wrong passwords count towards a lock-out (both limits are parameters); every
 * attempt is written to the security log, where a monitoring rule watches for repeated failures.
 */
public final class LoginService {

	public sealed interface Result {
	}

	public record Success(Subject subject) implements Result {
	}

	public record Failure(String message) implements Result {
	}

	private final AggregateStore store;
	private final LogService log;
	private final PermissionCatalogue catalogue;
	private final ParameterService parameters;

	public LoginService(AggregateStore store, LogService log, PermissionCatalogue catalogue, ParameterService parameters) {
		this.store = store;
		this.log = log;
		this.catalogue = catalogue;
		this.parameters = parameters;
	}

	public Result login(String staffNo, char[] password) {
		String no = staffNo == null ? "" : staffNo.trim();
		List<Staff> found = store.query(Query.of(Literals.STAFF).eq(Literals.STAFF__STAFF_NO, no));
		if (found.isEmpty()) {
			log.append(LogKind.SECURITY, LogLevel.WARNING, no, "login", "LOGIN_FAILED", "工号不存在", null);
			return new Failure(Messages.Login_UnknownOrWrong);
		}
		Staff staff = found.get(0);
		Date now = new Date();
		if (!staff.isActive()) {
			log.append(LogKind.SECURITY, LogLevel.WARNING, no, "login", "LOGIN_FAILED", "账号已停用", null);
			return new Failure(Messages.Login_Inactive);
		}
		if (staff.getLockedUntil() != null && staff.getLockedUntil().after(now)) {
			long minutes = Math.max(1, (staff.getLockedUntil().getTime() - now.getTime() + 59_999) / 60_000);
			log.append(LogKind.SECURITY, LogLevel.WARNING, no, "login", "LOGIN_FAILED", "账号锁定中", null);
			return new Failure(NLS.bind(Messages.Login_Locked, minutes));
		}
		if (!PasswordHasher.matches(password, staff.getPasswordHash(), staff.getPasswordSalt(), staff.getPasswordIterations())) {
			return wrongPassword(staff, now);
		}
		staff.setFailedLogins(0);
		staff.setLockedUntil(null);
		staff.setLastLogin(now);
		int iterations = parameters.intValue("security.password.iterations");
		if (staff.getPasswordIterations() < iterations) {
			// rehash on login: hashes made with an older, lower cost are upgraded while the password is at hand
			PasswordHasher.setPassword(staff, password, iterations);
		}
		store.put(staff);
		Subject subject = subjectOf(staff);
		log.append(LogKind.SECURITY, LogLevel.INFO, no, "login", "LOGIN", "登录成功", null);
		return new Success(subject);
	}

	/**
	 * The subject of an active staff member as the matrix stands now, for a caller that has authenticated them by other
	 * means (a server checking a token on each request, a client logging in offline with its cached verifier).
	 */
	public java.util.Optional<Subject> subject(String staffNo) {
		return store.<Staff>query(Query.of(Literals.STAFF).eq(Literals.STAFF__STAFF_NO, staffNo)).stream()
				.filter(Staff::isActive).findFirst().map(this::subjectOf);
	}

	private Subject subjectOf(Staff staff) {
		Enterprise enterprise = store.<Enterprise>get(Literals.ENTERPRISE, staff.getEnterpriseId()).orElse(null);
		return new Subject(staff.getId(), staff.getStaffNo(), staff.getName(), staff.getEnterpriseId(),
				enterprise == null ? org.kefu.model.admin.EnterpriseKind.OWN : enterprise.getKind(),
				new java.util.LinkedHashSet<>(staff.getRoleCodes()), catalogue.effectiveModules(staff, enterprise));
	}

	private Result wrongPassword(Staff staff, Date now) {
		int max = parameters.intValue("security.login.maxFailures");
		int lockMinutes = parameters.intValue("security.login.lockMinutes");
		int failures = staff.getFailedLogins() + 1;
		staff.setFailedLogins(failures);
		log.append(LogKind.SECURITY, LogLevel.WARNING, staff.getStaffNo(), "login", "LOGIN_FAILED", "密码错误（第 "
				+ failures + " 次）", null);
		if (failures >= max) {
			staff.setFailedLogins(0);
			staff.setLockedUntil(new Date(now.getTime() + lockMinutes * 60_000L));
			store.put(staff);
			log.append(LogKind.SECURITY, LogLevel.ERROR, staff.getStaffNo(), "login", "ACCOUNT_LOCKED",
					"连续 " + failures + " 次密码错误，锁定 " + lockMinutes + " 分钟", null);
			return new Failure(NLS.bind(Messages.Login_NowLocked, failures, lockMinutes));
		}
		store.put(staff);
		return new Failure(Messages.Login_UnknownOrWrong);
	}
}
