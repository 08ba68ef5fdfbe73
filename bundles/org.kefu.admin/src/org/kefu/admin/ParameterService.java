package org.kefu.admin;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.kefu.admin.internal.Messages;
import org.kefu.model.admin.LogKind;
import org.kefu.model.admin.LogLevel;
import org.kefu.model.admin.AdminPackage.Literals;
import org.kefu.model.admin.Parameter;
import org.kefu.model.admin.ParameterType;
import org.kefu.store.AggregateStore;
import org.kefu.store.Query;

/** 参数管理: typed system parameters, validated on every change, each with a default to fall back to. */
public final class ParameterService {

	private final AggregateStore store;
	private final Guard guard;
	private final LogService log;

	public ParameterService(AggregateStore store, Guard guard, LogService log) {
		this.store = store;
		this.guard = guard;
		this.log = log;
	}

	public List<Parameter> all() {
		return store.query(Query.of(Literals.PARAMETER).orderBy(Literals.PARAMETER__CATEGORY, true)
				.orderBy(Literals.PARAMETER__KEY, true));
	}

	/** The effective value: the set value, or the default when none is set. Readable by everyone. */
	public String value(String key) {
		Parameter p = find(key);
		return p.getValue() == null || p.getValue().isBlank() ? p.getDefaultValue() : p.getValue();
	}

	public int intValue(String key) {
		return Integer.parseInt(value(key).trim());
	}

	public boolean booleanValue(String key) {
		return Boolean.parseBoolean(value(key).trim());
	}

	public BigDecimal decimalValue(String key) {
		return new BigDecimal(value(key).trim());
	}

	/** Sets a value after checking it against the parameter's type, range and choices. */
	public Parameter set(String key, String value) {
		guard.require(Modules.ADMIN_PARAMETER);
		Parameter p = find(key);
		String checked = validate(p, value);
		String old = value(key);
		p.setValue(checked);
		store.put(p);
		log.append(LogKind.ADMIN, LogLevel.INFO, guard.subject().staffNo(), "parameter", "PARAMETER_CHANGED",
				key + ": " + old + " → " + checked, null);
		return p;
	}

	public Parameter resetToDefault(String key) {
		guard.require(Modules.ADMIN_PARAMETER);
		Parameter p = find(key);
		p.setValue(null);
		store.put(p);
		log.append(LogKind.ADMIN, LogLevel.INFO, guard.subject().staffNo(), "parameter", "PARAMETER_RESET", key, null);
		return p;
	}

	/** Returns the normalised value, or throws with a message that names the parameter and the rule broken. */
	public static String validate(Parameter p, String raw) {
		String name = p.getName();
		String v = raw == null ? "" : raw.trim();
		if (v.isEmpty()) {
			throw new AdminException(NLS.bind(Messages.Parameter_Required, name));
		}
		ParameterType type = p.getType();
		switch (type) {
		case INTEGER, DURATION_MINUTES -> {
			long n;
			try {
				n = Long.parseLong(v);
			} catch (NumberFormatException e) {
				throw new AdminException(NLS.bind(Messages.Parameter_NotInteger, name));
			}
			checkRange(p, BigDecimal.valueOf(n));
			return Long.toString(n);
		}
		case DECIMAL -> {
			BigDecimal d;
			try {
				d = new BigDecimal(v);
			} catch (NumberFormatException e) {
				throw new AdminException(NLS.bind(Messages.Parameter_NotDecimal, name));
			}
			checkRange(p, d);
			return d.toPlainString();
		}
		case BOOLEAN -> {
			if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
				throw new AdminException(NLS.bind(Messages.Parameter_NotBoolean, name));
			}
			return v.toLowerCase(java.util.Locale.ROOT);
		}
		case CHOICE -> {
			if (!p.getChoices().contains(v)) {
				throw new AdminException(NLS.bind(Messages.Parameter_NotAChoice, name, String.join(", ", p.getChoices())));
			}
			return v;
		}
		default -> {
			return v;
		}
		}
	}

	private static void checkRange(Parameter p, BigDecimal value) {
		if (p.getMinValue() != null && !p.getMinValue().isBlank() && value.compareTo(new BigDecimal(p.getMinValue())) < 0) {
			throw new AdminException(NLS.bind(Messages.Parameter_BelowMin, p.getName(), p.getMinValue()));
		}
		if (p.getMaxValue() != null && !p.getMaxValue().isBlank() && value.compareTo(new BigDecimal(p.getMaxValue())) > 0) {
			throw new AdminException(NLS.bind(Messages.Parameter_AboveMax, p.getName(), p.getMaxValue()));
		}
	}

	private Parameter find(String key) {
		return store.<Parameter>get(Literals.PARAMETER, "param:" + key)
				.orElseThrow(() -> new AdminException(NLS.bind(Messages.Parameter_Unknown, key)));
	}
}
