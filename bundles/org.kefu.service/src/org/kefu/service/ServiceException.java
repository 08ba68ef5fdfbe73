package org.kefu.service;

/** An operation of the service process that cannot be done as asked; the message is for the agent, in their language. */
public class ServiceException extends org.kefu.admin.AdminException {

	private static final long serialVersionUID = 1L;

	public ServiceException(String message) {
		super(message);
	}
}
