package org.kefu.admin;

/** The current user's roles do not include the function module an operation belongs to. */
public class AccessDeniedException extends AdminException {

	private static final long serialVersionUID = 1L;

	private final String module;

	public AccessDeniedException(String module, String message) {
		super(message);
		this.module = module;
	}

	public String module() {
		return module;
	}
}
