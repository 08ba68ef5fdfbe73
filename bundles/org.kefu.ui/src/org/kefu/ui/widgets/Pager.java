package org.kefu.ui.widgets;

import java.util.function.IntConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.kefu.ui.internal.Messages;

/** Previous / "共 N 条，第 x/y 页" / next, below a long list; asks its owner to load a page. */
public final class Pager {

	private final int pageSize;
	private final Label info;
	private int page;
	private long total;

	public Pager(Composite parent, int pageSize, IntConsumer load) {
		this.pageSize = pageSize;
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		Ui.button(bar, Messages.Common_Previous, () -> load.accept(Math.max(0, page - 1)));
		info = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(info);
		Ui.button(bar, Messages.Common_Next, () -> load.accept((page + 1L) * pageSize < total ? page + 1 : page));
	}

	/** The page now shown and how many rows there are in all. */
	public void shown(int shownPage, long rows) {
		page = shownPage;
		total = rows;
		info.setText(NLS.bind(Messages.Common_Page, new Object[] { rows, page + 1, Math.max(1, (rows + pageSize - 1) / pageSize) }));
	}

	public int page() {
		return page;
	}

	public int offset(int forPage) {
		return forPage * pageSize;
	}
}
