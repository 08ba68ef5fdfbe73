package org.kefu.ui.service.parts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.kefu.admin.Subject;
import org.kefu.model.service.Ticket;
import org.kefu.model.service.TicketStep;
import org.kefu.service.ServiceDesk;
import org.kefu.service.ServiceException;
import org.kefu.service.ServiceLabels;
import org.kefu.service.SlaClock;
import org.kefu.service.SlaState;
import org.kefu.service.Tickets;
import org.kefu.store.AggregateStore;
import org.kefu.ui.service.internal.Messages;
import org.kefu.ui.service.internal.RoutePicker;
import org.kefu.ui.service.internal.Tables;
import org.kefu.ui.service.internal.TextPrompt;
import org.kefu.ui.widgets.Ui;

/**
 * 工单流转: the work lists (mine, my team's or my enterprise's, all open, finished), most urgent first, with each
 * ticket's SLA state coloured (about to breach, breached); the chosen ticket's description and full history; and the
 * actions its state allows. Several tickets selected get the action each, with a result per ticket.
 */
public class TicketPart {

	private static final int PAGE = 200;

	private ServiceDesk desk;
	private AggregateStore store;
	private Subject subject;
	private Combo queue;
	private Text number;
	private Table list;
	private List<Ticket> shown = new ArrayList<>();
	private Text description;
	private Table history;
	private Label summary;
	private Color atRisk;
	private Color breached;
	/** Department and partner names by id, for the handler column. */
	private final java.util.Map<String, String> names = new java.util.HashMap<>();

	@PostConstruct
	void create(Composite parent, ServiceDesk desk, AggregateStore store, Subject subject) {
		this.desk = desk;
		this.store = store;
		this.subject = subject;
		store.<org.kefu.model.admin.OrgUnit>query(org.kefu.store.Query.of(org.kefu.model.admin.AdminPackage.Literals.ORG_UNIT))
				.forEach(u -> names.put(u.getId(), u.getName()));
		store.<org.kefu.model.admin.Enterprise>query(org.kefu.store.Query.of(org.kefu.model.admin.AdminPackage.Literals.ENTERPRISE))
				.forEach(e -> names.put(e.getId(), e.getName()));
		atRisk = new Color(new RGB(255, 243, 205));
		breached = new Color(new RGB(248, 215, 218));
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.Ticket_Queue);
		queue = new Combo(bar, SWT.READ_ONLY);
		queue.setItems(Messages.Ticket_QueueMine, subject.isPartner() ? Messages.Ticket_QueuePartner : Messages.Ticket_QueueTeam,
				Messages.Ticket_QueueOpen, Messages.Ticket_QueueClosed);
		queue.select(subject.isPartner() ? 1 : 2); // partners: their enterprise's 协同单; own staff: everything open
		queue.addListener(SWT.Selection, e -> load());
		Ui.button(bar, Messages.Common_Refresh, this::load);
		number = new Text(bar, SWT.BORDER | SWT.SEARCH);
		number.setMessage(Messages.Ticket_NumberHint);
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(number);
		number.addListener(SWT.DefaultSelection, e -> findNumber());
		Ui.button(bar, Messages.Common_Search, this::findNumber);
		summary = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		list = Tables.create(sash, SWT.MULTI, new String[] { Messages.Ticket_Number, Messages.Ticket_Type, Messages.Ticket_Title,
				Messages.Ticket_Priority, Messages.Ticket_Status, Messages.Ticket_Handler, Messages.Ticket_Created, Messages.Ticket_Due,
				Messages.Ticket_Sla }, new int[] { 170, 80, 280, 50, 70, 130, 130, 130, 80 });
		list.addListener(SWT.Selection, e -> showSelected());

		Composite detail = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(detail);
		description = new Text(detail, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(false, true).hint(320, SWT.DEFAULT).applyTo(description);
		history = Tables.create(detail, new String[] { Messages.Step_Time, Messages.Step_Action, Messages.Step_Actor,
				Messages.Step_Note, Messages.Step_Customer }, new int[] { 130, 70, 70, 300, 260 });
		GridDataFactory.fillDefaults().grab(true, true).applyTo(history);
		sash.setWeights(3, 2);

		Composite actions = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(10).applyTo(actions);
		Ui.button(actions, Messages.Action_Accept, () -> each(id -> desk.tickets().accept(id, null)));
		Ui.button(actions, Messages.Action_Transfer, this::transfer);
		Ui.button(actions, Messages.Action_Return, () -> withText(Messages.Action_Return, Messages.Prompt_ReturnReason,
				reason -> each(id -> desk.tickets().giveBack(id, reason))));
		Ui.button(actions, Messages.Action_Escalate, () -> withText(Messages.Action_Escalate, Messages.Prompt_Note,
				note -> each(id -> desk.tickets().escalate(id, note))));
		Ui.button(actions, Messages.Action_Resolve, () -> withText(Messages.Action_Resolve, Messages.Prompt_CustomerNote,
				toCustomer -> each(id -> desk.tickets().resolve(id, null, toCustomer))));
		Ui.button(actions, Messages.Action_Close, () -> each(id -> desk.tickets().close(id, null)));
		Ui.button(actions, Messages.Action_Reopen, () -> withText(Messages.Action_Reopen, Messages.Prompt_ReopenReason,
				reason -> each(id -> desk.tickets().reopen(id, reason))));
		Ui.button(actions, Messages.Action_Comment, () -> withText(Messages.Action_Comment, Messages.Prompt_Note,
				note -> each(id -> desk.tickets().comment(id, note, false))));
		Ui.button(actions, Messages.Action_Merge, this::merge);
		parent.addDisposeListener(e -> {
			atRisk.dispose();
			breached.dispose();
		});
		load();
	}

	/** Reloads the chosen work list in the background. */
	public void load() {
		Tickets.Queue q = Tickets.Queue.values()[queue.getSelectionIndex()];
		Instant now = Instant.now();
		Ui.background(Messages.Ticket_Loading, list, () -> {
			List<Ticket> tickets = desk.tickets().queue(q, 0, PAGE);
			List<SlaClock.Status> states = tickets.stream().map(t -> desk.sla().status(t, now)).toList();
			return new Object[] { tickets, states };
		}, result -> fill(cast(result[0]), cast(result[1])));
	}

	/** The tickets now listed, for tests. */
	public List<Ticket> shown() {
		return shown;
	}

	/** Selects the ticket with this id in the list (tests, links from other parts). */
	public void select(String ticketId) {
		for (int i = 0; i < shown.size(); i++) {
			if (shown.get(i).getId().equals(ticketId)) {
				list.setSelection(i);
				showSelected();
			}
		}
	}

	private void fill(List<Ticket> tickets, List<SlaClock.Status> states) {
		List<String> selected = selectedIds(); // a reload keeps what the person had chosen
		shown = new ArrayList<>(tickets);
		list.removeAll();
		int late = 0;
		int risky = 0;
		for (int i = 0; i < tickets.size(); i++) {
			Ticket t = tickets.get(i);
			SlaState s = states.get(i).worst();
			TableItem item = Tables.row(list, t.getNumber(), t.getType(), t.getTitle(), ServiceLabels.priority(t.getPriority()),
					ServiceLabels.status(t.getStatus()), handler(t), Tables.time(t.getCreatedAt()),
					Tables.time(t.getResolutionDue()), sla(s));
			if (s == SlaState.BREACHED) {
				item.setBackground(breached);
				late++;
			} else if (s == SlaState.AT_RISK) {
				item.setBackground(atRisk);
				risky++;
			}
		}
		summary.setText(NLS.bind(Messages.Ticket_Summary, new Object[] { tickets.size(), risky, late }));
		summary.getParent().layout();
		for (int i = 0; i < shown.size(); i++) {
			if (selected.contains(shown.get(i).getId())) {
				list.select(i);
			}
		}
		showSelected();
	}

	private void showSelected() {
		history.removeAll();
		int i = list.getSelectionIndex();
		if (i < 0 || i >= shown.size()) {
			description.setText("");
			return;
		}
		Ticket t = shown.get(i);
		description.setText(t.getNumber() + "\n" + t.getTitle() + "\n\n" + (t.getDescription() == null ? "" : t.getDescription()));
		for (TicketStep s : t.getSteps()) {
			Tables.row(history, Tables.time(s.getTime()), ServiceLabels.action(s.getAction()), s.getActorStaffNo(), s.getNote(),
					s.getCustomerNote());
		}
	}

	private void findNumber() {
		String n = number.getText();
		if (n.isBlank()) {
			return;
		}
		Ui.attempt(list.getShell(), () -> {
			Ticket t = desk.tickets().byNumber(n).orElseThrow(() -> new ServiceException(NLS.bind(Messages.Ticket_NoSuchNumber, n)));
			fill(List.of(t), List.of(desk.sla().status(t, Instant.now())));
			list.setSelection(0);
			showSelected();
		});
	}

	private void transfer() {
		if (selectedIds().isEmpty()) {
			return;
		}
		RouteDialog dialog = new RouteDialog(list.getShell(), store, subject.isPartner() ? subject.enterpriseId() : null);
		if (dialog.open() == Window.OK && dialog.route != null) {
			each(id -> desk.tickets().transfer(id, dialog.route, dialog.note));
		}
	}

	private void merge() {
		List<String> ids = selectedIds();
		if (ids.size() != 1) {
			MessageDialog.openInformation(list.getShell(), Messages.Action_Merge, Messages.Prompt_MergeOne);
			return;
		}
		String into = TextPrompt.ask(list.getShell(), Messages.Action_Merge, Messages.Prompt_MergeInto);
		if (into != null) {
			Ui.attempt(list.getShell(), () -> {
				Ticket target = desk.tickets().byNumber(into)
						.orElseThrow(() -> new ServiceException(NLS.bind(Messages.Ticket_NoSuchNumber, into)));
				desk.tickets().merge(ids.get(0), target.getId());
			});
			load();
		}
	}

	private void withText(String title, String prompt, java.util.function.Consumer<String> action) {
		if (selectedIds().isEmpty()) {
			return;
		}
		String text = TextPrompt.ask(list.getShell(), title, prompt);
		if (text != null) {
			action.accept(text);
		}
	}

	/** Applies the action to every selected ticket; one ticket's refusal is shown as it is, several as a report. */
	private void each(Function<String, Ticket> action) {
		List<String> ids = selectedIds();
		if (ids.isEmpty()) {
			return;
		}
		if (ids.size() == 1) {
			Ui.attempt(list.getShell(), () -> action.apply(ids.get(0)));
		} else {
			List<Tickets.ItemResult> results = desk.tickets().bulk(ids, action);
			StringBuilder report = new StringBuilder();
			results.forEach(r -> report.append(r.done() ? "✓ " : "✗ ").append(r.message()).append('\n'));
			long done = results.stream().filter(Tickets.ItemResult::done).count();
			MessageDialog.openInformation(list.getShell(), NLS.bind(Messages.Bulk_Title, done, results.size()), report.toString());
		}
		load();
	}

	private List<String> selectedIds() {
		List<String> ids = new ArrayList<>();
		for (int i : list.getSelectionIndices()) {
			if (i < shown.size()) {
				ids.add(shown.get(i).getId());
			}
		}
		return ids;
	}

	private String handler(Ticket t) {
		String where = t.isCollaboration() ? names.getOrDefault(t.getPartnerEnterpriseId(), Messages.Ticket_PartnerShort)
				: t.getOrgUnitId() == null ? "" : names.getOrDefault(t.getOrgUnitId(), t.getOrgUnitId());
		return t.getAssigneeStaffNo() == null ? where : where + " · " + t.getAssigneeStaffNo();
	}

	private static String sla(SlaState s) {
		return switch (s) {
		case ON_TRACK -> Messages.Sla_OnTrack;
		case AT_RISK -> Messages.Sla_AtRisk;
		case BREACHED -> Messages.Sla_Breached;
		case MET -> Messages.Sla_Met;
		case MISSED -> Messages.Sla_Missed;
		case NONE -> "";
		};
	}

	@SuppressWarnings("unchecked")
	private static <T> T cast(Object o) {
		return (T) o;
	}

	/** Where to send the ticket, and why. */
	private static final class RouteDialog extends org.kefu.ui.service.internal.LocalizedDialog {
		private final AggregateStore store;
		private final String partnerScope;
		private RoutePicker picker;
		private Text noteText;
		org.kefu.service.Route route;
		String note;

		RouteDialog(org.eclipse.swt.widgets.Shell shell, AggregateStore store, String partnerScope) {
			super(shell);
			this.store = store;
			this.partnerScope = partnerScope;
		}

		@Override
		protected void configureShell(org.eclipse.swt.widgets.Shell shell) {
			super.configureShell(shell);
			shell.setText(Messages.Action_Transfer);
		}

		@Override
		protected org.eclipse.swt.widgets.Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
			picker = new RoutePicker(area, store, partnerScope);
			new Label(area, SWT.NONE).setText(Messages.Prompt_Note);
			noteText = new Text(area, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(noteText);
			return area;
		}

		@Override
		protected void okPressed() {
			route = picker.route();
			note = noteText.getText();
			if (route == null) {
				Ui.showError(getShell(), new ServiceException(Messages.Ticket_ChooseRoute));
				return;
			}
			super.okPressed();
		}
	}
}
