package org.kefu.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.kefu.ui.lifecycle.LoginDialog;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs the real Kefu workbench in the test JVM, as the product does: the same application model, the fragments of
 * every installed zone, the lifecycle with its login dialog (typed into like a person would) and the permission
 * filter. {@link #run} logs in, lets the workbench render, hands it to the test, then closes it.
 */
final class RunningWorkbench {

	private RunningWorkbench() {
	}

	/** What a test sees of the running workbench. */
	record Session(Display display, MApplication application, E4Workbench workbench, Shell window) {

		void settle() {
			long until = System.currentTimeMillis() + 300;
			while (System.currentTimeMillis() < until) {
				if (!display.readAndDispatch()) {
					try {
						Thread.sleep(10);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				}
			}
		}

		/** Waits (dispatching events) until {@code condition} holds, at most 20 s. */
		void await(java.util.function.BooleanSupplier condition, String what) {
			long until = System.currentTimeMillis() + 20_000;
			while (!condition.getAsBoolean()) {
				if (System.currentTimeMillis() > until) {
					throw new AssertionError("timed out waiting for " + what);
				}
				if (!display.readAndDispatch()) {
					display.sleep();
				}
			}
		}

		/** Saves what the screen shows to {@code target/screenshots/NAME.png}, for people to look at. */
		void screenshot(String name) {
			screenshot(name, window);
		}

		/** Saves what the screen shows of {@code shell} (a dialog, say). */
		void screenshot(String name, Shell shell) {
			settle();
			Rectangle area = shell.getBounds();
			Image image = new Image(display, area.width, area.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, area.x, area.y);
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { image.getImageData() };
				Path dir = Path.of("target", "screenshots");
				Files.createDirectories(dir);
				loader.save(dir.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
			} catch (java.io.IOException e) {
				throw new IllegalStateException(e);
			} finally {
				gc.dispose();
				image.dispose();
			}
		}
	}

	/** Runs a standalone client (no sync server, its own seeded store). */
	static void run(Path data, String staffNo, String password, Consumer<Session> test) {
		run(data, "none", staffNo, password, test);
	}

	/** Runs a branch client of the sync server at {@code server}. */
	static void run(Path data, String server, String staffNo, String password, Consumer<Session> test) {
		System.setProperty("kefu.data", data.toString());
		System.setProperty("kefu.server", server);
		Display display = Display.getDefault();
		freshModelAssembler();
		Throwable[] failure = new Throwable[1];
		typeIntoLoginDialog(display, staffNo, password);
		E4Application application = new E4Application();
		E4Workbench workbench = application.createE4Workbench(new TestApplicationContext(), display);
		MApplication model = workbench.getApplication();
		display.asyncExec(() -> {
			try {
				Shell window = waitForWindow(display);
				// Xvfb has no window manager: GTK keeps room for decorations nobody draws and clips the bottom trim
				// (the status line) until the window is resized once, as a window manager would do
				Rectangle b = window.getBounds();
				window.setBounds(b.x, b.y, b.width, b.height - 30);
				Session session = new Session(display, model, workbench, window);
				session.settle();
				test.accept(session);
			} catch (Throwable t) {
				failure[0] = t;
			} finally {
				workbench.close();
			}
		});
		try {
			workbench.createAndRunUI(model);
		} finally {
			// E4Application keeps the first application in the service context ("first one wins"); the next workbench of
			// this JVM must get its own, or its fragments would be merged into this closed one
			E4Workbench.getServiceContext().remove(MApplication.class.getName());
		}
		if (failure[0] instanceof Error e) {
			throw e;
		}
		if (failure[0] != null) {
			throw new AssertionError(failure[0]);
		}
	}

	/**
	 * The model assembler is a DS singleton that applies {@code Model-Fragment} headers once per lifetime (a product
	 * starts one workbench per JVM); restarting the component gives every run of this JVM a fresh one, as a new start.
	 */
	private static void freshModelAssembler() {
		BundleContext context = FrameworkUtil.getBundle(RunningWorkbench.class).getBundleContext();
		ServiceReference<ServiceComponentRuntime> ref = context.getServiceReference(ServiceComponentRuntime.class);
		ServiceComponentRuntime scr = context.getService(ref);
		try {
			for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
				if ("org.eclipse.e4.ui.internal.workbench.ModelAssembler".equals(d.implementationClass)) {
					scr.disableComponent(d).getValue();
					scr.enableComponent(d).getValue();
				}
			}
		} catch (java.lang.reflect.InvocationTargetException | InterruptedException e) {
			throw new IllegalStateException("cannot restart the model assembler", e);
		} finally {
			context.ungetService(ref);
		}
	}

	private static Shell waitForWindow(Display display) {
		long until = System.currentTimeMillis() + 20_000;
		while (System.currentTimeMillis() < until) {
			for (Shell s : display.getShells()) {
				if (s.isVisible() && s.getMenuBar() != null) {
					return s;
				}
			}
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		throw new AssertionError("the workbench window did not appear");
	}

	/** Once the login dialog is up and ready, types the credentials and presses 登录, as a person would. */
	private static void typeIntoLoginDialog(Display display, String staffNo, String password) {
		display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				Shell dialog = display.getActiveShell();
				Button login = dialog == null ? null : find(dialog, Button.class, "login");
				if (login == null || !login.isEnabled()) {
					display.timerExec(100, this);
					return;
				}
				find(dialog, Text.class, "staffNo").setText(staffNo);
				find(dialog, Text.class, "password").setText(password);
				login.notifyListeners(SWT.Selection, new Event());
			}
		});
	}

	static <T extends Control> T find(Composite root, Class<T> type, String id) {
		List<T> found = all(root, type, c -> id.equals(c.getData(LoginDialog.WIDGET_ID)));
		return found.isEmpty() ? null : found.get(0);
	}

	static <T extends Control> List<T> all(Composite root, Class<T> type, Predicate<T> filter) {
		List<T> found = new ArrayList<>();
		for (Control c : root.getChildren()) {
			if (type.isInstance(c) && filter.test(type.cast(c))) {
				found.add(type.cast(c));
			}
			if (c instanceof Composite composite) {
				found.addAll(all(composite, type, filter));
			}
		}
		return found;
	}

	/** The arguments the product passes to the E4 application (see org.kefu.ui/plugin.xml). */
	private static final class TestApplicationContext implements IApplicationContext {

		private final Bundle branding = FrameworkUtil.getBundle(org.kefu.ui.KefuSession.class);
		private final Map<String, String> properties = Map.of("applicationXMI", "org.kefu.ui/Application.e4xmi", "lifeCycleURI",
				"bundleclass://org.kefu.ui/org.kefu.ui.lifecycle.KefuLifeCycle", "applicationCSS",
				"platform:/plugin/org.kefu.ui/css/kefu.css", "clearPersistedState", "true", "persistState", "false");

		@Override
		public Map<String, Object> getArguments() {
			return Map.of(IApplicationContext.APPLICATION_ARGS, new String[] { "-clearPersistedState" });
		}

		@Override
		public void applicationRunning() {
		}

		@Override
		public String getBrandingApplication() {
			return "org.eclipse.e4.ui.workbench.swt.E4Application";
		}

		@Override
		public String getBrandingName() {
			return "Kefu";
		}

		@Override
		public String getBrandingDescription() {
			return "Kefu";
		}

		@Override
		public String getBrandingId() {
			return "org.kefu.ui.product";
		}

		@Override
		public String getBrandingProperty(String key) {
			return properties.get(key);
		}

		@Override
		public Bundle getBrandingBundle() {
			return branding;
		}

		@Override
		public void setResult(Object result, IApplication application) {
		}
	}
}
