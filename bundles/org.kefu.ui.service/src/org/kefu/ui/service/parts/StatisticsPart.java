package org.kefu.ui.service.parts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.kefu.service.ContactRecords;
import org.kefu.service.ServiceDesk;
import org.kefu.service.ServiceException;
import org.kefu.ui.service.internal.Messages;
import org.kefu.ui.service.internal.Tables;
import org.kefu.ui.widgets.Ui;

/**
 * 受理统计: contact records counted by category, channel, agent, result, day or month over a period, as a bar chart and a
 * table, exportable as CSV for the reports team.
 */
public class StatisticsPart {

	private static final ContactRecords.Dimension[] DIMENSIONS = { ContactRecords.Dimension.CATEGORY, ContactRecords.Dimension.CHANNEL,
			ContactRecords.Dimension.AGENT, ContactRecords.Dimension.RESULT, ContactRecords.Dimension.DAY, ContactRecords.Dimension.MONTH };
	private static final int[] PERIOD_DAYS = { 7, 30, 90, 365 };
	private static final int MAX_BARS = 40;

	private ServiceDesk desk;
	private Combo dimension;
	private Combo period;
	private Label total;
	private Canvas chart;
	private Table table;
	private Map<String, Long> counts = new LinkedHashMap<>();
	private Color bar;

	@PostConstruct
	void create(Composite parent, ServiceDesk desk) {
		this.desk = desk;
		bar = new Color(new RGB(52, 120, 198));
		parent.addDisposeListener(e -> bar.dispose());
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Composite tools = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(7).applyTo(tools);
		new Label(tools, SWT.NONE).setText(Messages.Stats_By);
		dimension = new Combo(tools, SWT.READ_ONLY);
		dimension.setItems(Messages.Stats_Category, Messages.Stats_Channel, Messages.Stats_Agent, Messages.Stats_Result, Messages.Stats_Day,
				Messages.Stats_Month);
		dimension.select(0);
		new Label(tools, SWT.NONE).setText(Messages.Contact_Period);
		period = new Combo(tools, SWT.READ_ONLY);
		period.setItems(Messages.Period_Week, Messages.Period_Month, Messages.Period_Quarter, Messages.Period_Year);
		period.select(1);
		Ui.button(tools, Messages.Stats_Count, this::load);
		Ui.button(tools, Messages.Stats_Export, this::export);
		total = new Label(tools, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(total);

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		chart = new Canvas(sash, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		chart.addPaintListener(e -> paint(e.gc, chart.getClientArea()));
		table = Tables.create(sash, new String[] { Messages.Stats_Key, Messages.Stats_Records, Messages.Stats_Share },
				new int[] { 160, 90, 70 });
		sash.setWeights(3, 1);
		load();
	}

	/** Counts again in the background with the chosen dimension and period. */
	public void load() {
		ContactRecords.Dimension by = DIMENSIONS[dimension.getSelectionIndex()];
		int days = PERIOD_DAYS[period.getSelectionIndex()];
		Instant to = LocalDate.now(ContactRecords.ZONE).plusDays(1).atStartOfDay(ContactRecords.ZONE).toInstant();
		Instant from = to.minus(days, ChronoUnit.DAYS);
		ContactRecords.Criteria c = ContactRecords.Criteria.all().between(from, to);
		Ui.background(Messages.Stats_Counting, chart, () -> desk.contacts().statistics(c, by), result -> {
			counts = result;
			long sum = result.values().stream().mapToLong(Long::longValue).sum();
			table.removeAll();
			result.forEach((k, v) -> Tables.row(table, k, Long.toString(v), sum == 0 ? "" : String.format("%.1f%%", 100.0 * v / sum)));
			total.setText(NLS.bind(Messages.Stats_Total, sum));
			total.getParent().layout();
			chart.redraw();
		});
	}

	/** What the chart shows now, for tests. */
	public Map<String, Long> counts() {
		return counts;
	}

	private void paint(GC gc, Rectangle area) {
		if (counts.isEmpty()) {
			gc.drawText(Messages.Stats_Empty, 12, 12, true);
			return;
		}
		int n = Math.min(MAX_BARS, counts.size());
		long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
		int left = 16;
		int bottom = area.height - 48;
		int width = Math.max(8, (area.width - 2 * left) / n);
		int i = 0;
		for (Map.Entry<String, Long> e : counts.entrySet()) {
			if (i == n) {
				break;
			}
			int h = (int) ((bottom - 24) * e.getValue() / Math.max(1, max));
			int x = left + i * width;
			gc.setBackground(bar);
			gc.fillRectangle(x + 3, bottom - h, width - 6, h);
			String value = Long.toString(e.getValue());
			Point vs = gc.textExtent(value);
			gc.drawText(value, x + (width - vs.x) / 2, bottom - h - vs.y - 2, true);
			String label = e.getKey();
			Point ls = gc.textExtent(label);
			if (ls.x > width - 2) {
				label = label.substring(0, Math.max(1, label.length() * (width - 2) / ls.x));
				ls = gc.textExtent(label);
			}
			gc.drawText(label, x + (width - ls.x) / 2, bottom + 6, true);
			i++;
		}
		gc.drawLine(left, bottom, left + n * width, bottom);
	}

	private void export() {
		if (counts.isEmpty()) {
			Ui.showError(chart.getShell(), new ServiceException(Messages.Stats_Empty));
			return;
		}
		FileDialog dialog = new FileDialog(chart.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.csv" });
		dialog.setFileName(Messages.Stats_FileName + ".csv");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			Ui.attempt(chart.getShell(), () -> write(Path.of(file)));
		}
	}

	/** CSV with a byte-order mark, so that spreadsheet programs read the Chinese correctly. */
	public void write(Path file) {
		StringBuilder csv = new StringBuilder("\uFEFF").append(Messages.Stats_Key).append(',').append(Messages.Stats_Records).append("\r\n");
		counts.forEach((k, v) -> csv.append('"').append(k.replace("\"", "\"\"")).append("\",").append(v).append("\r\n"));
		try {
			Files.writeString(file, csv, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new ServiceException(NLS.bind(Messages.Stats_ExportFailed, file, e.getMessage()));
		}
	}
}
