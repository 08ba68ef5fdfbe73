package org.kefu.ui.admin.parts;

import java.util.List;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.kefu.admin.AdminServices;
import org.kefu.model.admin.Parameter;
import org.kefu.model.admin.ParameterType;
import org.kefu.ui.admin.internal.Messages;
import org.kefu.ui.widgets.Ui;

/** 参数管理: typed parameters, edited in place and checked against their type, range and choices. */
public class ParameterPart {

	private static final java.util.Map<String, String> CATEGORIES = java.util.Map.of("security", "安全", "sync", "同步", "service",
			"服务", "system", "系统", "desk", "桌面");

	private AdminServices admin;
	private TableViewer viewer;

	@PostConstruct
	void create(Composite parent, AdminServices admin) {
		this.admin = admin;
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.Parameter_Hint);
		Ui.button(bar, Messages.Parameter_Reset, this::reset);
		Ui.button(bar, Messages.Common_Refresh, this::reload);
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Parameter_Category, 90, p -> CATEGORIES.getOrDefault(p.getCategory(), p.getCategory()));
		column(Messages.Parameter_Name, 200, Parameter::getName);
		column(Messages.Parameter_Value, 160, p -> admin.parameters().value(p.getKey())).setEditingSupport(new ValueEditing());
		column(Messages.Parameter_Default, 110, Parameter::getDefaultValue);
		column(Messages.Parameter_Range, 140, ParameterPart::range);
		column(Messages.Parameter_Description, 360, Parameter::getDescription);
		reload();
	}

	public TableViewer viewer() {
		return viewer;
	}

	private TableViewerColumn column(String title, int width, java.util.function.Function<Parameter, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String s = text.apply((Parameter) element);
				return s == null ? "" : s;
			}
		});
		return c;
	}

	static String range(Parameter p) {
		if (p.getType() == ParameterType.CHOICE) {
			return String.join(" | ", p.getChoices());
		}
		if (p.getType() == ParameterType.BOOLEAN) {
			return "true | false";
		}
		boolean min = p.getMinValue() != null && !p.getMinValue().isBlank();
		boolean max = p.getMaxValue() != null && !p.getMaxValue().isBlank();
		return min || max ? (min ? p.getMinValue() : "") + " – " + (max ? p.getMaxValue() : "") : "";
	}

	private void reload() {
		Ui.background("参数", viewer.getControl(), admin.parameters()::all, list -> viewer.setInput(list));
	}

	private void reset() {
		Parameter p = (Parameter) viewer.getStructuredSelection().getFirstElement();
		if (p != null && Ui.attempt(viewer.getControl().getShell(), () -> admin.parameters().resetToDefault(p.getKey()))) {
			reload();
		}
	}

	/** Sets a new value: the service validates it; a refusal is shown and the old value stays. */
	public boolean change(Parameter p, String value) {
		if (Ui.attempt(viewer.getControl().getShell(), () -> admin.parameters().set(p.getKey(), value))) {
			reload();
			return true;
		}
		return false;
	}

	private final class ValueEditing extends EditingSupport {

		ValueEditing() {
			super(viewer);
		}

		private List<String> choices(Parameter p) {
			return p.getType() == ParameterType.BOOLEAN ? List.of("true", "false") : p.getChoices();
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			Parameter p = (Parameter) element;
			if (p.getType() == ParameterType.CHOICE || p.getType() == ParameterType.BOOLEAN) {
				return new ComboBoxCellEditor(viewer.getTable(), choices(p).toArray(String[]::new), SWT.READ_ONLY);
			}
			return new TextCellEditor(viewer.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			Parameter p = (Parameter) element;
			String v = admin.parameters().value(p.getKey());
			return p.getType() == ParameterType.CHOICE || p.getType() == ParameterType.BOOLEAN ? Math.max(0, choices(p).indexOf(v)) : v;
		}

		@Override
		protected void setValue(Object element, Object value) {
			Parameter p = (Parameter) element;
			String v = value instanceof Integer i ? (i < 0 ? null : choices(p).get(i)) : (String) value;
			if (v != null && !v.equals(admin.parameters().value(p.getKey()))) {
				change(p, v);
			}
		}
	}
}
