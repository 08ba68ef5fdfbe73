package org.kefu.ui.service.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for one text (a reason, a note) with buttons in the user's language; null when cancelled. */
public final class TextPrompt extends LocalizedDialog {

	private final String title;
	private final String prompt;
	private Text text;
	private String value;

	private TextPrompt(Shell shell, String title, String prompt) {
		super(shell);
		this.title = title;
		this.prompt = prompt;
	}

	public static String ask(Shell shell, String title, String prompt) {
		TextPrompt p = new TextPrompt(shell, title, prompt);
		return p.open() == OK ? p.value : null;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().applyTo(area);
		new Label(area, SWT.WRAP).setText(prompt);
		text = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 70).applyTo(text);
		return area;
	}

	@Override
	protected void okPressed() {
		value = text.getText();
		super.okPressed();
	}
}
