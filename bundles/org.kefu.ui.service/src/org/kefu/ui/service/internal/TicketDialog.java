package org.kefu.ui.service.internal;

import java.util.Arrays;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.kefu.model.service.ContactRecord;
import org.kefu.model.service.Priority;
import org.kefu.model.service.Ticket;
import org.kefu.service.Route;
import org.kefu.service.ServiceDesk;
import org.kefu.service.ServiceException;
import org.kefu.service.ServiceLabels;
import org.kefu.store.AggregateStore;
import org.kefu.ui.widgets.Ui;

/**
 * 建工单 from a contact record: type, title, priority and where it goes. The ticket carries the whole record; its SLA
 * starts when it is created.
 */
public final class TicketDialog extends LocalizedDialog {

	private final ServiceDesk desk;
	private final AggregateStore store;
	private final ContactRecord record;
	private Combo type;
	private Text title;
	private Combo priority;
	private RoutePicker route;
	private Ticket created;

	public TicketDialog(Shell shell, ServiceDesk desk, AggregateStore store, ContactRecord record) {
		super(shell);
		this.desk = desk;
		this.store = store;
		this.record = record;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Ticket_NewTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		new Label(area, SWT.NONE).setText(Messages.Ticket_Type);
		type = new Combo(area, SWT.READ_ONLY);
		type.setItems(ContactRecordDialog.CATEGORIES);
		type.setVisibleItemCount(16);
		int index = record == null ? -1 : Arrays.asList(ContactRecordDialog.CATEGORIES).indexOf(record.getCategory());
		type.select(Math.max(0, index));
		new Label(area, SWT.NONE).setText(Messages.Ticket_Title);
		title = new Text(area, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(title);
		if (record != null) {
			title.setText(record.getCategory() + "：" + firstLine(record.getContent()));
		}
		new Label(area, SWT.NONE).setText(Messages.Ticket_Priority);
		priority = new Combo(area, SWT.READ_ONLY);
		priority.setItems(Priority.VALUES.stream().map(ServiceLabels::priority).toArray(String[]::new));
		priority.select(Priority.NORMAL.getValue());
		Label to = new Label(area, SWT.NONE);
		to.setText(Messages.Ticket_RouteTo);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(to);
		route = new RoutePicker(area, store, null);
		if (record != null) {
			Text carried = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
			carried.setText(Messages.Ticket_Carries + "\n" + record.getContent() + "\n" + (record.getHandling() == null ? "" : record.getHandling()));
			GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(420, 70).applyTo(carried);
		}
		return area;
	}

	@Override
	protected void okPressed() {
		Route r = route.route();
		if (r == null) {
			Ui.showError(getShell(), new ServiceException(Messages.Ticket_ChooseRoute));
			return;
		}
		String t = type.getItem(type.getSelectionIndex());
		Priority p = Priority.get(priority.getSelectionIndex());
		boolean ok = Ui.attempt(getShell(), () -> created = record == null
				? desk.tickets().create(new org.kefu.service.Tickets.Draft(t, title.getText(), null, p, null, null, null), r)
				: desk.tickets().createFromContact(record, t, title.getText(), p, r));
		if (ok) {
			super.okPressed();
		}
	}

	public Ticket created() {
		return created;
	}

	/** For tests and guided flows: send the ticket to a partner enterprise. */
	public void routeToPartner(String enterpriseId) {
		route.choosePartner(enterpriseId);
	}

	@Override
	protected String okLabel() {
		return Messages.Ticket_Create;
	}

	private static String firstLine(String s) {
		if (s == null) {
			return "";
		}
		String line = s.strip().split("\n")[0];
		return line.length() > 40 ? line.substring(0, 40) + "…" : line;
	}
}
