package org.kefu.sync;

/**
 * Sync could not be done now. The message is for the person at the desk; {@link #offline()} tells a lost connection
 * (work goes on locally and is sent later) from a refusal by the server.
 */
public class SyncException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int status;
	private final String changeId;

	public SyncException(int status, String message, Throwable cause) {
		this(status, message, cause, null);
	}

	SyncException(int status, String message, Throwable cause, String changeId) {
		super(message, cause);
		this.status = status;
		this.changeId = changeId;
	}

	public SyncException(int status, String message) {
		this(status, message, null);
	}

	/** The HTTP status of the server's answer; 0 when the server could not be reached. */
	public int status() {
		return status;
	}

	/** The id of the pushed change the server refused, when the refusal names one. */
	public String changeId() {
		return changeId;
	}

	public boolean offline() {
		return status == 0;
	}
}
