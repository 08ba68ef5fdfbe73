package org.kefu.ui.service.internal;

import java.util.Arrays;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.kefu.model.service.Channel;
import org.kefu.model.service.ContactRecord;
import org.kefu.model.service.Customer;
import org.kefu.model.service.Direction;
import org.kefu.model.service.ServiceFactory;
import org.kefu.service.ServiceDesk;
import org.kefu.service.ServiceLabels;
import org.kefu.ui.widgets.Ui;

/**
 * 新建受理记录: channel, direction, category, what the customer asked (受理内容), what was done (受理处理描述), the result
 * and the duration. The record is written when the agent confirms; a refused check keeps the dialog open with the
 * text as typed.
 */
public final class ContactRecordDialog extends LocalizedDialog {

	/** The categories agents choose from; the statistics are counted by them. */
	public static final String[] CATEGORIES = { "话费查询", "话费争议", "宽带故障", "宽带新装", "套餐变更", "积分兑换", "停复机", "携号转网", "投诉",
			"业务咨询", "流量包", "国际漫游", "发票", "实名认证", "光猫更换" };
	public static final String[] RESULTS = { "已解决", "转工单", "待回访", "客户放弃" };

	private final ServiceDesk desk;
	private final Customer customer;
	private Combo channel;
	private Combo direction;
	private Combo category;
	private Text content;
	private Text handling;
	private Combo result;
	private Spinner duration;
	private ContactRecord saved;

	public ContactRecordDialog(Shell shell, ServiceDesk desk, Customer customer) {
		super(shell);
		this.desk = desk;
		this.customer = customer;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(customer == null ? Messages.Contact_NewTitle : Messages.Contact_NewTitle + " · " + customer.getName());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(area);
		channel = combo(area, Messages.Contact_Channel, Arrays.stream(Channel.values()).map(ServiceLabels::channel).toArray(String[]::new));
		channel.select(0);
		direction = combo(area, Messages.Contact_Direction, new String[] { Messages.Contact_Inbound, Messages.Contact_Outbound });
		direction.select(0);
		category = combo(area, Messages.Contact_Category, CATEGORIES);
		result = combo(area, Messages.Contact_Result, RESULTS);
		result.select(0);
		content = area(area, Messages.Contact_Content);
		handling = area(area, Messages.Contact_Handling);
		new Label(area, SWT.NONE).setText(Messages.Contact_Duration);
		duration = new Spinner(area, SWT.BORDER);
		duration.setValues(180, 0, 36_000, 0, 30, 300);
		return area;
	}

	@Override
	protected void okPressed() {
		ContactRecord r = ServiceFactory.eINSTANCE.createContactRecord();
		r.setCustomerId(customer == null ? null : customer.getId());
		r.setChannel(Channel.VALUES.get(channel.getSelectionIndex()));
		r.setDirection(direction.getSelectionIndex() == 1 ? Direction.OUTBOUND : Direction.INBOUND);
		r.setCategory(category.getSelectionIndex() < 0 ? null : category.getItem(category.getSelectionIndex()));
		r.setContent(content.getText());
		r.setHandling(handling.getText());
		r.setResult(result.getItem(result.getSelectionIndex()));
		r.setDurationSeconds(duration.getSelection());
		if (Ui.attempt(getShell(), () -> saved = desk.contacts().create(r))) {
			super.okPressed();
		}
	}

	/** The record written, once the dialog closed with OK. */
	public ContactRecord saved() {
		return saved;
	}

	@Override
	protected String okLabel() {
		return Messages.Contact_Save;
	}

	/** For tests: fills the form as an agent would. */
	public void fill(String categoryName, String what, String done, String resultName) {
		category.select(Arrays.asList(CATEGORIES).indexOf(categoryName));
		content.setText(what);
		handling.setText(done);
		result.select(Arrays.asList(RESULTS).indexOf(resultName));
	}

	private static Combo combo(Composite parent, String label, String[] items) {
		new Label(parent, SWT.NONE).setText(label);
		Combo c = new Combo(parent, SWT.READ_ONLY);
		c.setItems(items);
		c.setVisibleItemCount(16);
		GridDataFactory.fillDefaults().grab(true, false).hint(180, SWT.DEFAULT).applyTo(c);
		return c;
	}

	private static Text area(Composite parent, String label) {
		Label l = new Label(parent, SWT.NONE);
		l.setText(label);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(l);
		Text t = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(520, 80).applyTo(t);
		return t;
	}
}
