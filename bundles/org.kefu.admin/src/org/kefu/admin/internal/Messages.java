package org.kefu.admin.internal;

import org.eclipse.osgi.util.NLS;

/** Texts a person reads, in Chinese by default and in English under {@code -nl en}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.kefu.admin.internal.messages";

	public static String AccessDenied;
	public static String Login_UnknownOrWrong;
	public static String Login_Locked;
	public static String Login_Inactive;
	public static String Login_NowLocked;
	public static String Password_TooShort;
	public static String Org_NameRequired;
	public static String Org_NotFound;
	public static String Org_HasChildren;
	public static String Org_HasStaff;
	public static String Org_Cycle;
	public static String Org_OtherEnterprise;
	public static String Org_DuplicateName;
	public static String Staff_NoRequired;
	public static String Staff_NoFormat;
	public static String Staff_NoTaken;
	public static String Staff_NameRequired;
	public static String Staff_UnknownEnterprise;
	public static String Staff_UnknownOrgUnit;
	public static String Staff_UnknownPostCategory;
	public static String Staff_LevelRange;
	public static String Staff_UnknownRole;
	public static String Staff_RoleNotForPartner;
	public static String Staff_PartnerRoleForOwn;
	public static String Import_MissingColumn;
	public static String Import_Unreadable;
	public static String Permission_NotForPartner;
	public static String Permission_UnknownModule;
	public static String Permission_UnknownRole;
	public static String Parameter_Unknown;
	public static String Parameter_NotInteger;
	public static String Parameter_NotDecimal;
	public static String Parameter_NotBoolean;
	public static String Parameter_NotAChoice;
	public static String Parameter_BelowMin;
	public static String Parameter_AboveMax;
	public static String Parameter_Required;
	public static String Alert_Message;
	public static String Zone_service;
	public static String Zone_management;
	public static String Zone_knowledge;
	public static String Zone_admin;
	public static String Zone_contact;
	public static String Zone_desk;
	public static String Zone_phone;
	public static String Zone_operations;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
