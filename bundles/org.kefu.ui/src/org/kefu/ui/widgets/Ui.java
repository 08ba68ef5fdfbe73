package org.kefu.ui.widgets;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.kefu.admin.AdminException;
import org.kefu.ui.internal.Messages;

/** Small helpers every zone's parts share: background work, error display, buttons and columns. */
public final class Ui {

	private Ui() {
	}

	/**
	 * Runs {@code work} as a Job (with progress, off the UI thread) and hands its result to {@code done} on the UI
	 * thread, unless {@code owner} was disposed meanwhile. Errors are shown to the user.
	 */
	public static <T> void background(String name, Control owner, Supplier<T> work, Consumer<T> done) {
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					T result = work.get();
					owner.getDisplay().asyncExec(() -> {
						if (!owner.isDisposed()) {
							done.accept(result);
						}
					});
				} catch (RuntimeException e) {
					owner.getDisplay().asyncExec(() -> {
						if (!owner.isDisposed()) {
							showError(owner.getShell(), e);
						}
					});
				}
				return Status.OK_STATUS;
			}
		};
		job.setUser(false);
		job.schedule();
	}

	/** Runs a short operation a person asked for; a refusal or a check that failed is shown in their language. */
	public static boolean attempt(Shell shell, Runnable operation) {
		try {
			operation.run();
			return true;
		} catch (RuntimeException e) {
			showError(shell, e);
			return false;
		}
	}

	public static void showError(Shell shell, RuntimeException e) {
		String message = e instanceof AdminException ? e.getMessage() : NLS.bind(Messages.Error_Unexpected, e.getMessage());
		MessageDialog.openError(shell, Messages.Error_Title, message);
	}

	public static Button button(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	public static TableColumn column(Table table, String title, int width) {
		TableColumn c = new TableColumn(table, SWT.NONE);
		c.setText(title);
		c.setWidth(width);
		return c;
	}
}
