package org.kefu.server;

import java.time.Instant;

import org.kefu.admin.AdminServices;
import org.kefu.admin.LoginService;
import org.kefu.admin.Subject;
import org.kefu.store.AggregateStore;

/**
 * Turns the bearer token of a request into the subject it acts as. The subject is computed afresh on every request
 * from the staff record and the permission matrix, so a deactivated account or a withdrawn permission takes effect at
 * once on every server instance, and no instance keeps sessions.
 */
final class Authenticator {

	private final AggregateStore store;
	private final TokenService tokens;
	private final LoginService login;

	Authenticator(AggregateStore store, TokenService tokens) {
		this.store = store;
		this.tokens = tokens;
		this.login = AdminServices.login(store);
	}

	Subject subject(String authorization) {
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			throw new ApiException(401, "请先登录：请求没有携带登录令牌。");
		}
		TokenService.Claims claims = tokens.verify(authorization.substring(7).trim())
				.orElseThrow(() -> new ApiException(401, "登录令牌无效或已过期，请重新登录。"));
		if (claims.issued().isBefore(revokedBefore(claims.staffNo()))) {
			throw new ApiException(401, "登录令牌已被注销，请重新登录。");
		}
		return login.subject(claims.staffNo())
				.orElseThrow(() -> new ApiException(401, "账号 " + claims.staffNo() + " 已停用或不存在。"));
	}

	/** Revokes every token issued to the staff member until now (logout, a stolen laptop). */
	void revokeAll(String staffNo) {
		store.transaction(tx -> {
			// one millisecond on, so a token issued in this very millisecond is revoked too
			tx.meta(key(staffNo), Long.toString(System.currentTimeMillis() + 1));
			return null;
		});
	}

	private Instant revokedBefore(String staffNo) {
		String at = store.transaction(tx -> tx.meta(key(staffNo)));
		return at == null ? Instant.EPOCH : Instant.ofEpochMilli(Long.parseLong(at));
	}

	private static String key(String staffNo) {
		return "revoked." + staffNo;
	}
}
