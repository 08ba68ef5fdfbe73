package org.kefu.server;

/** A request the server refuses: the HTTP status and a message for the person at the client. */
final class ApiException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	final int status;

	ApiException(int status, String message) {
		super(message);
		this.status = status;
	}
}
