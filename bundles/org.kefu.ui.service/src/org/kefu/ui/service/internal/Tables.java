package org.kefu.ui.service.internal;

import java.text.SimpleDateFormat;
import java.util.Date;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.kefu.ui.widgets.Ui;

/** Tables of the service parts: built from column titles and widths, filled a row of strings at a time. */
public final class Tables {

	private Tables() {
	}

	public static Table create(Composite parent, String[] columns, int[] widths) {
		return create(parent, SWT.SINGLE, columns, widths);
	}

	/** {@code selection}: SWT.SINGLE or SWT.MULTI. */
	public static Table create(Composite parent, int selection, String[] columns, int[] widths) {
		Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | selection);
		t.setHeaderVisible(true);
		t.setLinesVisible(true);
		for (int i = 0; i < columns.length; i++) {
			Ui.column(t, columns[i], widths[i]);
		}
		return t;
	}

	public static TableItem row(Table table, String... cells) {
		TableItem item = new TableItem(table, SWT.NONE);
		for (int i = 0; i < cells.length; i++) {
			item.setText(i, cells[i] == null ? "" : cells[i]);
		}
		return item;
	}

	public static String time(Date d) {
		return d == null ? "" : new SimpleDateFormat("yyyy-MM-dd HH:mm").format(d);
	}

	public static String day(Date d) {
		return d == null ? "" : new SimpleDateFormat("yyyy-MM-dd").format(d);
	}
}
