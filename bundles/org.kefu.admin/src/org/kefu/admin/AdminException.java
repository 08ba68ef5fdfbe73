package org.kefu.admin;

/**
 * A request a Kefu service refuses (a right missing, a check failed), with a message for the person who made it; the
 * other zones' refusals extend it, so every part shows them the same way.
 */
public class AdminException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public AdminException(String message) {
		super(message);
	}
}
