package org.kefu.ui.lifecycle;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessRemovals;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.kefu.admin.Subject;
import org.kefu.store.AggregateStore;
import org.kefu.store.SqlStore;
import org.kefu.sync.BackgroundSync;
import org.kefu.ui.KefuSession;
import org.kefu.ui.internal.ClientData;
import org.kefu.ui.internal.ModelPermissionFilter;

/**
 * Logs the user in before the workbench model is built, then removes from the assembled model (all fragments merged)
 * everything the user's roles do not allow.
 */
public class KefuLifeCycle {

	@PostContextCreate
	void login(IEclipseContext context, Display display) {
		Path data = ClientData.directory();
		LoginDialog[] dialog = new LoginDialog[1];
		CompletableFuture<SqlStore> store = ClientData.open(data, n -> {
			if (dialog[0] != null) {
				dialog[0].progress(n);
			}
		});
		String server = ClientData.serverUrl();
		dialog[0] = new LoginDialog(null, store, server);
		if (dialog[0].open() != Window.OK) {
			store.thenAccept(SqlStore::close);
			// nobody logged in: there is no workbench to show
			System.exit(0);
		}
		SqlStore ready = store.join();
		Subject subject = dialog[0].subject();
		ready.setActor(subject.staffNo());
		KefuSession session = new KefuSession(subject, ready, data, server);
		context.set(KefuSession.class, session);
		context.set(Subject.class, subject);
		context.set(AggregateStore.class, ready);
		LoginResult result = dialog[0].result();
		if (result.sync() != null) {
			BackgroundSync sync = new BackgroundSync(result.sync());
			context.set(BackgroundSync.class, sync);
			// online: a round right away; offline: the first round looks for the server again in a while
			sync.schedule(result.online() ? 0 : BackgroundSync.INTERVAL_MS);
			display.disposeExec(() -> {
				sync.stop();
				try {
					sync.join(5_000, null); // let a running round end before the store closes
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			});
		}
		display.disposeExec(ready::close);
	}

	@ProcessRemovals
	void applyPermissions(MApplication application, Subject subject) {
		ModelPermissionFilter.apply(application, subject::may);
	}
}
