package org.kefu.ui.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Applies the permission matrix to the application model once it is assembled from all fragments: any element
 * tagged {@code kefu.module:<code>} stays only if the user may use one of its modules. UI elements are not rendered,
 * handlers, key bindings and part descriptors are removed, so a hidden function can be neither seen nor invoked. A
 * zone only tags its elements; it writes no permission code of its own.
 */
public final class ModelPermissionFilter {

	public static final String TAG_PREFIX = "kefu.module:";

	private ModelPermissionFilter() {
	}

	/** Returns the elements that were hidden or removed. */
	public static List<MApplicationElement> apply(MApplication application, Predicate<String> mayUse) {
		List<MApplicationElement> denied = new ArrayList<>();
		for (TreeIterator<EObject> it = ((EObject) application).eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof MApplicationElement e && !allowed(e, mayUse)) {
				denied.add(e);
				it.prune();
			}
		}
		for (MApplicationElement e : denied) {
			if (e instanceof MUIElement ui) {
				ui.setToBeRendered(false);
				ui.setVisible(false);
			} else if (e instanceof MHandler || e instanceof MKeyBinding || e instanceof MPartDescriptor) {
				EcoreUtil.remove((EObject) e);
			}
		}
		selectFirstRenderedPerspective(application);
		return denied;
	}

	static boolean allowed(MApplicationElement element, Predicate<String> mayUse) {
		List<String> modules = element.getTags().stream().filter(t -> t.startsWith(TAG_PREFIX))
				.map(t -> t.substring(TAG_PREFIX.length())).toList();
		return modules.isEmpty() || modules.stream().anyMatch(mayUse);
	}

	private static void selectFirstRenderedPerspective(MApplication application) {
		for (Iterator<EObject> it = ((EObject) application).eAllContents(); it.hasNext();) {
			if (it.next() instanceof MPerspectiveStack stack) {
				MPerspective selected = stack.getSelectedElement();
				if (selected == null || !selected.isToBeRendered()) {
					stack.setSelectedElement(firstRendered(stack));
				}
			}
		}
	}

	private static MPerspective firstRendered(MElementContainer<MPerspective> stack) {
		return stack.getChildren().stream().filter(MUIElement::isToBeRendered).findFirst().orElse(null);
	}
}
