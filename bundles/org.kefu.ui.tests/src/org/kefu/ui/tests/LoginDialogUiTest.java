package org.kefu.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.admin.AdminSeed;
import org.kefu.store.SqlStore;
import org.kefu.ui.lifecycle.LoginDialog;

/** The login dialog under Xvfb: a wrong password is answered in Chinese, loses nothing, and the right one gets in. */
class LoginDialogUiTest {

	@TempDir
	Path dir;

	@Test
	void aWrongPasswordIsExplainedAndTheNextTryWorks() {
		SqlStore store = SqlStore.open(dir.resolve("db"));
		try {
			AdminSeed.seedIfEmpty(store);
			AdminSeed.ensureAdministrator(store, "华信通信", "admin", "Kefu@2026".toCharArray(), 1_000);
			Display display = Display.getDefault();
			LoginDialog dialog = new LoginDialog(null, CompletableFuture.completedFuture(store), null);
			String[] shownError = new String[1];
			display.timerExec(300, () -> {
				Shell shell = display.getActiveShell();
				RunningWorkbench.find(shell, Text.class, "staffNo").setText("admin");
				RunningWorkbench.find(shell, Text.class, "password").setText("wrong");
				RunningWorkbench.find(shell, Button.class, "login").notifyListeners(SWT.Selection, new Event());
				display.timerExec(1500, () -> {
					shownError[0] = RunningWorkbench.find(shell, Label.class, "message").getText();
					assertEquals("admin", RunningWorkbench.find(shell, Text.class, "staffNo").getText(), "the staff number stays");
					RunningWorkbench.find(shell, Text.class, "password").setText("Kefu@2026");
					RunningWorkbench.find(shell, Button.class, "login").notifyListeners(SWT.Selection, new Event());
				});
			});
			assertEquals(Window.OK, dialog.open());
			assertEquals("工号或密码错误。", shownError[0]);
			assertNotNull(dialog.subject());
			assertTrue(dialog.subject().may("admin.staff"));
		} finally {
			store.close();
		}
	}
}
