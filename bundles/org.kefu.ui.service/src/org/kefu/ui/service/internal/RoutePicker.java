package org.kefu.ui.service.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.kefu.admin.AdminSeed;
import org.kefu.model.admin.AdminPackage;
import org.kefu.model.admin.Enterprise;
import org.kefu.model.admin.EnterpriseKind;
import org.kefu.model.admin.OrgUnit;
import org.kefu.service.Route;
import org.kefu.store.AggregateStore;
import org.kefu.store.Query;

/** Where a ticket goes: a department of the own enterprise, a partner enterprise, or a person by staff number. */
public final class RoutePicker {

	private final Button toUnit;
	private final Button toPartner;
	private final Button toStaff;
	private final Combo units;
	private final Combo partners;
	private final Text staffNo;
	private final List<OrgUnit> unitList;
	private final List<Enterprise> partnerList;

	/** {@code partnerScope}: a partner's own enterprise id, when the person choosing is partner staff (persons only). */
	public RoutePicker(Composite parent, AggregateStore store, String partnerScope) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(c);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(c);
		unitList = store.<OrgUnit>query(Query.of(AdminPackage.Literals.ORG_UNIT)).stream()
				.filter(u -> AdminSeed.OWN_ENTERPRISE.equals(u.getEnterpriseId())).toList();
		partnerList = store.<Enterprise>query(Query.of(AdminPackage.Literals.ENTERPRISE)).stream()
				.filter(e -> e.getKind() == EnterpriseKind.PARTNER).toList();
		toUnit = radio(c, Messages.Route_Unit);
		units = combo(c, unitList.stream().map(OrgUnit::getName).toList());
		toPartner = radio(c, Messages.Route_Partner);
		partners = combo(c, partnerList.stream().map(Enterprise::getName).toList());
		toStaff = radio(c, Messages.Route_Staff);
		staffNo = new Text(c, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(staffNo);
		if (partnerScope != null) {
			toUnit.setEnabled(false);
			units.setEnabled(false);
			toPartner.setEnabled(false);
			partners.setEnabled(false);
			toStaff.setSelection(true);
		} else {
			toUnit.setSelection(true);
		}
	}

	/** The chosen route, or null when the choice is incomplete. */
	public Route route() {
		if (toUnit.getSelection() && units.getSelectionIndex() >= 0) {
			return Route.toUnit(unitList.get(units.getSelectionIndex()).getId());
		}
		if (toPartner.getSelection() && partners.getSelectionIndex() >= 0) {
			return Route.toPartner(partnerList.get(partners.getSelectionIndex()).getId(), null);
		}
		if (toStaff.getSelection() && !staffNo.getText().isBlank()) {
			return Route.toStaff(staffNo.getText().strip().toUpperCase());
		}
		return null;
	}

	/** Preselects a partner (tests and the guided flows route line work this way). */
	public void choosePartner(String enterpriseId) {
		for (int i = 0; i < partnerList.size(); i++) {
			if (partnerList.get(i).getId().equals(enterpriseId)) {
				toUnit.setSelection(false);
				toStaff.setSelection(false);
				toPartner.setSelection(true);
				partners.select(i);
			}
		}
	}

	private static Button radio(Composite c, String text) {
		Button b = new Button(c, SWT.RADIO);
		b.setText(text);
		return b;
	}

	private static Combo combo(Composite c, List<String> items) {
		Combo combo = new Combo(c, SWT.READ_ONLY);
		combo.setItems(items.toArray(String[]::new));
		combo.setVisibleItemCount(15);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(combo);
		return combo;
	}
}
