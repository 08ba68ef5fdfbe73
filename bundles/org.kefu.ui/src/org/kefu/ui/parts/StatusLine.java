package org.kefu.ui.parts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.kefu.admin.AdminServices;
import org.kefu.admin.PermissionCatalogue;
import org.kefu.ui.KefuSession;
import org.kefu.ui.internal.Messages;

/** The status line: who is logged in, with which roles, and whether the sync server can be reached. */
public class StatusLine {

	private static final long CHECK_EVERY_MS = 15_000;

	private Label user;
	private Label roles;
	private Label connection;
	private ConnectionCheck check;

	@PostConstruct
	void create(Composite parent, KefuSession session, AdminServices admin) {
		Composite line = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(8, 2).spacing(24, 0).applyTo(line);
		user = new Label(line, SWT.NONE);
		user.setText(NLS.bind(Messages.Status_User, session.subject().name(), session.subject().staffNo()));
		roles = new Label(line, SWT.NONE);
		roles.setText(NLS.bind(Messages.Status_Roles, session.subject().roleCodes().stream()
				.map(code -> admin.catalogue().role(code).map(r -> PermissionCatalogue.name(r.getName(), r.getNameEn())).orElse(code))
				.collect(Collectors.joining("、"))));
		connection = new Label(line, SWT.NONE);
		connection.setText(NLS.bind(Messages.Status_Checking, session.serverUrl()));
		// the trim was laid out before this line had text: ask every ancestor, up to the shell, to lay out again
		line.requestLayout();
		check = new ConnectionCheck(session.serverUrl());
		check.schedule();
	}

	public String connectionText() {
		return connection.getText();
	}

	@PreDestroy
	void dispose() {
		if (check != null) {
			check.cancel();
		}
	}

	/** Asks the server's health endpoint in the background and reschedules itself; never blocks the UI. */
	private final class ConnectionCheck extends Job {

		private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		private final String server;

		ConnectionCheck(String server) {
			super("Kefu connection check");
			this.server = server;
			setSystem(true);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			boolean online;
			try {
				HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(server + "/api/health"))
						.timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
				online = r.statusCode() == 200;
			} catch (Exception e) {
				online = false;
			}
			String text = NLS.bind(online ? Messages.Status_Online : Messages.Status_Offline, server);
			boolean ok = online;
			if (!connection.isDisposed()) {
				connection.getDisplay().asyncExec(() -> {
					if (!connection.isDisposed()) {
						connection.setText(text);
						connection.setForeground(connection.getDisplay()
								.getSystemColor(ok ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
						connection.requestLayout();
					}
				});
			}
			if (!monitor.isCanceled()) {
				schedule(CHECK_EVERY_MS);
			}
			return Status.OK_STATUS;
		}
	}
}
