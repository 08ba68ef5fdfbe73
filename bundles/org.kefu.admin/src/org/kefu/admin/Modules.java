package org.kefu.admin;

/**
 * Codes of the function modules (rows of the permission matrix). The matrix itself is data (see
 * {@link PermissionCatalogue}); these constants only spare the code from spelling the codes twice.
 */
public final class Modules {

	public static final String ADMIN_ORG = "admin.org";
	public static final String ADMIN_STAFF = "admin.staff";
	public static final String ADMIN_PERMISSION = "admin.permission";
	public static final String ADMIN_LOG = "admin.log";
	public static final String ADMIN_PARAMETER = "admin.parameter";

	public static final String SERVICE_TICKET_COLLABORATION = "service.ticket.collaboration";
	public static final String SERVICE_COLLABORATION = "service.collaboration";

	public static final String KNOWLEDGE_REVIEW = "knowledge.review";
	public static final String KNOWLEDGE_ARCHIVE = "knowledge.archive";

	private Modules() {
	}
}
