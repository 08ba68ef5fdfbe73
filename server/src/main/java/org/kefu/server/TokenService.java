package org.kefu.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.kefu.store.AggregateStore;

/**
 * Login tokens: {@code staffNo|issued|expiry} (milliseconds) signed with HMAC-SHA256. The key lives in the database, so every server
 * instance on it accepts the others' tokens and no instance keeps session state.
 */
final class TokenService {

	static final Duration LIFETIME = Duration.ofHours(10); // a long shift

	private final byte[] key;

	TokenService(AggregateStore store) {
		String encoded = store.transaction(tx -> {
			String k = tx.meta("token.key");
			if (k == null) {
				byte[] fresh = new byte[32];
				new SecureRandom().nextBytes(fresh);
				k = Base64.getEncoder().encodeToString(fresh);
				tx.meta("token.key", k);
			}
			return k;
		});
		key = Base64.getDecoder().decode(encoded);
	}

	record Issued(String token, Instant expires) {
	}

	/** What a valid token says: whom it was issued to, and when. */
	record Claims(String staffNo, Instant issued) {
	}

	Issued issue(String staffNo) {
		Instant now = Instant.now();
		Instant expires = now.plus(LIFETIME);
		String payload = staffNo + "|" + now.toEpochMilli() + "|" + expires.toEpochMilli();
		return new Issued(b64(payload.getBytes(StandardCharsets.UTF_8)) + "." + b64(sign(payload)), expires);
	}

	/** The claims of a valid, unexpired token. */
	Optional<Claims> verify(String token) {
		if (token == null) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		try {
			String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
			byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
			if (!MessageDigest.isEqual(signature, sign(payload))) {
				return Optional.empty();
			}
			String[] parts = payload.split("\\|");
			if (parts.length != 3 || Instant.ofEpochMilli(Long.parseLong(parts[2])).isBefore(Instant.now())) {
				return Optional.empty();
			}
			return Optional.of(new Claims(parts[0], Instant.ofEpochMilli(Long.parseLong(parts[1]))));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private byte[] sign(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
		}
	}

	private static String b64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
