package org.kefu.store.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.common.util.Enumerator;
import org.kefu.model.KefuModel;

/**
 * How one aggregate class maps to SQL: table {@code A_<CLASS>} with the id, a revision, the binary body and one
 * indexed column {@code I_<ATTRIBUTE>} per indexed attribute. Derived from the model, never written per entity.
 */
public final class AggregateTable {

	static final int VARCHAR_LENGTH = 512;

	private final EClass type;
	private final List<EAttribute> indexed;

	public AggregateTable(EClass type) {
		if (!KefuModel.isAggregate(type)) {
			throw new IllegalArgumentException(type.getName() + " is not an aggregate");
		}
		this.type = type;
		this.indexed = KefuModel.indexedAttributes(type).stream().filter(a -> !a.isID()).toList();
	}

	public EClass type() {
		return type;
	}

	public String name() {
		return "A_" + snake(type.getName());
	}

	public List<EAttribute> indexed() {
		return indexed;
	}

	public static String column(EAttribute attribute) {
		return attribute.isID() ? "ID" : "I_" + snake(attribute.getName());
	}

	public boolean isIndexed(EAttribute attribute) {
		return attribute.isID() && attribute.getEContainingClass().isSuperTypeOf(type) || indexed.contains(attribute);
	}

	static String sqlType(EAttribute attribute) {
		EClassifier t = attribute.getEAttributeType();
		if (t instanceof EEnum) {
			return "VARCHAR(64)";
		}
		Class<?> c = t.getInstanceClass();
		if (c == int.class || c == Integer.class) {
			return "INTEGER";
		}
		if (c == long.class || c == Long.class) {
			return "BIGINT";
		}
		if (c == boolean.class || c == Boolean.class) {
			return "BOOLEAN";
		}
		if (c == double.class || c == Double.class) {
			return "DOUBLE";
		}
		if (c == BigDecimal.class) {
			return "DECIMAL(19,4)";
		}
		if (c == Date.class) {
			return "TIMESTAMP";
		}
		if (t == EcorePackage.Literals.ESTRING) {
			return "VARCHAR(" + VARCHAR_LENGTH + ")";
		}
		throw new IllegalArgumentException("cannot index " + attribute.getName() + " of type " + t.getName());
	}

	/** Binds a model value (as found in an EObject or given in a query) to a statement parameter. */
	static void bind(PreparedStatement statement, int index, EAttribute attribute, Object value) throws SQLException {
		if (value == null) {
			statement.setNull(index, sqlTypeCode(attribute));
		} else if (value instanceof Enumerator e) {
			statement.setString(index, e.getName());
		} else if (value instanceof EEnumLiteral l) {
			statement.setString(index, l.getName());
		} else if (value instanceof Date d) {
			statement.setTimestamp(index, new Timestamp(d.getTime()));
		} else if (value instanceof String s && s.length() > VARCHAR_LENGTH) {
			// indexed columns hold a prefix; the body keeps the whole text
			statement.setString(index, s.substring(0, VARCHAR_LENGTH));
		} else {
			statement.setObject(index, value);
		}
	}

	/** Reads an indexed column back as the model's value type (enums as their literal name). */
	static Object read(ResultSet rows, int index, EAttribute attribute) throws SQLException {
		Object value = rows.getObject(index);
		if (value instanceof Timestamp ts) {
			return new Date(ts.getTime());
		}
		return value;
	}

	private static int sqlTypeCode(EAttribute attribute) {
		String sql = sqlType(attribute);
		return switch (sql.replaceAll("\\(.*", "")) {
		case "INTEGER" -> Types.INTEGER;
		case "BIGINT" -> Types.BIGINT;
		case "BOOLEAN" -> Types.BOOLEAN;
		case "DOUBLE" -> Types.DOUBLE;
		case "DECIMAL" -> Types.DECIMAL;
		case "TIMESTAMP" -> Types.TIMESTAMP;
		default -> Types.VARCHAR;
		};
	}

	static String snake(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
	}
}
