package org.kefu.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.kefu.ui.KefuSession;
import org.kefu.ui.internal.Messages;

/** Version, where the local data lives and which server this client syncs with. */
public class AboutHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, KefuSession session) {
		MessageDialog.openInformation(shell, Messages.About_Title, NLS.bind(Messages.About_Text,
				new Object[] { session.dataDirectory(), session.store().schemaVersion(), session.serverUrl() }));
	}
}
