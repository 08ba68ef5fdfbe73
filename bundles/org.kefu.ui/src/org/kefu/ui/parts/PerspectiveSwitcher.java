package org.kefu.ui.parts;

import java.util.List;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/** One button per perspective the user may use (the filtered ones are not rendered, so they get none). */
public class PerspectiveSwitcher {

	private ToolBar bar;

	@PostConstruct
	void create(Composite parent, MApplication application, EModelService models, EPartService parts) {
		bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
		List<MPerspectiveStack> stacks = models.findElements(application, "org.kefu.ui.perspectivestack",
				MPerspectiveStack.class, null);
		if (stacks.isEmpty()) {
			return;
		}
		MPerspectiveStack stack = stacks.get(0);
		for (MPerspective perspective : stack.getChildren()) {
			if (!perspective.isToBeRendered()) {
				continue;
			}
			ToolItem item = new ToolItem(bar, SWT.RADIO);
			item.setText(perspective.getLocalizedLabel());
			item.setData(perspective.getElementId());
			item.setSelection(perspective == stack.getSelectedElement());
			item.addListener(SWT.Selection, e -> {
				if (item.getSelection()) {
					parts.switchPerspective(perspective);
				}
			});
		}
	}

	/** The ids of the perspectives offered, in order (for tests and the status of the shell). */
	public List<String> offeredPerspectives() {
		return java.util.Arrays.stream(bar.getItems()).map(i -> (String) i.getData()).toList();
	}
}
