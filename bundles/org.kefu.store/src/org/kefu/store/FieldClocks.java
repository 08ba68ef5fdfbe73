package org.kefu.store;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The write history an aggregate carries for field-level merge: for each feature, the stamp of its last write and the
 * stamp that write replaced (its base). A remote write whose base is the local stamp was made on top of what this node
 * has; one whose stamp is the local base is already superseded here; anything else is concurrent.
 */
public final class FieldClocks {

	/** The stamp of the last write of a feature, and the stamp it replaced ({@code null} for the first write). */
	public record Entry(Stamp stamp, Stamp base) {
	}

	private final Map<String, Entry> entries = new TreeMap<>();

	public Entry get(String feature) {
		return entries.get(feature);
	}

	public Stamp stamp(String feature) {
		Entry e = entries.get(feature);
		return e == null ? null : e.stamp();
	}

	public void put(String feature, Entry entry) {
		entries.put(feature, entry);
	}

	/** Records a local write of {@code feature} at {@code stamp} on top of what was there. */
	public void written(String feature, Stamp stamp) {
		entries.put(feature, new Entry(stamp, stamp(feature)));
	}

	public Set<String> features() {
		return Collections.unmodifiableSet(entries.keySet());
	}

	public boolean isEmpty() {
		return entries.isEmpty();
	}

	public FieldClocks copy() {
		FieldClocks c = new FieldClocks();
		c.entries.putAll(entries);
		return c;
	}

	/** One line per feature: {@code name=stamp<base}. */
	public String encode() {
		StringBuilder s = new StringBuilder();
		entries.forEach((feature, e) -> s.append(feature).append('=').append(e.stamp()).append('<')
				.append(e.base() == null ? "" : e.base()).append('\n'));
		return s.toString();
	}

	public static FieldClocks decode(String text) {
		FieldClocks c = new FieldClocks();
		if (text == null) {
			return c;
		}
		for (String line : text.split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			int eq = line.indexOf('=');
			int lt = line.indexOf('<', eq);
			String base = line.substring(lt + 1);
			c.entries.put(line.substring(0, eq),
					new Entry(Stamp.parse(line.substring(eq + 1, lt)), base.isEmpty() ? null : Stamp.parse(base)));
		}
		return c;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof FieldClocks f && f.entries.equals(entries);
	}

	@Override
	public int hashCode() {
		return entries.hashCode();
	}

	@Override
	public String toString() {
		return encode();
	}
}
