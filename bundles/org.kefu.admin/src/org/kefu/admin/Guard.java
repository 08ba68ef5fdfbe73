package org.kefu.admin;

import org.eclipse.osgi.util.NLS;
import org.kefu.admin.internal.Messages;
import org.kefu.model.admin.LogKind;
import org.kefu.model.admin.LogLevel;

/** Refuses operations of modules the subject may not use, and records each refusal in the security log. */
public final class Guard {

	private final Subject subject;
	private final LogService log;
	private final PermissionCatalogue catalogue;

	public Guard(Subject subject, LogService log, PermissionCatalogue catalogue) {
		this.subject = subject;
		this.log = log;
		this.catalogue = catalogue;
	}

	public Subject subject() {
		return subject;
	}

	public void require(String module) {
		if (!subject.may(module)) {
			String name = catalogue.displayName(module);
			log.append(LogKind.SECURITY, LogLevel.WARNING, subject.staffNo(), "access", "ACCESS_DENIED",
					subject.staffNo() + " → " + module, null);
			throw new AccessDeniedException(module, NLS.bind(Messages.AccessDenied, name));
		}
	}
}
