package org.kefu.ui.admin.parts;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.kefu.admin.AdminException;
import org.kefu.admin.AdminServices;
import org.kefu.admin.PermissionCatalogue;
import org.kefu.admin.StaffService;
import org.kefu.admin.StaffTransfer;
import org.kefu.model.admin.Enterprise;
import org.kefu.model.admin.Role;
import org.kefu.model.admin.Staff;
import org.kefu.ui.admin.internal.ImportReportDialog;
import org.kefu.ui.admin.internal.Messages;
import org.kefu.ui.widgets.Pager;
import org.kefu.ui.admin.internal.StaffDialog;
import org.kefu.ui.widgets.Ui;

/** 人员管理: staff of all enterprises in the eight dimensions; create, edit, passwords, lock-outs, import and export. */
public class StaffPart {

	private static final int PAGE = 100;

	private AdminServices admin;
	private Combo enterprise;
	private Text search;
	private Table table;
	private Pager pager;
	private List<Enterprise> enterprises = List.of();

	@PostConstruct
	void create(Composite parent, AdminServices admin) {
		this.admin = admin;
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Composite filter = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(filter);
		new Label(filter, SWT.NONE).setText(Messages.Staff_Enterprise);
		enterprise = new Combo(filter, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(enterprise);
		search = new Text(filter, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
		search.setMessage(Messages.Staff_SearchHint);
		GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(search);
		Ui.button(filter, Messages.Common_Search, () -> load(0));
		search.addListener(SWT.DefaultSelection, e -> load(0));
		enterprise.addListener(SWT.Selection, e -> load(0));

		Composite actions = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(actions);
		Ui.button(actions, Messages.Staff_New, () -> edit(null));
		Ui.button(actions, Messages.Staff_Edit, () -> withSelected(this::edit));
		Ui.button(actions, Messages.Staff_ResetPassword, () -> withSelected(this::resetPassword));
		Ui.button(actions, Messages.Staff_Unlock, () -> withSelected(s -> {
			if (Ui.attempt(table.getShell(), () -> admin.staff().unlock(s.getId()))) {
				MessageDialog.openInformation(table.getShell(), Messages.Staff_Unlock, NLS.bind(Messages.Staff_Unlocked, s.getName()));
				load(pager.page());
			}
		}));
		Ui.button(actions, Messages.Common_Import, this::importFile);
		Ui.button(actions, Messages.Common_Export, this::exportFile);

		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		int[] widths = { 150, 80, 80, 200, 110, 80, 70, 160, 70 };
		String[] titles = { Messages.Staff_Enterprise, Messages.Staff_No, Messages.Staff_Name, Messages.Staff_Unit,
				Messages.Staff_PostName, Messages.Staff_PostCategory, Messages.Staff_PostLevel, Messages.Staff_Roles, Messages.Staff_State };
		for (int i = 0; i < titles.length; i++) {
			Ui.column(table, titles[i], widths[i]);
		}
		table.addListener(SWT.DefaultSelection, e -> withSelected(this::edit));

		pager = new Pager(parent, PAGE, this::load);

		Ui.background("人员", table, admin.org()::enterprises, list -> {
			enterprises = list;
			enterprise.add(Messages.Common_All);
			list.forEach(e -> enterprise.add(e.getName()));
			enterprise.select(0);
			enterprise.getParent().layout(true);
			load(0);
		});
	}

	public Table table() {
		return table;
	}

	private String enterpriseId() {
		int i = enterprise.getSelectionIndex();
		return i <= 0 ? null : enterprises.get(i - 1).getId();
	}

	private void load(int newPage) {
		String ent = enterpriseId();
		String text = search.getText();
		Ui.background("人员", table, () -> {
			long count = admin.staff().count(ent, null, text);
			List<Staff> list = admin.staff().search(ent, null, text, pager.offset(newPage), PAGE);
			Map<String, String> paths = list.stream().map(Staff::getOrgUnitId).filter(java.util.Objects::nonNull).distinct()
					.collect(Collectors.toMap(id -> id, admin.org()::path));
			return new Object[] { count, list, paths };
		}, result -> show(newPage, (Long) result[0], cast(result[1]), cast(result[2])));
	}

	@SuppressWarnings("unchecked")
	private static <T> T cast(Object o) {
		return (T) o;
	}

	private void show(int newPage, long count, List<Staff> list, Map<String, String> paths) {
		Map<String, String> names = enterprises.stream().collect(Collectors.toMap(Enterprise::getId, Enterprise::getName));
		Map<String, String> roleNames = admin.staff().roles().stream()
				.collect(Collectors.toMap(Role::getCode, r -> PermissionCatalogue.name(r.getName(), r.getNameEn())));
		table.removeAll();
		Date now = new Date();
		for (Staff s : list) {
			TableItem item = new TableItem(table, SWT.NONE);
			String state = !s.isActive() ? Messages.Staff_Inactive
					: s.getLockedUntil() != null && s.getLockedUntil().after(now) ? Messages.Staff_Locked : Messages.Staff_Active;
			item.setText(new String[] { names.getOrDefault(s.getEnterpriseId(), s.getEnterpriseId()), s.getStaffNo(), s.getName(),
					paths.getOrDefault(s.getOrgUnitId(), ""), nz(s.getPostName()), StaffService.CATEGORY_LABELS.get(s.getPostCategory()),
					Integer.toString(s.getPostLevel()),
					s.getRoleCodes().stream().map(c -> roleNames.getOrDefault(c, c)).collect(Collectors.joining("、")), state });
			item.setData(s);
		}
		pager.shown(newPage, count);
	}

	private void withSelected(java.util.function.Consumer<Staff> action) {
		if (table.getSelectionCount() == 0) {
			MessageDialog.openInformation(table.getShell(), Messages.Error_Title, Messages.Staff_SelectOne);
			return;
		}
		action.accept((Staff) table.getSelection()[0].getData());
	}

	private void edit(Staff staff) {
		StaffDialog dialog = new StaffDialog(table.getShell(), admin, staff);
		if (dialog.open() == Window.OK) {
			load(pager.page());
		}
	}

	private void resetPassword(Staff s) {
		int min = admin.parameters().intValue("security.password.minLength");
		InputDialog ask = new InputDialog(table.getShell(), Messages.Staff_ResetPassword,
				NLS.bind(Messages.Staff_NewPassword, s.getName(), min), "", null) {
			@Override
			protected int getInputTextStyle() {
				return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
			}
		};
		if (ask.open() == Window.OK && Ui.attempt(table.getShell(), () -> admin.staff().setPassword(s.getId(), ask.getValue().toCharArray()))) {
			MessageDialog.openInformation(table.getShell(), Messages.Staff_ResetPassword, NLS.bind(Messages.Staff_PasswordSet, s.getName()));
			load(pager.page());
		}
	}

	private void importFile() {
		FileDialog dialog = new FileDialog(table.getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.xlsx;*.csv", "*.*" });
		String path = dialog.open();
		if (path == null) {
			return;
		}
		Ui.background("导入人员", table, () -> {
			try (InputStream in = new FileInputStream(path)) {
				StaffTransfer transfer = admin.staffTransfer();
				return path.toLowerCase().endsWith(".xlsx") ? transfer.importXlsx(in) : transfer.importCsv(in);
			} catch (IOException e) {
				throw new AdminException(e.getMessage());
			}
		}, report -> {
			new ImportReportDialog(table.getShell(), report).open();
			load(0);
		});
	}

	private void exportFile() {
		FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" });
		dialog.setFileName("人员.xlsx");
		dialog.setOverwrite(true);
		String path = dialog.open();
		if (path == null) {
			return;
		}
		String ent = enterpriseId();
		Ui.background("导出人员", table, () -> {
			try (OutputStream out = new FileOutputStream(path)) {
				StaffTransfer transfer = admin.staffTransfer();
				return path.toLowerCase().endsWith(".csv") ? transfer.exportCsv(ent, out) : transfer.exportXlsx(ent, out);
			} catch (IOException e) {
				throw new AdminException(e.getMessage());
			}
		}, n -> MessageDialog.openInformation(table.getShell(), Messages.Common_Export, NLS.bind(Messages.Export_Done, n, path)));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
