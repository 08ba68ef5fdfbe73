package org.kefu.ui.admin.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.kefu.admin.AdminServices;
import org.kefu.model.admin.Enterprise;
import org.kefu.model.admin.EnterpriseKind;
import org.kefu.model.admin.OrgUnit;
import org.kefu.ui.admin.internal.ChoiceDialog;
import org.kefu.ui.admin.internal.Messages;
import org.kefu.ui.widgets.Ui;

/** 组织管理: the org tree of every enterprise, with add, rename, move and delete. */
public class OrgPart {

	private AdminServices admin;
	private TreeViewer tree;
	private Label details;
	/** Units per enterprise, loaded in the background and shown as a tree by parent id. */
	private final Map<String, List<OrgUnit>> units = new HashMap<>();
	private List<Enterprise> enterprises = List.of();

	@PostConstruct
	void create(Composite parent, AdminServices admin) {
		this.admin = admin;
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(buttons);
		Ui.button(buttons, Messages.Org_AddTop, () -> add(true));
		Ui.button(buttons, Messages.Org_Add, () -> add(false));
		Ui.button(buttons, Messages.Org_Rename, this::rename);
		Ui.button(buttons, Messages.Org_Move, this::move);
		Ui.button(buttons, Messages.Org_Delete, this::delete);
		Ui.button(buttons, Messages.Common_Refresh, this::reload);

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		tree = new TreeViewer(sash, SWT.BORDER | SWT.SINGLE);
		tree.setContentProvider(new Tree());
		tree.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof Enterprise e) {
					return e.getName() + (e.getKind() == EnterpriseKind.PARTNER ? Messages.Common_Partner : "");
				}
				return ((OrgUnit) element).getName();
			}
		});
		tree.addSelectionChangedListener(e -> showDetails());
		details = new Label(sash, SWT.WRAP);
		sash.setWeights(3, 2);
		reload();
	}

	public TreeViewer viewer() {
		return tree;
	}

	private void reload() {
		Ui.background("组织", tree.getControl(), () -> {
			Map<String, List<OrgUnit>> loaded = new HashMap<>();
			List<Enterprise> all = admin.org().enterprises();
			all.forEach(e -> loaded.put(e.getId(), admin.org().units(e.getId())));
			return Map.entry(all, loaded);
		}, result -> {
			Object[] expanded = tree.getExpandedElements();
			enterprises = result.getKey();
			units.clear();
			units.putAll(result.getValue());
			tree.setInput(enterprises);
			if (expanded.length == 0) {
				tree.expandToLevel(3);
			} else {
				restoreExpansion(expanded);
			}
			showDetails();
		});
	}

	private void restoreExpansion(Object[] expanded) {
		List<Object> same = new ArrayList<>();
		for (Object old : expanded) {
			String id = old instanceof Enterprise e ? e.getId() : ((OrgUnit) old).getId();
			for (Enterprise e : enterprises) {
				if (e.getId().equals(id)) {
					same.add(e);
				}
				units.getOrDefault(e.getId(), List.of()).stream().filter(u -> u.getId().equals(id)).forEach(same::add);
			}
		}
		tree.setExpandedElements(same.toArray());
	}

	private Object selected() {
		return tree.getStructuredSelection().getFirstElement();
	}

	private void showDetails() {
		if (selected() instanceof OrgUnit u) {
			List<OrgUnit> children = children(u.getEnterpriseId(), u.getId());
			details.setText(NLS.bind(Messages.Org_Details, new Object[] { admin.org().path(u.getId()),
					admin.staff().count(u.getEnterpriseId(), u.getId(), null), children.size() }));
		} else {
			details.setText("");
		}
	}

	private void add(boolean top) {
		Object sel = selected();
		String enterpriseId = sel instanceof Enterprise e ? e.getId() : sel instanceof OrgUnit u ? u.getEnterpriseId() : null;
		if (enterpriseId == null) {
			MessageDialog.openInformation(tree.getControl().getShell(), Messages.Error_Title, Messages.Org_SelectUnit);
			return;
		}
		String parentId = !top && sel instanceof OrgUnit u ? u.getId() : null;
		InputDialog ask = new InputDialog(tree.getControl().getShell(), Messages.Org_Add, Messages.Org_NamePrompt, "", null);
		if (ask.open() == Window.OK && Ui.attempt(tree.getControl().getShell(), () -> admin.org().add(enterpriseId, parentId, ask.getValue()))) {
			reload();
		}
	}

	private void rename() {
		if (!(selected() instanceof OrgUnit u)) {
			MessageDialog.openInformation(tree.getControl().getShell(), Messages.Error_Title, Messages.Org_SelectUnit);
			return;
		}
		InputDialog ask = new InputDialog(tree.getControl().getShell(), Messages.Org_Rename, Messages.Org_NamePrompt, u.getName(), null);
		if (ask.open() == Window.OK && Ui.attempt(tree.getControl().getShell(), () -> admin.org().rename(u.getId(), ask.getValue()))) {
			reload();
		}
	}

	private void move() {
		if (!(selected() instanceof OrgUnit u)) {
			MessageDialog.openInformation(tree.getControl().getShell(), Messages.Error_Title, Messages.Org_SelectUnit);
			return;
		}
		List<Object> targets = new ArrayList<>();
		targets.add(Messages.Org_Top);
		units.getOrDefault(u.getEnterpriseId(), List.of()).stream().filter(t -> !t.getId().equals(u.getId())).forEach(targets::add);
		ChoiceDialog<Object> choose = new ChoiceDialog<>(tree.getControl().getShell(), Messages.Org_MoveTitle,
				NLS.bind(Messages.Org_MovePrompt, u.getName()), targets,
				t -> t instanceof OrgUnit unit ? admin.org().path(unit.getId()) : t.toString());
		if (choose.open() != Window.OK || choose.choice() == null) {
			return;
		}
		String target = choose.choice() instanceof OrgUnit t ? t.getId() : null;
		if (Ui.attempt(tree.getControl().getShell(), () -> admin.org().move(u.getId(), target))) {
			reload();
		}
	}

	private void delete() {
		if (!(selected() instanceof OrgUnit u)) {
			MessageDialog.openInformation(tree.getControl().getShell(), Messages.Error_Title, Messages.Org_SelectUnit);
			return;
		}
		if (MessageDialog.openConfirm(tree.getControl().getShell(), Messages.Common_Confirm, NLS.bind(Messages.Org_DeleteConfirm, u.getName()))
				&& Ui.attempt(tree.getControl().getShell(), () -> admin.org().delete(u.getId()))) {
			reload();
		}
	}

	private List<OrgUnit> children(String enterpriseId, String parentId) {
		return units.getOrDefault(enterpriseId, List.of()).stream().filter(u -> Objects.equals(u.getParentId(), parentId)).toList();
	}

	/** Enterprises at the top, their units below by parent id. */
	private final class Tree implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object element) {
			if (element instanceof Enterprise e) {
				return children(e.getId(), null).toArray();
			}
			OrgUnit u = (OrgUnit) element;
			return children(u.getEnterpriseId(), u.getId()).toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}
}
