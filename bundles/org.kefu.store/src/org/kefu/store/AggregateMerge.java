package org.kefu.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Merges a remote version of an aggregate into the local one, feature by feature, using the {@link FieldClocks} both
 * carry. Works reflectively on any EMF class:
 * <ul>
 * <li>a feature written remotely on top of the local write is taken (fast-forward); one the local write was built on
 * is kept;</li>
 * <li>a feature both sides wrote concurrently goes to the larger {@link Stamp} — the same choice on every node — and
 * the other value is reported as a {@link Conflict} for a person to review;</li>
 * <li>containment lists (ticket steps, points history…) are sets of elements by id: nothing appended anywhere is
 * lost, and an element both sides hold comes from the side that wrote the list later.</li>
 * </ul>
 */
public final class AggregateMerge {

	/** A feature both sides wrote concurrently; {@code remoteWon} tells which value the merge kept. */
	public record Conflict(String feature, Object localValue, Object remoteValue, Stamp localStamp, Stamp remoteStamp,
			boolean remoteWon) {
	}

	public record Result(EObject merged, FieldClocks clocks, List<Conflict> conflicts, boolean changed) {
	}

	private AggregateMerge() {
	}

	public static Result merge(EObject local, FieldClocks localClocks, EObject remote, FieldClocks remoteClocks) {
		EObject merged = EcoreUtil.copy(local);
		FieldClocks clocks = localClocks.copy();
		List<Conflict> conflicts = new ArrayList<>();
		boolean changed = false;
		for (String name : remoteClocks.features()) {
			EStructuralFeature feature = local.eClass().getEStructuralFeature(name);
			FieldClocks.Entry r = remoteClocks.get(name);
			FieldClocks.Entry l = localClocks.get(name);
			if (feature == null) {
				continue; // a feature this model no longer has
			}
			if (feature instanceof EReference ref && ref.isContainment() && ref.isMany()) {
				// always a union, even under an equal stamp: a list merged elsewhere carries the stamp of its later
				// writer but may hold elements of the earlier one that this node has not seen
				boolean remoteLater = l == null || r.stamp().after(l.stamp());
				changed |= union(merged, remote, ref, remoteLater);
				if (remoteLater) {
					clocks.put(name, r);
				}
				continue;
			}
			if (l != null && r.stamp().equals(l.stamp())) {
				continue; // the very same write
			}
			boolean takeRemote;
			if (l == null || l.stamp().equals(r.base())) {
				takeRemote = true; // written remotely on top of what is here
			} else if (r.stamp().equals(l.base())) {
				takeRemote = false; // the local write was made on top of the remote one
			} else {
				takeRemote = r.stamp().after(l.stamp());
				Object mine = local.eGet(feature);
				Object theirs = remote.eGet(feature);
				if (!same(mine, theirs)) {
					conflicts.add(new Conflict(name, mine, theirs, l.stamp(), r.stamp(), takeRemote));
				}
			}
			if (takeRemote) {
				Object value = remote.eGet(feature);
				if (!same(merged.eGet(feature), value)) {
					merged.eSet(feature, feature instanceof EReference ? EcoreUtil.copy((EObject) value) : value);
					changed = true;
				}
				clocks.put(name, r);
				changed = true;
			}
		}
		return new Result(merged, clocks, conflicts, changed);
	}

	private static boolean same(Object a, Object b) {
		if (a instanceof EObject x && b instanceof EObject y) {
			return EcoreUtil.equals(x, y);
		}
		return Objects.equals(a, b);
	}

	/** Adds the remote elements missing here; elements on both sides come from the later writer. */
	@SuppressWarnings("unchecked")
	private static boolean union(EObject merged, EObject remote, EReference ref, boolean remoteLater) {
		EList<EObject> mine = (EList<EObject>) merged.eGet(ref);
		Map<Object, EObject> byKey = new LinkedHashMap<>();
		for (EObject e : mine) {
			byKey.put(key(e), e);
		}
		boolean changed = false;
		for (EObject theirs : (EList<EObject>) remote.eGet(ref)) {
			Object k = key(theirs);
			EObject here = byKey.get(k);
			if (here == null || remoteLater && !EcoreUtil.equals(here, theirs)) {
				byKey.put(k, EcoreUtil.copy(theirs));
				changed = true;
			}
		}
		if (changed) {
			List<EObject> ordered = new ArrayList<>(byKey.values());
			ordered.sort(ELEMENT_ORDER);
			mine.clear();
			mine.addAll(ordered);
		}
		return changed;
	}

	/** An element's identity: its id attribute ("id" or the class's ID), or its whole content when it has none. */
	private static Object key(EObject element) {
		EAttribute id = element.eClass().getEIDAttribute();
		if (id == null) {
			EStructuralFeature f = element.eClass().getEStructuralFeature("id");
			id = f instanceof EAttribute a ? a : null;
		}
		Object value = id == null ? null : element.eGet(id);
		return value != null ? value : new EqualityKey(element);
	}

	/** Elements of a merged list in the same order on every node: by their first date, then by id. */
	private static final Comparator<EObject> ELEMENT_ORDER = Comparator
			.comparing((EObject e) -> firstDate(e), Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(e -> String.valueOf(key(e)));

	private static Date firstDate(EObject e) {
		for (EAttribute a : e.eClass().getEAllAttributes()) {
			if (a.getEAttributeType().getInstanceClass() == Date.class) {
				return (Date) e.eGet(a);
			}
		}
		return null;
	}

	/** Wraps an element without id so that structurally equal elements count as one. */
	private record EqualityKey(EObject element) {

		@Override
		public boolean equals(Object o) {
			return o instanceof EqualityKey k && EcoreUtil.equals(element, k.element);
		}

		@Override
		public int hashCode() {
			return element.eClass().getName().hashCode();
		}

		/** Content, not identity: the order of merged lists must be the same on every node. */
		@Override
		public String toString() {
			StringBuilder s = new StringBuilder(element.eClass().getName());
			element.eClass().getEAllAttributes().forEach(a -> s.append('|').append(element.eGet(a)));
			return s.toString();
		}
	}
}
