package org.kefu.ui.internal;

import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.IContextFunction;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.kefu.admin.AdminServices;
import org.kefu.admin.Subject;
import org.kefu.store.AggregateStore;
import org.osgi.service.component.annotations.Component;

/**
 * Makes {@link AdminServices} injectable anywhere in the workbench: computed from the logged-in {@link Subject} and the
 * local {@link AggregateStore} of the context asking, so every part gets services that check that user's rights.
 */
@Component(service = IContextFunction.class, property = IContextFunction.SERVICE_CONTEXT_KEY + "=org.kefu.admin.AdminServices")
public class AdminServicesFunction extends ContextFunction {

	@Override
	public Object compute(IEclipseContext context, String contextKey) {
		Subject subject = context.get(Subject.class);
		AggregateStore store = context.get(AggregateStore.class);
		if (subject == null || store == null) {
			return null;
		}
		// the context caches the result until the subject or the store it read changes
		return new AdminServices(store, subject);
	}
}
