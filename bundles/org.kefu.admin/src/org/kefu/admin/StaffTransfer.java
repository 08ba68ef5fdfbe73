package org.kefu.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.eclipse.osgi.util.NLS;
import org.kefu.admin.internal.Messages;
import org.kefu.model.admin.AdminPackage.Literals;
import org.kefu.model.admin.Enterprise;
import org.kefu.model.admin.LogKind;
import org.kefu.model.admin.LogLevel;
import org.kefu.model.admin.OrgUnit;
import org.kefu.model.admin.PostCategory;
import org.kefu.model.admin.Role;
import org.kefu.model.admin.Staff;
import org.kefu.store.AggregateStore;
import org.kefu.store.Query;

/**
 * Imports and exports staff as CSV or XLSX with the eight columns of the requirements. An import saves every valid row
 * and reports each invalid one with its row number and the reason, so a bad row never stops the good ones.
 */
public final class StaffTransfer {

	public static final List<String> COLUMNS = List.of("企业名称", "工号", "姓名", "所属部门", "岗位名称", "岗位类别", "岗位等级",
			"操作权限");

	/** What happened to one row of an import; {@code error == null} means saved. */
	public record RowResult(int row, String staffNo, boolean created, String error) {
	}

	public record Report(List<RowResult> rows) {

		public long saved() {
			return rows.stream().filter(r -> r.error() == null).count();
		}

		public List<RowResult> errors() {
			return rows.stream().filter(r -> r.error() != null).toList();
		}
	}

	private final AggregateStore store;
	private final StaffService staff;
	private final OrgService org;
	private final Guard guard;
	private final LogService log;

	public StaffTransfer(AggregateStore store, StaffService staff, OrgService org, Guard guard, LogService log) {
		this.store = store;
		this.staff = staff;
		this.org = org;
		this.guard = guard;
		this.log = log;
	}

	// --- import ------------------------------------------------------------------------------------------------

	public Report importCsv(InputStream in) {
		try (Reader reader = new InputStreamReader(skipBom(in), StandardCharsets.UTF_8)) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader)) {
				rows.add(r.toMap());
			}
			return importRows(rows);
		} catch (IOException | IllegalArgumentException e) {
			throw new AdminException(NLS.bind(Messages.Import_Unreadable, e.getMessage()));
		}
	}

	public Report importXlsx(InputStream in) {
		try (ReadableWorkbook book = new ReadableWorkbook(in)) {
			Sheet sheet = book.getFirstSheet();
			List<Row> all = sheet.read();
			if (all.isEmpty()) {
				return new Report(List.of());
			}
			List<String> header = all.get(0).stream().map(c -> c == null ? "" : c.getText().trim()).toList();
			List<Map<String, String>> rows = new ArrayList<>();
			for (Row row : all.subList(1, all.size())) {
				Map<String, String> values = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					values.put(header.get(i), row.getCellText(i) == null ? "" : row.getCellText(i).trim());
				}
				rows.add(values);
			}
			return importRows(rows);
		} catch (IOException | RuntimeException e) {
			if (e instanceof AdminException a) {
				throw a;
			}
			throw new AdminException(NLS.bind(Messages.Import_Unreadable, e.getMessage()));
		}
	}

	/** Rows keyed by the Chinese column names; row numbers in the report count the header as row 1. */
	public Report importRows(List<Map<String, String>> rows) {
		guard.require(Modules.ADMIN_STAFF);
		if (!rows.isEmpty()) {
			for (String column : COLUMNS) {
				if (!rows.get(0).containsKey(column)) {
					throw new AdminException(NLS.bind(Messages.Import_MissingColumn, column));
				}
			}
		}
		List<Enterprise> enterprises = org.enterprises();
		List<Role> roles = staff.roles();
		List<RowResult> results = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Map<String, String> row = rows.get(i);
			String no = row.getOrDefault("工号", "");
			try {
				Optional<Staff> existing = staff.byStaffNo(no.trim());
				StaffService.Draft draft = draft(row, enterprises, roles, existing.orElse(null));
				staff.save(draft);
				results.add(new RowResult(i + 2, no, existing.isEmpty(), null));
			} catch (AdminException e) {
				results.add(new RowResult(i + 2, no, false, e.getMessage()));
			}
		}
		Report report = new Report(results);
		log.append(LogKind.APPLICATION, report.errors().isEmpty() ? LogLevel.INFO : LogLevel.WARNING, guard.subject().staffNo(),
				"staff", "STAFF_IMPORTED", "导入人员：成功 " + report.saved() + " 行，失败 " + report.errors().size() + " 行", null);
		return report;
	}

	private StaffService.Draft draft(Map<String, String> row, List<Enterprise> enterprises, List<Role> roles, Staff existing) {
		String enterpriseName = row.get("企业名称");
		Enterprise e = enterprises.stream().filter(x -> x.getName().equals(enterpriseName)).findFirst()
				.orElseThrow(() -> new AdminException(NLS.bind(Messages.Staff_UnknownEnterprise, enterpriseName)));
		String unitName = row.get("所属部门");
		String unitId = null;
		if (unitName != null && !unitName.isBlank()) {
			unitId = org.units(e.getId()).stream()
					.filter(u -> u.getName().equals(unitName) || org.path(u.getId()).equals(unitName)).map(OrgUnit::getId)
					.findFirst().orElseThrow(() -> new AdminException(NLS.bind(Messages.Staff_UnknownOrgUnit, unitName)));
		}
		String categoryText = row.get("岗位类别");
		PostCategory category = StaffService.CATEGORY_LABELS.entrySet().stream()
				.filter(x -> x.getValue().equals(categoryText) || x.getKey().getName().equalsIgnoreCase(categoryText))
				.map(Map.Entry::getKey).findFirst()
				.orElseThrow(() -> new AdminException(NLS.bind(Messages.Staff_UnknownPostCategory, categoryText)));
		int level;
		try {
			level = (int) Double.parseDouble(row.getOrDefault("岗位等级", "").trim());
		} catch (NumberFormatException ex) {
			throw new AdminException(Messages.Staff_LevelRange);
		}
		Set<String> roleCodes = new LinkedHashSet<>();
		for (String token : row.getOrDefault("操作权限", "").split("[;；,，、\\s]+")) {
			if (token.isBlank()) {
				continue;
			}
			roleCodes.add(roles.stream().filter(r -> r.getCode().equals(token) || r.getName().equals(token)).map(Role::getCode)
					.findFirst().orElseThrow(() -> new AdminException(NLS.bind(Messages.Staff_UnknownRole, token))));
		}
		return new StaffService.Draft(existing == null ? null : existing.getId(), e.getId(), row.get("工号"), row.get("姓名"),
				unitId, row.get("岗位名称"), category, level, roleCodes, existing == null ? null : existing.getPhone(),
				existing == null ? null : existing.getEmail(), existing == null || existing.isActive());
	}

	private static InputStream skipBom(InputStream in) throws IOException {
		java.io.PushbackInputStream p = new java.io.PushbackInputStream(in, 3);
		byte[] head = p.readNBytes(3);
		if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
			p.unread(head);
		}
		return p;
	}

	// --- export ------------------------------------------------------------------------------------------------

	/** The rows of an export: staff of one enterprise, or of all when {@code enterpriseId} is null. */
	public List<List<String>> rows(String enterpriseId) {
		guard.require(Modules.ADMIN_STAFF);
		Map<String, String> enterpriseNames = org.enterprises().stream()
				.collect(Collectors.toMap(Enterprise::getId, Enterprise::getName));
		Map<String, String> roleNames = staff.roles().stream().collect(Collectors.toMap(Role::getCode, Role::getName));
		Query q = Query.of(Literals.STAFF).orderBy(Literals.STAFF__STAFF_NO, true);
		if (enterpriseId != null) {
			q.eq(Literals.STAFF__ENTERPRISE_ID, enterpriseId);
		}
		List<List<String>> rows = new ArrayList<>();
		Map<String, String> paths = new LinkedHashMap<>();
		for (Staff s : store.<Staff>query(q)) {
			String unit = s.getOrgUnitId() == null ? "" : paths.computeIfAbsent(s.getOrgUnitId(), org::path);
			rows.add(Arrays.asList(enterpriseNames.getOrDefault(s.getEnterpriseId(), s.getEnterpriseId()), s.getStaffNo(),
					s.getName(), unit, nz(s.getPostName()), StaffService.CATEGORY_LABELS.get(s.getPostCategory()),
					Integer.toString(s.getPostLevel()),
					s.getRoleCodes().stream().map(c -> roleNames.getOrDefault(c, c)).collect(Collectors.joining("、"))));
		}
		return rows;
	}

	public int exportCsv(String enterpriseId, OutputStream out) throws IOException {
		List<List<String>> rows = rows(enterpriseId);
		OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		w.write('\uFEFF');
		CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
		for (List<String> r : rows) {
			csv.printRecord(r);
		}
		csv.flush();
		exported(rows.size(), "CSV");
		return rows.size();
	}

	public int exportXlsx(String enterpriseId, OutputStream out) throws IOException {
		List<List<String>> rows = rows(enterpriseId);
		Workbook book = new Workbook(out, "Kefu", "1.0");
		Worksheet sheet = book.newWorksheet("人员");
		for (int c = 0; c < COLUMNS.size(); c++) {
			sheet.value(0, c, COLUMNS.get(c));
			sheet.style(0, c).bold().set();
		}
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < COLUMNS.size(); c++) {
				sheet.value(r + 1, c, rows.get(r).get(c));
			}
		}
		book.finish();
		exported(rows.size(), "XLSX");
		return rows.size();
	}

	private void exported(int count, String format) {
		log.append(LogKind.APPLICATION, LogLevel.INFO, guard.subject().staffNo(), "staff", "STAFF_EXPORTED",
				"导出人员 " + count + " 条（" + format + "）", null);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
