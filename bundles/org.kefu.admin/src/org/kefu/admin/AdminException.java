package org.kefu.admin;

/** A request the administration services refuse, with a message for the person who made it. */
public class AdminException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public AdminException(String message) {
		super(message);
	}
}
