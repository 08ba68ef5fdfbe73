package org.kefu.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the workbench shell, in Chinese by default and in English under {@code -nl en}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.kefu.ui.internal.messages";

	public static String Login_Title;
	public static String Login_Heading;
	public static String Login_StaffNo;
	public static String Login_Password;
	public static String Login_Button;
	public static String Login_Exit;
	public static String Login_OpeningStore;
	public static String Login_PreparingDemo;
	public static String Login_Ready;
	public static String Login_DemoHint;
	public static String Login_Checking;
	public static String Login_StoreFailed;
	public static String Login_Required;
	public static String Status_User;
	public static String Status_Roles;
	public static String Status_Online;
	public static String Status_Offline;
	public static String Status_Checking;
	public static String Home_Welcome;
	public static String Home_Enterprise;
	public static String Home_Roles;
	public static String Home_Modules;
	public static String Home_NoZones;
	public static String Home_Zone;
	public static String Home_Function;
	public static String Home_Code;
	public static String About_Title;
	public static String About_Text;
	public static String Error_Title;

	public static String Status_Standalone;

	public static String Status_Syncing;

	public static String Status_Synced;

	public static String Status_OfflineSync;

	public static String Status_LoginNeeded;

	public static String Status_Refused;

	public static String Status_Never;

	/** Appended to the sync state when the server refused some of this node's changes; {0} how many. */
	public static String Status_RefusedChanges;

	public static String Status_SyncNow;

	public static String Login_Offline;

	public static String Login_FirstSync;

	public static String Relogin_Title;

	public static String Relogin_Message;

	public static String Conflicts_Title;

	public static String Conflicts_Intro;

	public static String Conflicts_Object;

	public static String Conflicts_Field;

	public static String Conflicts_Base;

	public static String Conflicts_Kept;

	public static String Conflicts_Lost;

	public static String Conflicts_Detected;

	public static String Conflicts_State;

	public static String Conflicts_Open;

	public static String Conflicts_KeptResolution;

	public static String Conflicts_LostResolution;

	public static String Conflicts_KeepCurrent;

	public static String Conflicts_UseLost;

	public static String Conflicts_ShowSettled;

	public static String Conflicts_Refresh;

	public static String Conflicts_Offline;

	public static String Conflicts_Count;

	public static String Conflicts_Close;

	public static String Error_Unexpected;

	public static String Common_Previous;

	public static String Common_Next;

	public static String Common_Page;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
