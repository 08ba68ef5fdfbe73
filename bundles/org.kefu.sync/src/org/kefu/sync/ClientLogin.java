package org.kefu.sync;

import java.util.Arrays;

import org.kefu.admin.AdminServices;
import org.kefu.admin.LogService;
import org.kefu.admin.LoginService;
import org.kefu.admin.PasswordHasher;
import org.kefu.admin.Subject;
import org.kefu.model.admin.LogKind;
import org.kefu.model.admin.LogLevel;
import org.kefu.store.AggregateStore;

/**
 * Logs a person in at a branch client. The server decides while it can be reached; each successful online login leaves
 * a verifier on this machine (a salted PBKDF2 hash of the password, never the password), so the same person can log
 * in here while the server is away. Repeated wrong passwords offline lock offline login for a while, as online.
 */
public final class ClientLogin {

	/** How the login went: who, and whether the server took part (then {@code sync} carries its token). */
	public record Result(Subject subject, String failure, boolean online, SyncClient sync) {

		public boolean succeeded() {
			return subject != null;
		}
	}

	static final int OFFLINE_MAX_FAILURES = 5;
	static final long OFFLINE_LOCK_MILLIS = 15 * 60_000L;

	private final AggregateStore store;
	private final String serverUrl;

	public ClientLogin(AggregateStore store, String serverUrl) {
		this.store = store;
		this.serverUrl = serverUrl;
	}

	public Result login(String staffNo, char[] password) {
		String no = staffNo == null ? "" : staffNo.trim();
		SyncClient sync = new SyncClient(store, serverUrl);
		try {
			sync.login(no, password);
		} catch (SyncException e) {
			if (e.offline()) {
				return offline(no, password, e.getMessage());
			}
			return new Result(null, e.getMessage(), true, null);
		}
		rememberVerifier(no, password);
		Subject subject = sync.subject();
		return new Result(subject, null, true, sync);
	}

	private void rememberVerifier(String staffNo, char[] password) {
		PasswordHasher.Hash h = PasswordHasher.hash(password, PasswordHasher.DEFAULT_ITERATIONS);
		store.transaction(tx -> {
			tx.meta(verifierKey(staffNo), h.iterations() + "$" + h.salt() + "$" + h.hash());
			tx.meta(failuresKey(staffNo), null);
			return null;
		});
	}

	private Result offline(String staffNo, char[] password, String why) {
		String verifier = store.transaction(tx -> tx.meta(verifierKey(staffNo)));
		if (verifier == null) {
			return new Result(null, why + "\n本机没有该工号的登录记录：首次在本机登录需要连接服务器。", false, null);
		}
		String failures = store.transaction(tx -> tx.meta(failuresKey(staffNo)));
		long[] state = failures == null ? new long[] { 0, 0 }
				: Arrays.stream(failures.split("\\$")).mapToLong(Long::parseLong).toArray();
		long now = System.currentTimeMillis();
		if (state[1] > now) {
			long minutes = Math.max(1, (state[1] - now + 59_999) / 60_000);
			return new Result(null, "离线登录已锁定，请 " + minutes + " 分钟后再试，或恢复网络后在线登录。", false, null);
		}
		String[] parts = verifier.split("\\$");
		if (!PasswordHasher.matches(password, parts[2], parts[1], Integer.parseInt(parts[0]))) {
			long count = state[0] + 1;
			long lockedUntil = count >= OFFLINE_MAX_FAILURES ? now + OFFLINE_LOCK_MILLIS : 0;
			store.transaction(tx -> {
				tx.meta(failuresKey(staffNo), (lockedUntil > 0 ? 0 : count) + "$" + lockedUntil);
				return null;
			});
			log(staffNo, LogLevel.WARNING, "LOGIN_FAILED", "离线登录密码错误（第 " + count + " 次）");
			return new Result(null, lockedUntil > 0 ? "密码连续错误 " + count + " 次，离线登录锁定 15 分钟。" : "工号或密码错误。", false,
					null);
		}
		LoginService local = AdminServices.login(store);
		Subject subject = local.subject(staffNo).orElse(null);
		if (subject == null) {
			return new Result(null, "本机尚未同步到您的账号资料，请连接服务器后登录。", false, null);
		}
		store.transaction(tx -> {
			tx.meta(failuresKey(staffNo), null);
			return null;
		});
		log(staffNo, LogLevel.INFO, "LOGIN_OFFLINE", "离线登录成功（服务器不可达）");
		return new Result(subject, null, false, new SyncClient(store, serverUrl));
	}

	private void log(String staffNo, LogLevel level, String event, String message) {
		new LogService(store).append(LogKind.SECURITY, level, staffNo, "login", event, message, null);
	}

	private static String verifierKey(String staffNo) {
		return "verifier." + staffNo;
	}

	private static String failuresKey(String staffNo) {
		return "offline.failures." + staffNo;
	}
}
