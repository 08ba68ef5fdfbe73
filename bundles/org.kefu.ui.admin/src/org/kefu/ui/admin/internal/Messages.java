package org.kefu.ui.admin.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of this zone, in Chinese by default and in English under {@code -nl en}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.kefu.ui.admin.internal.messages";

	public static String Error_Title;
	public static String Error_Unexpected;
	public static String Common_Refresh;
	public static String Common_Search;
	public static String Common_All;
	public static String Common_Previous;
	public static String Common_Next;
	public static String Common_Page;
	public static String Common_Export;
	public static String Common_Import;
	public static String Common_Loading;
	public static String Common_Partner;
	public static String Common_Confirm;
	public static String Org_Add;
	public static String Org_AddTop;
	public static String Org_Rename;
	public static String Org_Move;
	public static String Org_Delete;
	public static String Org_NamePrompt;
	public static String Org_MoveTitle;
	public static String Org_MovePrompt;
	public static String Org_Top;
	public static String Org_DeleteConfirm;
	public static String Org_Details;
	public static String Org_SelectUnit;
	public static String Staff_Enterprise;
	public static String Staff_No;
	public static String Staff_Name;
	public static String Staff_Unit;
	public static String Staff_PostName;
	public static String Staff_PostCategory;
	public static String Staff_PostLevel;
	public static String Staff_Roles;
	public static String Staff_State;
	public static String Staff_Active;
	public static String Staff_Inactive;
	public static String Staff_Locked;
	public static String Staff_SearchHint;
	public static String Staff_New;
	public static String Staff_Edit;
	public static String Staff_ResetPassword;
	public static String Staff_Unlock;
	public static String Staff_DialogTitle;
	public static String Staff_DialogMessage;
	public static String Staff_EnabledLabel;
	public static String Staff_NewPassword;
	public static String Staff_PasswordSet;
	public static String Staff_Unlocked;
	public static String Staff_SelectOne;
	public static String Import_Title;
	public static String Import_Summary;
	public static String Import_Row;
	public static String Import_Reason;
	public static String Export_Done;
	public static String Permission_Module;
	public static String Permission_Zone;
	public static String Permission_Hint;
	public static String Permission_Contract;
	public static String Permission_ContractEnterprise;
	public static String Log_Kind;
	public static String Log_Level;
	public static String Log_Time;
	public static String Log_Source;
	public static String Log_Event;
	public static String Log_Message;
	public static String Log_Period;
	public static String Log_LastDay;
	public static String Log_LastWeek;
	public static String Log_LastMonth;
	public static String Log_Alerts;
	public static String Log_Acknowledge;
	public static String Log_Application;
	public static String Log_Security;
	public static String Log_System;
	public static String Log_Admin;
	public static String Parameter_Category;
	public static String Parameter_Name;
	public static String Parameter_Value;
	public static String Parameter_Default;
	public static String Parameter_Range;
	public static String Parameter_Description;
	public static String Parameter_Reset;
	public static String Parameter_Hint;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
