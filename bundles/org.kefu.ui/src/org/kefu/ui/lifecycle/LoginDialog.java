package org.kefu.ui.lifecycle;

import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.kefu.admin.AdminServices;
import org.kefu.admin.LoginService;
import org.kefu.admin.Subject;
import org.kefu.demo.DemoData;
import org.kefu.store.SqlStore;
import org.kefu.sync.ClientLogin;
import org.kefu.sync.SyncClient;
import org.kefu.ui.internal.Messages;

/**
 * Asks for 工号 and password. It opens at once; the store becomes ready behind it, and the password check runs off the
 * UI thread, so typing never waits for the disk or the network. A branch asks its server, or, when the server cannot
 * be reached, the verifier of an earlier login on this machine. The first login on a new machine also receives the
 * branch's data, with progress, before the workbench opens.
 */
public final class LoginDialog extends Dialog {

	/** Key under which widgets carry a stable name for UI tests. */
	public static final String WIDGET_ID = "org.kefu.widget.id";

	private final CompletableFuture<SqlStore> store;
	private final String serverUrl;
	private LoginResult result;
	private Text staffNo;
	private Text password;
	private Label message;
	private Label hint;
	private Font headingFont;
	private volatile String progressText = Messages.Login_OpeningStore;
	private Subject subject;
	private boolean checking;

	public LoginDialog(Shell parent, CompletableFuture<SqlStore> store, String serverUrl) {
		super(parent);
		this.store = store;
		this.serverUrl = serverUrl;
		setShellStyle(SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
	}

	public Subject subject() {
		return subject;
	}

	public LoginResult result() {
		return result;
	}

	/** Called from the thread that prepares the store. */
	public void progress(int written) {
		progressText = NLS.bind(Messages.Login_PreparingDemo, written);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Login_Title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(24, 18).spacing(12, 10).applyTo(area);
		Label heading = new Label(area, SWT.NONE);
		heading.setText(Messages.Login_Heading);
		FontData fd = heading.getFont().getFontData()[0];
		headingFont = new Font(heading.getDisplay(), fd.getName(), fd.getHeight() + 6, SWT.BOLD);
		heading.setFont(headingFont);
		heading.addDisposeListener(e -> headingFont.dispose());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(heading);

		new Label(area, SWT.NONE).setText(Messages.Login_StaffNo);
		staffNo = new Text(area, SWT.BORDER | SWT.SINGLE);
		staffNo.setData(WIDGET_ID, "staffNo");
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(staffNo);
		new Label(area, SWT.NONE).setText(Messages.Login_Password);
		password = new Text(area, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
		password.setData(WIDGET_ID, "password");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(password);

		message = new Label(area, SWT.WRAP);
		message.setData(WIDGET_ID, "message");
		GridDataFactory.fillDefaults().span(2, 1).hint(380, SWT.DEFAULT).applyTo(message);
		hint = new Label(area, SWT.WRAP);
		hint.setForeground(hint.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		GridDataFactory.fillDefaults().span(2, 1).hint(380, SWT.DEFAULT).applyTo(hint);
		watchStore(area.getDisplay());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Login_Button, true).setData(WIDGET_ID, "login");
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.Login_Exit, false);
		getButton(IDialogConstants.OK_ID).setEnabled(store.isDone() && !store.isCompletedExceptionally());
	}

	/** Shows the store's progress until it is ready, then enables the login button. */
	private void watchStore(Display display) {
		message.setText(progressText);
		display.timerExec(200, new Runnable() {
			@Override
			public void run() {
				if (message.isDisposed()) {
					return;
				}
				if (!store.isDone()) {
					message.setText(progressText);
					display.timerExec(200, this);
				} else if (store.isCompletedExceptionally()) {
					String cause = store.handle((s, e) -> e == null ? "" : rootMessage(e)).join();
					showError(NLS.bind(Messages.Login_StoreFailed, cause));
				} else {
					message.setText(Messages.Login_Ready);
					showDemoHintIfDemo(display);
					getButton(IDialogConstants.OK_ID).setEnabled(true);
					staffNo.setFocus();
				}
			}
		});
	}

	@Override
	protected void okPressed() {
		if (checking || !store.isDone()) {
			return;
		}
		String no = staffNo.getText().trim();
		char[] secret = password.getTextChars();
		if (no.isEmpty() || secret.length == 0) {
			showError(Messages.Login_Required);
			return;
		}
		checking = true;
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		message.setForeground(null);
		message.setText(Messages.Login_Checking);
		Display display = getShell().getDisplay();
		SqlStore ready = store.join();
		Job check = Job.create(Messages.Login_Checking, monitor -> {
			Object outcome;
			try {
				outcome = serverUrl == null ? local(ready, no, secret) : branch(ready, no, secret, display);
			} catch (RuntimeException e) {
				outcome = e.getMessage();
			} finally {
				java.util.Arrays.fill(secret, '\0');
			}
			Object done = outcome;
			display.asyncExec(() -> loginFinished(done));
		});
		check.setSystem(true);
		check.schedule();
	}

	private static Object local(SqlStore store, String staffNo, char[] secret) {
		LoginService.Result r = AdminServices.login(store).login(staffNo, secret);
		return r instanceof LoginService.Success ok ? new LoginResult(ok.subject(), false, null)
				: ((LoginService.Failure) r).message();
	}

	/** Logs in at a branch; a first online login also takes in the branch's data before the workbench opens. */
	private Object branch(SqlStore store, String staffNo, char[] secret, Display display) {
		ClientLogin.Result r = new ClientLogin(store, serverUrl).login(staffNo, secret);
		if (!r.succeeded()) {
			return r.failure();
		}
		if (r.online() && store.transaction(tx -> tx.checkpoint("pull")) == 0) {
			r.sync().syncOnce(new SyncClient.Progress() {
				@Override
				public void pushed(int changes) {
				}

				@Override
				public void pulled(int changes) {
					display.asyncExec(() -> {
						if (!message.isDisposed()) {
							message.setText(NLS.bind(Messages.Login_FirstSync, changes));
						}
					});
				}
			});
		}
		return new LoginResult(r.subject(), r.online(), r.sync());
	}

	/** Names the demo accounts only where the demo enterprise exists: here, or on the server. */
	private void showDemoHintIfDemo(Display display) {
		SqlStore ready = store.join();
		Job probe = Job.create("demo?", monitor -> {
			boolean demo = DemoData.present(ready) || serverUrl != null && new SyncClient(ready, serverUrl).serverHasDemo();
			if (demo) {
				display.asyncExec(() -> {
					if (!hint.isDisposed()) {
						hint.setText(Messages.Login_DemoHint);
						getShell().pack();
					}
				});
			}
		});
		probe.setSystem(true);
		probe.schedule();
	}

	private void loginFinished(Object outcome) {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		checking = false;
		getButton(IDialogConstants.OK_ID).setEnabled(true);
		if (outcome instanceof LoginResult r) {
			result = r;
			subject = r.subject();
			super.okPressed();
		} else {
			showError(String.valueOf(outcome));
			password.setText("");
			password.setFocus();
		}
	}

	private void showError(String text) {
		message.setForeground(message.getDisplay().getSystemColor(SWT.COLOR_RED));
		message.setText(text);
		message.getParent().layout(true);
	}

	private static String rootMessage(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : t.toString();
	}
}
