package org.kefu.ui.admin.parts;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.kefu.admin.AdminException;
import org.kefu.admin.AdminServices;
import org.kefu.admin.LogService;
import org.kefu.model.admin.Alert;
import org.kefu.model.admin.LogEntry;
import org.kefu.model.admin.LogKind;
import org.kefu.model.admin.LogLevel;
import org.kefu.ui.admin.internal.Messages;
import org.kefu.ui.widgets.Pager;
import org.kefu.ui.widgets.Ui;

/** 日志管理: the four logs filtered, searched and exported, and the alerts the monitoring rules raised. */
public class LogPart {

	private static final int PAGE = 200;
	private static final long DAY = 24L * 3600 * 1000;

	private AdminServices admin;
	private Combo kind;
	private Combo level;
	private Combo period;
	private Text staffNo;
	private Text text;
	private Table entries;
	private Pager pager;
	private Group alertGroup;
	private Table alerts;

	@PostConstruct
	void create(Composite parent, AdminServices admin) {
		this.admin = admin;
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Composite filter = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(12).applyTo(filter);
		new Label(filter, SWT.NONE).setText(Messages.Log_Kind);
		kind = combo(filter, Messages.Common_All, Messages.Log_Application, Messages.Log_Security, Messages.Log_System, Messages.Log_Admin);
		new Label(filter, SWT.NONE).setText(Messages.Log_Level);
		level = combo(filter, Messages.Common_All, "INFO", "WARNING", "ERROR");
		new Label(filter, SWT.NONE).setText(Messages.Log_Period);
		period = combo(filter, Messages.Log_LastDay, Messages.Log_LastWeek, Messages.Log_LastMonth, Messages.Common_All);
		period.select(1);
		new Label(filter, SWT.NONE).setText(Messages.Staff_No);
		staffNo = new Text(filter, SWT.BORDER);
		GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(staffNo);
		new Label(filter, SWT.NONE).setText(Messages.Log_Message);
		text = new Text(filter, SWT.BORDER);
		GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(text);
		Ui.button(filter, Messages.Common_Search, () -> load(0));
		Ui.button(filter, Messages.Common_Export, this::export);

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		Composite top = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(top);
		entries = new Table(top, SWT.BORDER | SWT.FULL_SELECTION);
		entries.setHeaderVisible(true);
		entries.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(entries);
		Ui.column(entries, Messages.Log_Time, 150);
		Ui.column(entries, Messages.Log_Kind, 90);
		Ui.column(entries, Messages.Log_Level, 80);
		Ui.column(entries, Messages.Staff_No, 80);
		Ui.column(entries, Messages.Log_Source, 90);
		Ui.column(entries, Messages.Log_Event, 150);
		Ui.column(entries, Messages.Log_Message, 380);
		pager = new Pager(top, PAGE, this::load);

		alertGroup = new Group(sash, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(alertGroup);
		alerts = new Table(alertGroup, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		alerts.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(alerts);
		Ui.column(alerts, Messages.Log_Time, 150);
		Ui.column(alerts, Messages.Staff_No, 80);
		Ui.column(alerts, Messages.Log_Message, 520);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(Ui.button(alertGroup, Messages.Log_Acknowledge, this::acknowledge));
		sash.setWeights(3, 1);
		load(0);
	}

	public Table entries() {
		return entries;
	}

	private static Combo combo(Composite parent, String... items) {
		Combo c = new Combo(parent, SWT.READ_ONLY);
		for (String i : items) {
			c.add(i);
		}
		c.select(0);
		return c;
	}

	private LogService.Filter filter() {
		LogKind k = kind.getSelectionIndex() <= 0 ? null : LogKind.get(kind.getSelectionIndex() - 1);
		LogLevel l = level.getSelectionIndex() <= 0 ? null : LogLevel.get(level.getSelectionIndex() - 1);
		int[] days = { 1, 7, 30, 0 };
		int d = days[Math.max(0, period.getSelectionIndex())];
		Date from = d == 0 ? null : new Date(System.currentTimeMillis() - d * DAY);
		return new LogService.Filter(k, l, from, null, staffNo.getText(), null, text.getText());
	}

	private void load(int newPage) {
		LogService.Filter f = filter();
		Ui.background("日志", entries, () -> new Object[] { admin.log().count(f), admin.log().search(f, pager.offset(newPage), PAGE),
				admin.log().alerts(true) }, r -> show(newPage, (Long) r[0], cast(r[1]), cast(r[2])));
	}

	@SuppressWarnings("unchecked")
	private static <T> T cast(Object o) {
		return (T) o;
	}

	private void show(int newPage, long count, List<LogEntry> list, List<Alert> open) {
		SimpleDateFormat time = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
		String[] kinds = { Messages.Log_Application, Messages.Log_Security, Messages.Log_System, Messages.Log_Admin };
		entries.removeAll();
		for (LogEntry e : list) {
			TableItem item = new TableItem(entries, SWT.NONE);
			item.setText(new String[] { time.format(e.getTime()), kinds[e.getKind().getValue()], e.getLevel().getName(), nz(e.getStaffNo()),
					nz(e.getSource()), nz(e.getEvent()), nz(e.getMessage()) });
			if (e.getLevel() != LogLevel.INFO) {
				item.setForeground(entries.getDisplay().getSystemColor(e.getLevel() == LogLevel.ERROR ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW));
			}
		}
		pager.shown(newPage, count);
		alertGroup.setText(NLS.bind(Messages.Log_Alerts, open.size()));
		alerts.removeAll();
		for (Alert a : open) {
			TableItem item = new TableItem(alerts, SWT.NONE);
			item.setText(new String[] { time.format(a.getTime()), nz(a.getStaffNo()), nz(a.getMessage()) });
			item.setData(a);
		}
	}

	private void acknowledge() {
		for (TableItem item : alerts.getSelection()) {
			Alert a = (Alert) item.getData();
			Ui.attempt(alerts.getShell(), () -> admin.log().acknowledge(a.getId(), admin.subject().staffNo()));
		}
		load(pager.page());
	}

	private void export() {
		FileDialog dialog = new FileDialog(entries.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.csv" });
		dialog.setFileName("日志.csv");
		dialog.setOverwrite(true);
		String path = dialog.open();
		if (path == null) {
			return;
		}
		LogService.Filter f = filter();
		Ui.background("导出日志", entries, () -> {
			try (Writer out = new OutputStreamWriter(new FileOutputStream(path), StandardCharsets.UTF_8)) {
				return admin.log().exportCsv(f, out);
			} catch (IOException e) {
				throw new AdminException(e.getMessage());
			}
		}, n -> MessageDialog.openInformation(entries.getShell(), Messages.Common_Export, NLS.bind(Messages.Export_Done, n, path)));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
