package org.kefu.model.codegen;

import java.io.File;
import java.util.Collections;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs the EMF generator without an Eclipse workbench: the genmodel's platform:/resource paths are mapped onto the
 * bundle folder given as the only argument, and the model code is written to its src-gen folder.
 */
public final class GenerateModel {

	private static void printDiagnostic(Diagnostic d, String indent) {
		System.out.println(indent + d.getSeverity() + " " + d.getMessage() + (d.getException() != null ? " " + d.getException() : ""));
		if (d.getException() != null) {
			d.getException().printStackTrace(System.out);
		}
		d.getChildren().forEach(c -> printDiagnostic(c, indent + "  "));
	}

	public static void main(String[] args) {
		File bundle = new File(args[0]).getAbsoluteFile();
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		// outside Eclipse no extension point fills this registry
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		URI bundleUri = URI.createFileURI(bundle.getPath() + "/");
		EcorePlugin.getPlatformResourceMap().put("org.kefu.model", bundleUri);
		resources.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/org.kefu.model/", false), bundleUri);

		URI genModelUri = URI.createPlatformResourceURI("/org.kefu.model/model/kefu.genmodel", false);
		GenModel genModel = (GenModel) resources.getResource(genModelUri, true).getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		genModel.setValidateModel(true);
		Diagnostic valid = genModel.diagnose();
		if (valid.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("genmodel is invalid: " + valid);
		}
		Generator generator = new Generator();
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor.Printing(System.out));
		if (result.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("generation failed: " + result);
		}
		System.out.println("generated " + Collections.singletonList(genModel.getModelDirectory()) + " under " + bundle);
	}
}
