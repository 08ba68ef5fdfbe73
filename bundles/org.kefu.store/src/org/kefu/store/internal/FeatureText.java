package org.kefu.store.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Feature values as text for conflict review, in EMF's own literal form so that a value kept for review can be written
 * back exactly. Many-valued attributes are one element per line; contained objects are shown but cannot be restored
 * from text (their lists merge as sets and never conflict).
 */
final class FeatureText {

	private FeatureText() {
	}

	static String format(EStructuralFeature feature, Object value) {
		if (value == null) {
			return null;
		}
		if (feature instanceof EAttribute a) {
			EDataType type = a.getEAttributeType();
			if (a.isMany()) {
				List<String> lines = new ArrayList<>();
				((List<?>) value).forEach(v -> lines.add(EcoreUtil.convertToString(type, v)));
				return String.join("\n", lines);
			}
			return EcoreUtil.convertToString(type, value);
		}
		return String.valueOf(value);
	}

	@SuppressWarnings("unchecked")
	static void apply(EObject target, EStructuralFeature feature, String text) {
		if (!(feature instanceof EAttribute a)) {
			throw new IllegalArgumentException(feature.getName() + " 不能按文本恢复");
		}
		EDataType type = a.getEAttributeType();
		if (a.isMany()) {
			List<Object> values = (List<Object>) target.eGet(a);
			values.clear();
			if (text != null && !text.isEmpty()) {
				for (String line : text.split("\n", -1)) {
					values.add(EcoreUtil.createFromString(type, line));
				}
			}
		} else if (text == null) {
			target.eUnset(a);
		} else {
			target.eSet(a, EcoreUtil.createFromString(type, text));
		}
	}
}
