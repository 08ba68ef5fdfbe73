package org.kefu.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** Closes the workbench (Ctrl+Q). */
public class ExitHandler {

	@Execute
	void execute(IWorkbench workbench) {
		workbench.close();
	}
}
