package org.kefu.ui.admin.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Menu item of the 系统管理 menu: switches to the administration perspective and brings the module's part up. */
public class ShowAdminModuleHandler {

	@Execute
	void execute(MItem item, MApplication application, EModelService models, EPartService parts) {
		List<MPerspective> perspectives = models.findElements(application, "org.kefu.ui.admin.perspective", MPerspective.class, null);
		if (!perspectives.isEmpty()) {
			parts.switchPerspective(perspectives.get(0));
		}
		MPart part = parts.findPart(item.getPersistedState().get("part"));
		if (part != null) {
			parts.showPart(part, EPartService.PartState.ACTIVATE);
		}
	}
}
