package org.kefu.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.kefu.sync.BackgroundSync;

/** Starts a sync round now (F5); the status line shows how it went. Not offered on a standalone client. */
public class SyncNowHandler {

	@CanExecute
	boolean canExecute(@Optional BackgroundSync sync) {
		return sync != null;
	}

	@Execute
	void execute(BackgroundSync sync) {
		sync.syncNow();
	}
}
