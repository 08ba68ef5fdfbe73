package org.kefu.store.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.kefu.model.KefuModel;

/** Turns an aggregate (with everything it contains) into EMF's compact binary form and back. */
public final class AggregateCodec {

	private static final URI AGGREGATE_URI = URI.createURI("kefu:aggregate.bin");

	private final EPackage.Registry packages = new EPackageRegistryImpl();

	public AggregateCodec() {
		KefuModel.packages().forEach(p -> packages.put(p.getNsURI(), p));
	}

	public byte[] encode(EObject aggregate) {
		// a copy, so that the caller's object keeps its own container and resource
		EObject copy = EcoreUtil.copy(aggregate);
		Resource resource = new BinaryResourceImpl(AGGREGATE_URI);
		resource.getContents().add(copy);
		ByteArrayOutputStream out = new ByteArrayOutputStream(512);
		try {
			resource.save(out, Map.of());
		} catch (IOException e) {
			throw new IllegalStateException("cannot encode " + aggregate.eClass().getName(), e);
		}
		return out.toByteArray();
	}

	@SuppressWarnings("unchecked")
	public <T extends EObject> T decode(byte[] body) {
		ResourceSet set = new ResourceSetImpl();
		set.setPackageRegistry(packages);
		Resource resource = new BinaryResourceImpl(AGGREGATE_URI);
		set.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(body), Map.of());
		} catch (IOException e) {
			throw new IllegalStateException("cannot decode a stored aggregate", e);
		}
		EObject object = resource.getContents().get(0);
		// detach it: callers get a free-standing object, like one they created themselves
		resource.getContents().clear();
		return (T) object;
	}
}
