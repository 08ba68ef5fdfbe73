package org.kefu.ui.admin.parts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.kefu.admin.AdminServices;
import org.kefu.admin.PermissionCatalogue;
import org.kefu.model.admin.Enterprise;
import org.kefu.model.admin.EnterpriseKind;
import org.kefu.model.admin.FunctionModule;
import org.kefu.model.admin.Role;
import org.kefu.ui.admin.internal.Messages;
import org.kefu.ui.widgets.Ui;

/**
 * 权限管理: the role × function-module matrix. A click on a cell grants or revokes; the permission service refuses
 * what partner roles may not have. Below it, the modules a partner's contract opens.
 */
public class PermissionPart {

	static final String GRANTED = "✔";

	private AdminServices admin;
	private Table matrix;
	private Table contract;
	private Combo partner;
	private List<Role> roles = List.of();
	private List<FunctionModule> modules = List.of();
	private List<Enterprise> partners = List.of();

	@PostConstruct
	void create(Composite parent, AdminServices admin) {
		this.admin = admin;
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Label hint = new Label(parent, SWT.WRAP);
		hint.setText(Messages.Permission_Hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(hint);
		matrix = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		matrix.setHeaderVisible(true);
		matrix.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(matrix);
		matrix.addListener(SWT.MouseDown, this::cellClicked);

		Composite contractBar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(contractBar);
		new Label(contractBar, SWT.NONE).setText(Messages.Permission_Contract);
		new Label(contractBar, SWT.NONE).setText(Messages.Permission_ContractEnterprise);
		partner = new Combo(contractBar, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(partner);
		partner.addListener(SWT.Selection, e -> showContract());
		contract = new Table(parent, SWT.BORDER | SWT.CHECK);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 130).applyTo(contract);
		contract.addListener(SWT.Selection, this::contractChanged);
		reload();
	}

	public Table matrix() {
		return matrix;
	}

	private void reload() {
		Ui.background("权限", matrix, () -> new Object[] { admin.catalogue().roles(), admin.catalogue().modules(),
				admin.org().enterprises().stream().filter(e -> e.getKind() == EnterpriseKind.PARTNER).toList() }, r -> {
					roles = cast(r[0]);
					modules = cast(r[1]);
					partners = cast(r[2]);
					render();
				});
	}

	@SuppressWarnings("unchecked")
	private static <T> T cast(Object o) {
		return (T) o;
	}

	private void render() {
		matrix.setRedraw(false);
		matrix.removeAll();
		for (var c : matrix.getColumns()) {
			c.dispose();
		}
		Ui.column(matrix, Messages.Permission_Zone, 130);
		Ui.column(matrix, Messages.Permission_Module, 200);
		for (Role r : roles) {
			// partner role names say so themselves
			Ui.column(matrix, PermissionCatalogue.name(r.getName(), r.getNameEn()), r.isPartnerRole() ? 130 : 100).setToolTipText(r.getCode());
		}
		for (FunctionModule m : modules) {
			TableItem item = new TableItem(matrix, SWT.NONE);
			item.setData(m);
			item.setText(0, PermissionCatalogue.zoneName(m.getZone()));
			item.setText(1, PermissionCatalogue.name(m.getName(), m.getNameEn()));
			for (int i = 0; i < roles.size(); i++) {
				item.setText(i + 2, roles.get(i).getModules().contains(m.getCode()) ? GRANTED : "");
			}
		}
		matrix.setRedraw(true);
		if (partner.getItemCount() == 0) {
			partners.forEach(p -> partner.add(p.getName()));
			partner.select(0);
			partner.getParent().layout(true);
		}
		showContract();
	}

	private void cellClicked(Event e) {
		Point at = new Point(e.x, e.y);
		TableItem item = matrix.getItem(at);
		if (item == null) {
			return;
		}
		for (int col = 2; col < matrix.getColumnCount(); col++) {
			if (item.getBounds(col).contains(at)) {
				toggle(item, col);
				return;
			}
		}
	}

	/** Grants or revokes one cell; the cell shows what the store holds afterwards. */
	public void toggle(TableItem item, int column) {
		FunctionModule m = (FunctionModule) item.getData();
		Role role = roles.get(column - 2);
		boolean grant = !role.getModules().contains(m.getCode());
		if (Ui.attempt(matrix.getShell(), () -> {
			Role saved = admin.permissions().grant(role.getCode(), m.getCode(), grant);
			roles = roles.stream().map(r -> r.getCode().equals(saved.getCode()) ? saved : r).toList();
		})) {
			item.setText(column, grant ? GRANTED : "");
		}
	}

	private void showContract() {
		contract.removeAll();
		int i = partner.getSelectionIndex();
		if (i < 0 || i >= partners.size()) {
			return;
		}
		Enterprise e = partners.get(i);
		for (FunctionModule m : modules) {
			if (PermissionCatalogue.partnerMayUse(m, null)) {
				continue; // open to partners by the rules anyway
			}
			TableItem item = new TableItem(contract, SWT.NONE);
			item.setText(PermissionCatalogue.zoneName(m.getZone()) + " · " + PermissionCatalogue.name(m.getName(), m.getNameEn()));
			item.setData(m.getCode());
			item.setChecked(e.getContractModules().contains(m.getCode()));
		}
	}

	private void contractChanged(Event event) {
		if (event.detail != SWT.CHECK) {
			return;
		}
		Enterprise e = partners.get(partner.getSelectionIndex());
		Set<String> opened = new LinkedHashSet<>();
		for (TableItem item : contract.getItems()) {
			if (item.getChecked()) {
				opened.add((String) item.getData());
			}
		}
		if (Ui.attempt(contract.getShell(), () -> {
			Enterprise saved = admin.permissions().setContractModules(e.getId(), opened);
			partners = partners.stream().map(p -> p.getId().equals(saved.getId()) ? saved : p).toList();
		})) {
			return;
		}
		showContract();
	}
}
