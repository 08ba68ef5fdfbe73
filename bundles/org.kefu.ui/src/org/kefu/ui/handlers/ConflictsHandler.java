package org.kefu.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.kefu.sync.BackgroundSync;
import org.kefu.ui.sync.ConflictsDialog;

/** Opens the review of sync conflicts (supervisors and administrators; the model tags keep it from everybody else). */
public class ConflictsHandler {

	@CanExecute
	boolean canExecute(@Optional BackgroundSync sync) {
		return sync != null;
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, BackgroundSync sync) {
		new ConflictsDialog(shell, sync).open();
	}
}
