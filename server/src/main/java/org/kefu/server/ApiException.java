package org.kefu.server;

/**
 * A request the server refuses: the HTTP status and a message for the person at the client; for a refused push, the
 * id of the change that was refused, so the client can set it aside and send the rest.
 */
final class ApiException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	final int status;
	final String changeId;

	ApiException(int status, String message) {
		this(status, message, null);
	}

	ApiException(int status, String message, String changeId) {
		super(message);
		this.status = status;
		this.changeId = changeId;
	}
}
