package org.kefu.ui.sync;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.kefu.sync.BackgroundSync;
import org.kefu.sync.SyncException;
import org.kefu.ui.internal.Messages;

/**
 * The conflicts the server recorded: for each, the value both branches started from, the later value every branch now
 * holds, and the earlier value that lost. A supervisor confirms the current value or restores the lost one; the choice
 * is made on the server and reaches every branch with the next sync. Loading and choosing run off the UI thread.
 */
public final class ConflictsDialog extends Dialog {

	/** Key under which widgets carry a stable name for UI tests. */
	public static final String WIDGET_ID = "org.kefu.widget.id";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
	private static final Map<String, String> OBJECTS = Map.of("Ticket", "工单", "Customer", "客户", "ContactRecord", "受理记录",
			"Staff", "人员", "Article", "知识", "OrgUnit", "组织", "Parameter", "参数", "Note", "便笺");

	private final BackgroundSync sync;
	private TableViewer viewer;
	private Label summary;
	private Button showSettled;
	private Button keepCurrent;
	private Button useLost;
	private List<JsonNode> all = List.of();

	public ConflictsDialog(Shell parent, BackgroundSync sync) {
		super(parent);
		this.sync = sync;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Conflicts_Title);
		shell.setSize(1080, 520);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(12, 10).applyTo(area);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(Messages.Conflicts_Intro);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(900, SWT.DEFAULT).applyTo(intro);

		viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData(WIDGET_ID, "conflicts");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(viewer.getTable());
		column(Messages.Conflicts_Object, 170, c -> OBJECTS.getOrDefault(c.path("entity").asText(), c.path("entity").asText()) + " "
				+ c.path("entityId").asText());
		column(Messages.Conflicts_Field, 100, c -> c.path("feature").asText());
		column(Messages.Conflicts_Base, 150, c -> text(c, "baseValue"));
		column(Messages.Conflicts_Kept, 170, c -> text(c, "keptValue"));
		column(Messages.Conflicts_Lost, 170, c -> text(c, "lostValue"));
		column(Messages.Conflicts_Detected, 110, c -> TIME.format(Instant.parse(c.path("detected").asText())));
		column(Messages.Conflicts_State, 150, ConflictsDialog::resolution);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(e -> updateButtons());

		summary = new Label(area, SWT.NONE);
		summary.setData(WIDGET_ID, "summary");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		showSettled = new Button(area, SWT.CHECK);
		showSettled.setText(Messages.Conflicts_ShowSettled);
		showSettled.addListener(SWT.Selection, e -> show());
		Button refresh = new Button(area, SWT.PUSH);
		refresh.setText(Messages.Conflicts_Refresh);
		refresh.addListener(SWT.Selection, e -> load());
		load();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		keepCurrent = createButton(parent, IDialogConstants.CLIENT_ID, Messages.Conflicts_KeepCurrent, false);
		keepCurrent.setData(WIDGET_ID, "keepCurrent");
		keepCurrent.addListener(SWT.Selection, e -> resolve(false));
		useLost = createButton(parent, IDialogConstants.CLIENT_ID + 1, Messages.Conflicts_UseLost, false);
		useLost.setData(WIDGET_ID, "useLost");
		useLost.addListener(SWT.Selection, e -> resolve(true));
		createButton(parent, IDialogConstants.CLOSE_ID, Messages.Conflicts_Close, true)
				.addListener(SWT.Selection, e -> close());
		updateButtons();
	}

	/** The conflicts shown now (open ones, or all), for tests. */
	public List<JsonNode> shown() {
		@SuppressWarnings("unchecked")
		List<JsonNode> input = (List<JsonNode>) viewer.getInput();
		return input == null ? List.of() : input;
	}

	private void column(String title, int width, Function<JsonNode, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((JsonNode) element);
			}
		});
	}

	private static String text(JsonNode c, String field) {
		JsonNode v = c.get(field);
		return v == null || v.isNull() ? "—" : v.asText().replace('\n', '、');
	}

	private static String resolution(JsonNode c) {
		String by = c.path("resolvedBy").asText(null);
		if (by == null || c.path("resolvedBy").isNull()) {
			return Messages.Conflicts_Open;
		}
		return NLS.bind("LOST".equals(c.path("resolution").asText()) || "OLDER".equals(c.path("resolution").asText())
				? Messages.Conflicts_LostResolution : Messages.Conflicts_KeptResolution, by);
	}

	private static boolean open(JsonNode c) {
		return c.path("resolvedBy").isNull() || c.path("resolvedBy").isMissingNode();
	}

	private void load() {
		summary.setText(Messages.Login_Checking);
		background(() -> {
			JsonNode answer = sync.client().conflicts();
			List<JsonNode> list = new ArrayList<>();
			answer.path("conflicts").forEach(list::add);
			return list;
		}, list -> {
			all = list;
			show();
		});
	}

	private void show() {
		List<JsonNode> visible = showSettled.getSelection() ? all : all.stream().filter(ConflictsDialog::open).toList();
		viewer.setInput(visible);
		summary.setText(NLS.bind(Messages.Conflicts_Count, all.stream().filter(ConflictsDialog::open).count(), all.size()));
		summary.requestLayout();
		updateButtons();
	}

	private void resolve(boolean keepLost) {
		JsonNode selected = (JsonNode) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		if (selected == null || !open(selected)) {
			return;
		}
		long id = selected.path("id").asLong();
		keepCurrent.setEnabled(false);
		useLost.setEnabled(false);
		background(() -> {
			sync.client().resolve(id, keepLost);
			return null;
		}, done -> {
			sync.syncNow(); // the restored value comes back to this branch with the next round
			load();
		});
	}

	private void updateButtons() {
		if (keepCurrent == null || keepCurrent.isDisposed()) {
			return;
		}
		JsonNode selected = (JsonNode) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		boolean enabled = selected != null && open(selected);
		keepCurrent.setEnabled(enabled);
		useLost.setEnabled(enabled);
	}

	/** Runs {@code work} in a job; hands its result to {@code then} on the UI thread, or shows the server's message. */
	private <T> void background(java.util.function.Supplier<T> work, java.util.function.Consumer<T> then) {
		var display = getShell() != null ? getShell().getDisplay() : viewer.getControl().getDisplay();
		Job job = Job.create(Messages.Conflicts_Title, monitor -> {
			try {
				T result = work.get();
				display.asyncExec(() -> {
					if (!viewer.getControl().isDisposed()) {
						then.accept(result);
					}
				});
			} catch (SyncException e) {
				String message = e.offline() ? NLS.bind(Messages.Conflicts_Offline, e.getMessage()) : e.getMessage();
				display.asyncExec(() -> {
					if (!summary.isDisposed()) {
						summary.setText(message);
						summary.setForeground(summary.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
						summary.requestLayout();
						updateButtons();
					}
				});
			}
		});
		job.setSystem(true);
		job.schedule();
	}
}
