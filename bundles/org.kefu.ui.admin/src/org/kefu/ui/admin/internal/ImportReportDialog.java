package org.kefu.ui.admin.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.kefu.admin.StaffTransfer;
import org.kefu.ui.widgets.Ui;

/** Tells how an import went: how many rows were saved, and every failed row with its reason. */
public final class ImportReportDialog extends Dialog {

	private final StaffTransfer.Report report;

	public ImportReportDialog(Shell parent, StaffTransfer.Report report) {
		super(parent);
		this.report = report;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Import_Title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		new Label(area, SWT.WRAP).setText(NLS.bind(Messages.Import_Summary, report.saved(), report.errors().size()));
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		Ui.column(table, Messages.Import_Row, 60);
		Ui.column(table, Messages.Staff_No, 100);
		Ui.column(table, Messages.Import_Reason, 420);
		for (StaffTransfer.RowResult r : report.errors()) {
			new TableItem(table, SWT.NONE).setText(new String[] { Integer.toString(r.row()), r.staffNo(), r.error() });
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 260).applyTo(table);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}
}
