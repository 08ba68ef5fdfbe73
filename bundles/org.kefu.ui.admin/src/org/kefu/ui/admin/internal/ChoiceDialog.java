package org.kefu.ui.admin.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Lets a person pick one item of a list (JFace has no such dialog without the 3.x workbench). */
public final class ChoiceDialog<T> extends Dialog {

	private final String title;
	private final String message;
	private final List<T> items;
	private final Function<T, String> label;
	private org.eclipse.swt.widgets.List list;
	private T choice;

	public ChoiceDialog(Shell parent, String title, String message, List<T> items, Function<T, String> label) {
		super(parent);
		this.title = title;
		this.message = message;
		this.items = items;
		this.label = label;
	}

	public T choice() {
		return choice;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		new Label(area, SWT.WRAP).setText(message);
		list = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		items.forEach(i -> list.add(label.apply(i)));
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 260).applyTo(list);
		list.addListener(SWT.DefaultSelection, e -> okPressed());
		return area;
	}

	@Override
	protected void okPressed() {
		int i = list.getSelectionIndex();
		choice = i < 0 ? null : items.get(i);
		super.okPressed();
	}
}
