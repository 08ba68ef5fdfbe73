package org.kefu.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * A zone menu's item: switches to the zone's perspective and brings the module's part up. Both come from the item's
 * persisted state ({@code perspective}, {@code part}), so zone fragments need no handler class of their own.
 */
public class ShowPartHandler {

	@Execute
	void execute(MItem item, MApplication application, EModelService models, EPartService parts) {
		List<MPerspective> perspectives = models.findElements(application, item.getPersistedState().get("perspective"), MPerspective.class, null);
		if (!perspectives.isEmpty()) {
			parts.switchPerspective(perspectives.get(0));
		}
		MPart part = parts.findPart(item.getPersistedState().get("part"));
		if (part != null) {
			parts.showPart(part, EPartService.PartState.ACTIVATE);
		}
	}
}
