package org.kefu.ui.service.internal;

import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.IContextFunction;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.kefu.admin.AdminServices;
import org.kefu.service.ServiceDesk;
import org.kefu.store.AggregateStore;
import org.osgi.service.component.annotations.Component;

/**
 * Makes the {@link ServiceDesk} injectable in the workbench, built on the context's store and the logged-in user's
 * {@link AdminServices}, so every service-process part checks that user's rights.
 */
@Component(service = IContextFunction.class, property = IContextFunction.SERVICE_CONTEXT_KEY + "=org.kefu.service.ServiceDesk")
public class ServiceDeskFunction extends ContextFunction {

	@Override
	public Object compute(IEclipseContext context, String contextKey) {
		AggregateStore store = context.get(AggregateStore.class);
		AdminServices admin = context.get(AdminServices.class);
		return store == null || admin == null ? null : new ServiceDesk(store, admin);
	}
}
