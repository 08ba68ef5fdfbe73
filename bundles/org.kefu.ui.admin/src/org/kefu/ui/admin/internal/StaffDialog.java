package org.kefu.ui.admin.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.kefu.admin.AdminException;
import org.kefu.admin.AdminServices;
import org.kefu.admin.StaffService;
import org.kefu.model.admin.Enterprise;
import org.kefu.model.admin.EnterpriseKind;
import org.kefu.model.admin.OrgUnit;
import org.kefu.model.admin.PostCategory;
import org.kefu.model.admin.Role;
import org.kefu.model.admin.Staff;

/**
 * The staff form with the eight dimensions. Saving goes through the staff service, whose checks answer in the
 * dialog's message area; nothing typed is lost when a check fails.
 */
public final class StaffDialog extends TitleAreaDialog {

	private final AdminServices admin;
	private final Staff existing;
	private final List<Enterprise> enterprises;
	private List<OrgUnit> units = List.of();
	private final List<Role> roles;
	private final List<PostCategory> categories = List.of(PostCategory.VALUES.toArray(PostCategory[]::new));
	private Combo enterprise;
	private Text staffNo;
	private Text name;
	private Combo unit;
	private Text postName;
	private Combo category;
	private Spinner level;
	private final List<Button> roleChecks = new ArrayList<>();
	private Composite roleBox;
	private Button enabled;
	private Staff saved;

	public StaffDialog(Shell parent, AdminServices admin, Staff existing) {
		super(parent);
		this.admin = admin;
		this.existing = existing;
		this.enterprises = admin.org().enterprises();
		this.roles = admin.staff().roles();
	}

	public Staff saved() {
		return saved;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Staff_DialogTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Staff_DialogTitle);
		setMessage(Messages.Staff_DialogMessage);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 10).spacing(10, 8).applyTo(form);
		enterprise = combo(form, Messages.Staff_Enterprise + " *");
		enterprises.forEach(e -> enterprise.add(e.getName()));
		staffNo = text(form, Messages.Staff_No + " *");
		name = text(form, Messages.Staff_Name + " *");
		unit = combo(form, Messages.Staff_Unit);
		postName = text(form, Messages.Staff_PostName);
		category = combo(form, Messages.Staff_PostCategory + " *");
		categories.forEach(c -> category.add(StaffService.CATEGORY_LABELS.get(c)));
		new Label(form, SWT.NONE).setText(Messages.Staff_PostLevel + " *");
		level = new Spinner(form, SWT.BORDER);
		level.setValues(1, 1, 10, 0, 1, 1);
		new Label(form, SWT.NONE).setText(Messages.Staff_Roles);
		roleBox = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(roleBox);
		enabled = new Button(form, SWT.CHECK);
		enabled.setText(Messages.Staff_EnabledLabel);
		enabled.setSelection(true);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(enabled);

		enterprise.addListener(SWT.Selection, e -> enterpriseChanged(null, Set.of()));
		if (existing != null) {
			enterprise.select(indexOfEnterprise(existing.getEnterpriseId()));
			enterprise.setEnabled(false);
			staffNo.setText(existing.getStaffNo());
			name.setText(existing.getName());
			postName.setText(existing.getPostName() == null ? "" : existing.getPostName());
			category.select(categories.indexOf(existing.getPostCategory()));
			level.setSelection(Math.max(1, existing.getPostLevel()));
			enabled.setSelection(existing.isActive());
			enterpriseChanged(existing.getOrgUnitId(), new LinkedHashSet<>(existing.getRoleCodes()));
		} else {
			enterprise.select(0);
			category.select(0);
			enterpriseChanged(null, Set.of());
		}
		return area;
	}

	/** Departments and roles depend on the enterprise: partner staff get partner roles only. */
	private void enterpriseChanged(String unitId, Set<String> checkedRoles) {
		Enterprise e = enterprises.get(Math.max(0, enterprise.getSelectionIndex()));
		units = admin.org().units(e.getId());
		unit.removeAll();
		unit.add("");
		units.forEach(u -> unit.add(admin.org().path(u.getId())));
		unit.select(unitId == null ? 0 : 1 + units.indexOf(units.stream().filter(u -> u.getId().equals(unitId)).findFirst().orElse(null)));
		roleChecks.forEach(Button::dispose);
		roleChecks.clear();
		boolean partner = e.getKind() == EnterpriseKind.PARTNER;
		for (Role r : roles) {
			if (r.isPartnerRole() != partner) {
				continue;
			}
			Button check = new Button(roleBox, SWT.CHECK);
			check.setText(r.getName());
			check.setData(r.getCode());
			check.setSelection(checkedRoles.contains(r.getCode()));
			roleChecks.add(check);
		}
		roleBox.getParent().layout(true, true);
		if (getShell() != null && getShell().isVisible()) {
			getShell().pack();
		}
	}

	@Override
	protected void okPressed() {
		Enterprise e = enterprises.get(Math.max(0, enterprise.getSelectionIndex()));
		int u = unit.getSelectionIndex();
		Set<String> codes = new LinkedHashSet<>();
		roleChecks.stream().filter(Button::getSelection).forEach(b -> codes.add((String) b.getData()));
		StaffService.Draft draft = new StaffService.Draft(existing == null ? null : existing.getId(), e.getId(), staffNo.getText(),
				name.getText(), u <= 0 ? null : units.get(u - 1).getId(), postName.getText(),
				category.getSelectionIndex() < 0 ? null : categories.get(category.getSelectionIndex()), level.getSelection(), codes,
				existing == null ? null : existing.getPhone(), existing == null ? null : existing.getEmail(), enabled.getSelection());
		try {
			saved = admin.staff().save(draft);
			super.okPressed();
		} catch (AdminException ex) {
			setErrorMessage(ex.getMessage());
		}
	}

	private int indexOfEnterprise(String id) {
		for (int i = 0; i < enterprises.size(); i++) {
			if (enterprises.get(i).getId().equals(id)) {
				return i;
			}
		}
		return 0;
	}

	private static Text text(Composite form, String label) {
		new Label(form, SWT.NONE).setText(label);
		Text t = new Text(form, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(t);
		return t;
	}

	private static Combo combo(Composite form, String label) {
		new Label(form, SWT.NONE).setText(label);
		Combo c = new Combo(form, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(c);
		return c;
	}
}
