package org.kefu.store.internal;

import java.util.Locale;

/**
 * The few places where the store's SQL differs between the databases it runs on: embedded Derby on clients and by
 * default on the server, PostgreSQL for a server that several instances share.
 */
public enum Dialect {

	DERBY("BLOB(16M)", "CLOB(1M)", "DOUBLE"),
	POSTGRESQL("BYTEA", "TEXT", "DOUBLE PRECISION");

	private final String binary;
	private final String text;
	private final String doubleType;

	Dialect(String binary, String text, String doubleType) {
		this.binary = binary;
		this.text = text;
		this.doubleType = doubleType;
	}

	public static Dialect of(String jdbcUrl) {
		if (jdbcUrl.startsWith("jdbc:derby:")) {
			return DERBY;
		}
		if (jdbcUrl.startsWith("jdbc:postgresql:")) {
			return POSTGRESQL;
		}
		throw new IllegalArgumentException("不支持的数据库: " + jdbcUrl + "（支持 Derby 与 PostgreSQL）");
	}

	/** Writes the store's DDL (written with Derby's type names) in this database's terms. */
	public String ddl(String sql) {
		if (this == DERBY) {
			return sql;
		}
		return sql.replace("BLOB(16M)", binary).replace("CLOB(1M)", text).replace(" DOUBLE", " " + doubleType);
	}

	/** How the database's metadata spells an unquoted identifier. */
	public String identifier(String name) {
		return this == POSTGRESQL ? name.toLowerCase(Locale.ROOT) : name.toUpperCase(Locale.ROOT);
	}
}
