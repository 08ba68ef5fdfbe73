package org.kefu.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.kefu.admin.internal.Messages;
import org.kefu.model.admin.AdminFactory;
import org.kefu.model.admin.AdminPackage.Literals;
import org.kefu.model.admin.Audience;
import org.kefu.model.admin.Enterprise;
import org.kefu.model.admin.EnterpriseKind;
import org.kefu.model.admin.FunctionModule;
import org.kefu.model.admin.Role;
import org.kefu.model.admin.Staff;
import org.kefu.store.AggregateStore;
import org.kefu.store.Query;

/**
 * The permission matrix as data: function modules with who may ever use them, and roles with the modules granted. It
 * is seeded from {@code data/modules.csv} and {@code data/roles.csv} and edited afterwards through
 * {@link PermissionService}.
 */
public final class PermissionCatalogue {

	private final AggregateStore store;

	public PermissionCatalogue(AggregateStore store) {
		this.store = store;
	}

	public List<FunctionModule> modules() {
		return store.query(Query.of(Literals.FUNCTION_MODULE).orderBy(Literals.FUNCTION_MODULE__CODE, true)).stream()
				.map(FunctionModule.class::cast)
				.sorted(java.util.Comparator.comparingInt(FunctionModule::getSortOrder)).toList();
	}

	public Optional<FunctionModule> module(String code) {
		return store.get(Literals.FUNCTION_MODULE, "module:" + code);
	}

	public List<Role> roles() {
		return store.query(Query.of(Literals.ROLE).orderBy(Literals.ROLE__PARTNER_ROLE, true).orderBy(Literals.ROLE__CODE, true));
	}

	public Optional<Role> role(String code) {
		return store.get(Literals.ROLE, "role:" + code);
	}

	/** The name of a zone (service, knowledge, admin…) in the user's language. */
	public static String zoneName(String zone) {
		return switch (zone) {
		case "service" -> Messages.Zone_service;
		case "management" -> Messages.Zone_management;
		case "knowledge" -> Messages.Zone_knowledge;
		case "admin" -> Messages.Zone_admin;
		case "contact" -> Messages.Zone_contact;
		case "desk" -> Messages.Zone_desk;
		case "phone" -> Messages.Zone_phone;
		case "operations" -> Messages.Zone_operations;
		default -> zone;
		};
	}

	/** The name of a module or a role in the user's language. */
	public static String name(String chinese, String english) {
		return english() && english != null && !english.isBlank() ? english : chinese;
	}

	/** The module's name in the user's language, for messages. */
	public String displayName(String code) {
		return module(code).map(m -> english() && m.getNameEn() != null ? m.getNameEn() : m.getName()).orElse(code);
	}

	static boolean english() {
		return Locale.getDefault().getLanguage().equals("en");
	}

	/** Whether a partner enterprise may ever use the module: by the requirements' rules or by its contract. */
	public static boolean partnerMayUse(FunctionModule module, Enterprise enterprise) {
		return module.isPartnerAllowed() || module.isPartnerKnowledgeAllowed()
				|| enterprise != null && enterprise.getContractModules().contains(module.getCode());
	}

	/**
	 * The modules a staff member may use: the union of their roles' modules, less what their enterprise may not use
	 * (a partner never gets more than the rules and its contract allow, whatever the roles say).
	 */
	public Set<String> effectiveModules(Staff staff, Enterprise enterprise) {
		Set<String> modules = new LinkedHashSet<>();
		for (String code : staff.getRoleCodes()) {
			role(code).ifPresent(r -> modules.addAll(r.getModules()));
		}
		if (enterprise != null && enterprise.getKind() == EnterpriseKind.PARTNER) {
			modules.removeIf(code -> module(code).map(m -> !partnerMayUse(m, enterprise)).orElse(true));
		}
		modules.removeIf(code -> module(code).isEmpty());
		return modules;
	}

	/** Writes the seed matrix into an empty store; leaves an edited matrix alone. */
	public void seedIfEmpty() {
		if (store.count(Query.of(Literals.FUNCTION_MODULE)) > 0) {
			return;
		}
		store.transaction(tx -> {
			int order = 0;
			for (CSVRecord r : csv("data/modules.csv")) {
				FunctionModule m = AdminFactory.eINSTANCE.createFunctionModule();
				m.setId("module:" + r.get("code"));
				m.setCode(r.get("code"));
				m.setZone(r.get("zone"));
				m.setName(r.get("name"));
				m.setNameEn(r.get("nameEn"));
				m.setAudience(Audience.valueOf(r.get("audience")));
				m.setPartnerAllowed(Boolean.parseBoolean(r.get("partnerAllowed")));
				m.setPartnerKnowledgeAllowed(Boolean.parseBoolean(r.get("partnerKnowledgeAllowed")));
				m.setSortOrder(order++);
				tx.put(m);
			}
			for (CSVRecord r : csv("data/roles.csv")) {
				Role role = AdminFactory.eINSTANCE.createRole();
				role.setId("role:" + r.get("code"));
				role.setCode(r.get("code"));
				role.setName(r.get("name"));
				role.setNameEn(r.get("nameEn"));
				role.setPartnerRole(Boolean.parseBoolean(r.get("partnerRole")));
				role.getModules().addAll(Arrays.asList(r.get("modules").trim().split("\\s+")));
				tx.put(role);
			}
			return null;
		});
	}

	static List<CSVRecord> csv(String resource) {
		try (InputStream in = PermissionCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the bundle");
			}
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
					.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
		} catch (IOException e) {
			throw new IllegalStateException("cannot read " + resource, e);
		}
	}
}
