package org.kefu.model;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.kefu.model.admin.AdminPackage;
import org.kefu.model.desk.DeskPackage;
import org.kefu.model.knowledge.KnowledgePackage;
import org.kefu.model.service.ServicePackage;

/**
 * The Kefu domain model as a whole, for code that works reflectively over it (store, sync, generic tables). Works
 * the same inside OSGi and on a plain class path, where no extension registry announces the packages.
 */
public final class KefuModel {

	/** Annotation source of the store's metadata on classes and attributes. */
	public static final String ANNOTATION = "kefu";

	private KefuModel() {
	}

	public static List<EPackage> packages() {
		return List.of(AdminPackage.eINSTANCE, ServicePackage.eINSTANCE, KnowledgePackage.eINSTANCE,
				DeskPackage.eINSTANCE);
	}

	/** Classes stored, synced and merged as one unit. */
	public static List<EClass> aggregates() {
		return packages().stream().flatMap(p -> p.getEClassifiers().stream()).filter(EClass.class::isInstance)
				.map(EClass.class::cast).filter(KefuModel::isAggregate).toList();
	}

	public static boolean isAggregate(EClass eClass) {
		return "true".equals(annotation(eClass, "aggregate"));
	}

	/** The single-valued attributes the store keeps in their own indexed columns. */
	public static List<EAttribute> indexedAttributes(EClass eClass) {
		return eClass.getEAllAttributes().stream().filter(a -> !a.isMany())
				.filter(a -> a.isID() || "true".equals(annotation(a, "index"))).toList();
	}

	public static EAttribute idAttribute(EClass eClass) {
		EAttribute id = eClass.getEIDAttribute();
		if (id == null) {
			throw new IllegalArgumentException(eClass.getName() + " has no id attribute");
		}
		return id;
	}

	public static String id(EObject aggregate) {
		return EcoreUtil.getID(aggregate);
	}

	public static EClass aggregate(String name) {
		return aggregates().stream().filter(c -> c.getName().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("unknown entity type: " + name));
	}

	private static String annotation(EModelElement element, String key) {
		return element.getEAnnotation(ANNOTATION) == null ? null
				: element.getEAnnotation(ANNOTATION).getDetails().get(key);
	}
}
