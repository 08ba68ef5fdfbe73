package org.kefu.admin;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.kefu.model.admin.Staff;

/** Salted PBKDF2-HMAC-SHA256; the iteration count is stored with each hash so it can be raised over time. */
public final class PasswordHasher {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final int KEY_BITS = 256;
	/** The cost of new hashes where no parameter says otherwise (OWASP 2023 for PBKDF2-HMAC-SHA256). */
	public static final int DEFAULT_ITERATIONS = 210_000;

	private PasswordHasher() {
	}

	public record Hash(String hash, String salt, int iterations) {
	}

	public static Hash hash(char[] password, int iterations) {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		return new Hash(encode(derive(password, salt, iterations)), encode(salt), iterations);
	}

	/** Gives {@code staff} a new salted hash of {@code password}. */
	public static void setPassword(Staff staff, char[] password, int iterations) {
		Hash h = hash(password, iterations);
		staff.setPasswordHash(h.hash());
		staff.setPasswordSalt(h.salt());
		staff.setPasswordIterations(h.iterations());
	}

	public static boolean matches(char[] password, String hash, String salt, int iterations) {
		if (hash == null || salt == null || iterations <= 0) {
			return false;
		}
		byte[] expected = Base64.getDecoder().decode(hash);
		byte[] actual = derive(password, Base64.getDecoder().decode(salt), iterations);
		return MessageDigest.isEqual(expected, actual);
	}

	private static byte[] derive(char[] password, byte[] salt, int iterations) {
		PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
		try {
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 21 runtime", e);
		} finally {
			spec.clearPassword();
		}
	}

	private static String encode(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}
}
