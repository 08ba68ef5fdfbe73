package org.kefu.ui.sync;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.kefu.sync.BackgroundSync;
import org.kefu.sync.SyncException;
import org.kefu.ui.internal.Messages;

/**
 * After an offline login the client holds no server token; when the server is back, this asks the same person for
 * their password once more so that sync can resume. The check runs off the UI thread.
 */
public final class ReloginDialog extends TitleAreaDialog {

	private final BackgroundSync sync;
	private final String staffNo;
	private Text password;

	public ReloginDialog(Shell parent, BackgroundSync sync, String staffNo) {
		super(parent);
		this.sync = sync;
		this.staffNo = staffNo;
	}

	@Override
	public void create() {
		super.create();
		getShell().setText(Messages.Relogin_Title);
		setTitle(Messages.Relogin_Title);
		setMessage(NLS.bind(Messages.Relogin_Message, staffNo));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 12).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.Login_Password);
		password = new Text(body, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(password);
		return area;
	}

	@Override
	protected void okPressed() {
		char[] secret = password.getTextChars();
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		setErrorMessage(null);
		setMessage(Messages.Login_Checking);
		Job login = Job.create(Messages.Login_Checking, monitor -> {
			String failure = null;
			try {
				sync.client().login(staffNo, secret);
			} catch (SyncException e) {
				failure = e.getMessage();
			} finally {
				java.util.Arrays.fill(secret, '\0');
			}
			String error = failure;
			getShell().getDisplay().asyncExec(() -> finished(error));
		});
		login.setSystem(true);
		login.schedule();
	}

	private void finished(String error) {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		if (error == null) {
			super.okPressed();
			return;
		}
		getButton(IDialogConstants.OK_ID).setEnabled(true);
		setErrorMessage(error);
		password.setText("");
		password.setFocus();
	}
}
