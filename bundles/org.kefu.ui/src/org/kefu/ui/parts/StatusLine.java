package org.kefu.ui.parts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.kefu.admin.AdminServices;
import org.kefu.admin.PermissionCatalogue;
import org.kefu.sync.BackgroundSync;
import org.kefu.ui.KefuSession;
import org.kefu.ui.internal.Messages;
import org.kefu.ui.sync.ReloginDialog;

/**
 * The status line: who is logged in, with which roles, and where sync stands (online or offline, changes waiting to
 * be sent, the last sync), with the action the state calls for: sync now, or log in again when the server came back
 * after an offline login.
 */
public class StatusLine {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

	private Label user;
	private Label roles;
	private Link connection;
	private Link action;
	private BackgroundSync sync;

	@PostConstruct
	void create(Composite parent, KefuSession session, AdminServices admin, @Optional BackgroundSync sync) {
		Composite line = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(8, 2).spacing(24, 0).applyTo(line);
		user = new Label(line, SWT.NONE);
		user.setText(NLS.bind(Messages.Status_User, session.subject().name(), session.subject().staffNo()));
		roles = new Label(line, SWT.NONE);
		roles.setText(NLS.bind(Messages.Status_Roles, session.subject().roleCodes().stream()
				.map(code -> admin.catalogue().role(code).map(r -> PermissionCatalogue.name(r.getName(), r.getNameEn())).orElse(code))
				.collect(Collectors.joining("、"))));
		connection = new Link(line, SWT.NONE);
		action = new Link(line, SWT.NONE);
		this.sync = sync;
		if (sync == null) {
			connection.setText(Messages.Status_Standalone);
		} else {
			show(sync.status());
			sync.addListener(status -> connection.getDisplay().asyncExec(() -> show(status)));
			action.setText(Messages.Status_SyncNow);
			action.addListener(SWT.Selection, e -> sync.syncNow());
			connection.addListener(SWT.Selection, e -> {
				if (new ReloginDialog(connection.getShell(), sync, session.subject().staffNo()).open() == 0) {
					sync.syncNow();
				}
			});
		}
		// the trim was laid out before this line had text: ask every ancestor, up to the shell, to lay out again
		line.requestLayout();
	}

	/** The connection text as shown, for tests and screen readers. */
	public String connectionText() {
		return connection.getText().replaceAll("</?a>", "");
	}

	private void show(BackgroundSync.Status s) {
		if (connection.isDisposed()) {
			return;
		}
		String last = s.lastSync() == null ? Messages.Status_Never : TIME.format(s.lastSync());
		int pending = Math.max(0, s.pending());
		String text = switch (s.state()) {
		case SYNCING -> NLS.bind(Messages.Status_Syncing, pending);
		case ONLINE -> NLS.bind(Messages.Status_Synced, pending, last);
		case OFFLINE -> NLS.bind(Messages.Status_OfflineSync, pending, last);
		case LOGIN_NEEDED -> NLS.bind(Messages.Status_LoginNeeded, pending);
		case REFUSED -> NLS.bind(Messages.Status_Refused, s.message());
		};
		int color = switch (s.state()) {
		case ONLINE, SYNCING -> SWT.COLOR_DARK_GREEN;
		case OFFLINE, LOGIN_NEEDED -> SWT.COLOR_DARK_YELLOW;
		case REFUSED -> SWT.COLOR_DARK_RED;
		};
		String tip = s.message();
		if (s.refused() > 0) {
			text += NLS.bind(Messages.Status_RefusedChanges, s.refused());
			tip = sync.client().refused().stream().map(r -> "• " + r.reason()).collect(Collectors.joining("\n"));
		}
		connection.setText(text);
		connection.setToolTipText(tip);
		connection.setForeground(connection.getDisplay().getSystemColor(color));
		connection.requestLayout();
	}
}
