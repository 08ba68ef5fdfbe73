package org.kefu.ui.service.parts;

import java.util.List;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.kefu.model.service.Bill;
import org.kefu.model.service.ContactRecord;
import org.kefu.model.service.Customer;
import org.kefu.model.service.CustomerStatus;
import org.kefu.model.service.PointsTransaction;
import org.kefu.model.service.Subscription;
import org.kefu.model.service.Ticket;
import org.kefu.service.CustomerDirectory;
import org.kefu.service.ServiceDesk;
import org.kefu.service.ServiceLabels;
import org.kefu.store.AggregateStore;
import org.kefu.ui.service.internal.ContactRecordDialog;
import org.kefu.ui.service.internal.Messages;
import org.kefu.ui.service.internal.Tables;
import org.kefu.ui.service.internal.TicketDialog;
import org.kefu.ui.widgets.Ui;

/**
 * 用户信息查询: one search field for whatever the agent has (a phone number written any way, an ID card, an account, a
 * name), the matches, and the chosen customer's 360 view: identity, products, bills and balance, points, tags, and the
 * contacts and tickets of the customer, newest first. From here the agent records the contact and raises a ticket.
 * The customer shown is the part's selection, for the parts that work beside it.
 */
public class CustomerPart {

	private static final int MATCHES = 50;

	private ServiceDesk desk;
	private AggregateStore store;
	private ESelectionService selection;
	private Text query;
	private Table matches;
	private List<Customer> found = List.of();
	private Label heading;
	private Label identity;
	private Label account;
	private Label tags;
	private Table products;
	private Table bills;
	private Table points;
	private Table contacts;
	private Table tickets;
	private CustomerDirectory.View view;
	private Button newContact;
	private Button newTicket;

	@PostConstruct
	void create(Composite parent, ServiceDesk desk, AggregateStore store, ESelectionService selection) {
		this.desk = desk;
		this.store = store;
		this.selection = selection;
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		query = new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
		query.setMessage(Messages.Customer_SearchHint);
		GridDataFactory.fillDefaults().hint(360, SWT.DEFAULT).applyTo(query);
		query.addListener(SWT.DefaultSelection, e -> search());
		Ui.button(bar, Messages.Common_Search, this::search);
		new Label(bar, SWT.NONE).setText(Messages.Customer_SearchKinds);

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		matches = Tables.create(sash, new String[] { Messages.Customer_Name, Messages.Customer_Phone, Messages.Customer_Account,
				Messages.Customer_City, Messages.Customer_Level, Messages.Customer_Status }, new int[] { 120, 130, 120, 80, 80, 80 });
		matches.addListener(SWT.Selection, e -> {
			int i = matches.getSelectionIndex();
			if (i >= 0 && i < found.size()) {
				open(found.get(i).getId());
			}
		});
		Composite view360 = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(view360);
		sash.setWeights(1, 3);

		Group info = new Group(view360, SWT.NONE);
		info.setText(Messages.Customer_Info);
		GridLayoutFactory.swtDefaults().applyTo(info);
		GridDataFactory.fillDefaults().grab(false, true).hint(300, SWT.DEFAULT).applyTo(info);
		heading = new Label(info, SWT.WRAP);
		FontData fd = heading.getFont().getFontData()[0];
		Font big = new Font(heading.getDisplay(), fd.getName(), fd.getHeight() + 4, SWT.BOLD);
		heading.addDisposeListener(e -> big.dispose());
		heading.setFont(big);
		identity = wrapping(info);
		account = wrapping(info);
		tags = wrapping(info);
		newContact = Ui.button(info, Messages.Customer_NewContact, this::newContact);
		newTicket = Ui.button(info, Messages.Customer_NewTicket, () -> newTicket(null));

		CTabFolder tabs = new CTabFolder(view360, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		contacts = tab(tabs, Messages.Customer_Contacts, new String[] { Messages.Contact_Time, Messages.Contact_Channel,
				Messages.Contact_Category, Messages.Contact_Content, Messages.Contact_Result, Messages.Contact_Agent },
				new int[] { 140, 70, 90, 360, 70, 70 });
		contacts.addListener(SWT.DefaultSelection, e -> {
			int i = contacts.getSelectionIndex();
			if (view != null && i >= 0) {
				newTicket(view.contacts().get(i));
			}
		});
		tickets = tab(tabs, Messages.Customer_Tickets, new String[] { Messages.Ticket_Number, Messages.Ticket_Type, Messages.Ticket_Title,
				Messages.Ticket_Status, Messages.Ticket_Created }, new int[] { 170, 80, 300, 70, 140 });
		products = tab(tabs, Messages.Customer_Products, new String[] { Messages.Product_Code, Messages.Product_Name,
				Messages.Product_Fee, Messages.Product_Since }, new int[] { 80, 220, 90, 110 });
		bills = tab(tabs, Messages.Customer_Bills, new String[] { Messages.Bill_Period, Messages.Bill_Amount, Messages.Bill_Paid },
				new int[] { 100, 100, 80 });
		points = tab(tabs, Messages.Customer_Points, new String[] { Messages.Points_Time, Messages.Points_Points, Messages.Points_Reason },
				new int[] { 140, 90, 240 });
		tabs.setSelection(0);
		show(null);
	}

	/** Looks the text up in the background; one match opens at once. */
	public void search(String text) {
		query.setText(text);
		search();
	}

	private void search() {
		String text = query.getText();
		Ui.background(Messages.Customer_Searching, matches, () -> desk.customers().find(text, MATCHES), result -> {
			found = result;
			matches.removeAll();
			for (Customer c : result) {
				Tables.row(matches, c.getName(), c.getPhone(), c.getAccount(), c.getCity(), c.getLevel(), status(c.getStatus()));
			}
			if (result.size() == 1) {
				matches.select(0);
				open(result.get(0).getId());
			} else if (result.isEmpty()) {
				show(null);
				heading.setText(NLS.bind(Messages.Customer_NotFound, text));
			}
		});
	}

	/** Shows a customer's 360 view (also what a screen pop calls). */
	public void open(String customerId) {
		Ui.background(Messages.Customer_Loading, matches, () -> desk.customers().view(customerId), this::show);
	}

	public CustomerDirectory.View view() {
		return view;
	}

	private void show(CustomerDirectory.View v) {
		view = v;
		for (Table t : new Table[] { contacts, tickets, products, bills, points }) {
			t.removeAll();
		}
		newContact.setEnabled(v != null);
		newTicket.setEnabled(v != null);
		if (v == null) {
			heading.setText(Messages.Customer_None);
			identity.setText("");
			account.setText("");
			tags.setText("");
			return;
		}
		Customer c = v.customer();
		selection.setSelection(c);
		heading.setText(c.getName() + "　" + status(c.getStatus()) + (c.getLevel() == null ? "" : " · " + c.getLevel()));
		identity.setText(NLS.bind(Messages.Customer_Identity, new Object[] { c.getPhone(), c.getIdNumber(), c.getCity(), c.getAddress() }));
		account.setText(NLS.bind(Messages.Customer_Account360, new Object[] { c.getAccount(), c.getBalance(), c.getPointsBalance() }));
		tags.setText(c.getTags().isEmpty() ? "" : NLS.bind(Messages.Customer_Tags, String.join("、", c.getTags())));
		identity.getParent().layout(true, true);
		for (ContactRecord r : v.contacts()) {
			Tables.row(contacts, Tables.time(r.getStartTime()), r.getChannel() == null ? "" : ServiceLabels.channel(r.getChannel()), r.getCategory(),
					r.getContent(), r.getResult(), r.getAgentStaffNo());
		}
		for (Ticket t : v.tickets()) {
			Tables.row(tickets, t.getNumber(), t.getType(), t.getTitle(), ServiceLabels.status(t.getStatus()), Tables.time(t.getCreatedAt()));
		}
		for (Subscription s : c.getSubscriptions()) {
			Tables.row(products, s.getProductCode(), s.getProductName(), s.getMonthlyFee() + Messages.Unit_PerMonth, Tables.day(s.getStart()));
		}
		for (Bill b : c.getBills()) {
			Tables.row(bills, b.getPeriod(), b.getAmount() + Messages.Unit_Yuan, b.isPaid() ? Messages.Bill_Yes : Messages.Bill_No);
		}
		for (PointsTransaction p : c.getPointsHistory()) {
			Tables.row(points, Tables.time(p.getTime()), Integer.toString(p.getPoints()), p.getReason());
		}
	}

	private void newContact() {
		ContactRecordDialog dialog = new ContactRecordDialog(matches.getShell(), desk, view.customer());
		if (dialog.open() == 0) {
			if ("转工单".equals(dialog.saved().getResult())) {
				newTicket(dialog.saved());
			}
			open(view.customer().getId());
		}
	}

	private void newTicket(ContactRecord from) {
		ContactRecord record = from;
		if (record == null && view != null && !view.contacts().isEmpty()) {
			int i = Math.max(0, contacts.getSelectionIndex());
			record = view.contacts().get(i);
		}
		if (new TicketDialog(matches.getShell(), desk, store, record).open() == 0 && view != null) {
			open(view.customer().getId());
		}
	}

	private static Label wrapping(Composite parent) {
		Label l = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(l);
		return l;
	}

	private static Table tab(CTabFolder tabs, String title, String[] columns, int[] widths) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		Table t = Tables.create(tabs, columns, widths);
		item.setControl(t);
		return t;
	}

	private static String status(CustomerStatus s) {
		return switch (s) {
		case ACTIVE -> Messages.Customer_Active;
		case SUSPENDED -> Messages.Customer_Suspended;
		case CLOSED -> Messages.Customer_Closed;
		};
	}
}
