package org.kefu.ui.service.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/** A dialog whose buttons speak the user's language (JFace's own labels come in English only here). */
public abstract class LocalizedDialog extends Dialog {

	protected LocalizedDialog(Shell shell) {
		super(shell);
	}

	/** The confirming button's label: what it does ("保存", "创建工单"), not "OK". */
	protected String okLabel() {
		return Messages.Common_OK;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, okLabel(), true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.Common_Cancel, false);
	}
}
