package org.kefu.ui.parts;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.kefu.admin.AdminServices;
import org.kefu.admin.PermissionCatalogue;
import org.kefu.admin.Subject;
import org.kefu.model.admin.FunctionModule;
import org.kefu.ui.internal.Messages;

/** The start page: who you are, for which enterprise and with which roles, and the functions they open. */
public class HomePart {

	private Table modules;

	@PostConstruct
	void create(Composite parent, Subject subject, AdminServices admin) {
		GridLayoutFactory.swtDefaults().margins(24, 20).spacing(8, 10).applyTo(parent);
		Label welcome = new Label(parent, SWT.NONE);
		welcome.setText(NLS.bind(Messages.Home_Welcome, subject.name()));
		FontData fd = welcome.getFont().getFontData()[0];
		Font big = new Font(parent.getDisplay(), fd.getName(), fd.getHeight() + 6, SWT.BOLD);
		welcome.setFont(big);
		welcome.addDisposeListener(e -> big.dispose());
		String enterprise = admin.org().enterprises().stream().filter(e -> e.getId().equals(subject.enterpriseId()))
				.map(e -> e.getName()).findFirst().orElse(subject.enterpriseId());
		new Label(parent, SWT.NONE).setText(NLS.bind(Messages.Home_Enterprise, enterprise));
		new Label(parent, SWT.NONE).setText(NLS.bind(Messages.Home_Roles, subject.roleCodes().stream()
				.map(c -> admin.catalogue().role(c).map(r -> PermissionCatalogue.name(r.getName(), r.getNameEn())).orElse(c)).collect(Collectors.joining("、"))));

		List<FunctionModule> mine = admin.catalogue().modules().stream().filter(m -> subject.may(m.getCode())).toList();
		new Label(parent, SWT.NONE).setText(NLS.bind(Messages.Home_Modules, mine.size()));
		modules = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		modules.setHeaderVisible(true);
		// a height hint, or the table asks for all its rows and pushes the status line out of the window
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 240).applyTo(modules);
		String[] titles = { Messages.Home_Zone, Messages.Home_Function, Messages.Home_Code };
		int[] widths = { 180, 260, 220 };
		for (int i = 0; i < titles.length; i++) {
			TableColumn c = new TableColumn(modules, SWT.NONE);
			c.setText(titles[i]);
			c.setWidth(widths[i]);
		}
		for (FunctionModule m : mine) {
			TableItem item = new TableItem(modules, SWT.NONE);
			item.setText(new String[] { PermissionCatalogue.zoneName(m.getZone()), PermissionCatalogue.name(m.getName(), m.getNameEn()),
					m.getCode() });
		}
	}
}
