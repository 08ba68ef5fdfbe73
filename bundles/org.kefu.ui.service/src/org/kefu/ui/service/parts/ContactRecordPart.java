package org.kefu.ui.service.parts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.kefu.model.service.Channel;
import org.kefu.model.service.ContactRecord;
import org.kefu.service.ContactRecords;
import org.kefu.service.ServiceDesk;
import org.kefu.service.ServiceLabels;
import org.kefu.ui.service.internal.ContactRecordDialog;
import org.kefu.ui.service.internal.Messages;
import org.kefu.ui.service.internal.Tables;
import org.kefu.ui.widgets.Pager;
import org.kefu.ui.widgets.Ui;

/**
 * 受理记录: search the records by any combination of channel, category, result, agent and period, page by page, newest
 * first; and record a contact that has no customer file yet.
 */
public class ContactRecordPart {

	private static final int PAGE = 100;
	private static final int[] PERIOD_DAYS = { 1, 7, 30, 365, 0 };

	private ServiceDesk desk;
	private Combo channel;
	private Combo category;
	private Combo result;
	private Combo period;
	private Text agent;
	private Table table;
	private Pager pager;

	@PostConstruct
	void create(Composite parent, ServiceDesk desk) {
		this.desk = desk;
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Composite filter = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(13).applyTo(filter);
		channel = combo(filter, Messages.Contact_Channel, all(Arrays.stream(Channel.values()).map(ServiceLabels::channel).toList()));
		category = combo(filter, Messages.Contact_Category, all(Arrays.asList(ContactRecordDialog.CATEGORIES)));
		result = combo(filter, Messages.Contact_Result, all(Arrays.asList(ContactRecordDialog.RESULTS)));
		period = combo(filter, Messages.Contact_Period, List.of(Messages.Period_Day, Messages.Period_Week, Messages.Period_Month,
				Messages.Period_Year, Messages.Period_All));
		period.select(2);
		new Label(filter, SWT.NONE).setText(Messages.Contact_Agent);
		agent = new Text(filter, SWT.BORDER);
		GridDataFactory.fillDefaults().hint(70, SWT.DEFAULT).applyTo(agent);
		Ui.button(filter, Messages.Common_Search, () -> load(0));
		Ui.button(filter, Messages.Contact_NewTitle, this::newRecord);
		table = Tables.create(parent, new String[] { Messages.Contact_Time, Messages.Contact_Channel, Messages.Contact_Category,
				Messages.Contact_Content, Messages.Contact_Handling, Messages.Contact_Result, Messages.Contact_Agent,
				Messages.Contact_Customer }, new int[] { 130, 70, 90, 320, 260, 70, 70, 110 });
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		pager = new Pager(parent, PAGE, this::load);
		load(0);
	}

	private void load(int page) {
		ContactRecords.Criteria c = criteria();
		Ui.background(Messages.Contact_Searching, table, () -> desk.contacts().search(c, page * PAGE, PAGE), p -> {
			table.removeAll();
			for (ContactRecord r : p.records()) {
				Tables.row(table, Tables.time(r.getStartTime()), ServiceLabels.channel(r.getChannel()), r.getCategory(), r.getContent(),
						r.getHandling(), r.getResult(), r.getAgentStaffNo(), r.getCustomerId());
			}
			pager.shown(page, p.total());
		});
	}

	private ContactRecords.Criteria criteria() {
		int days = PERIOD_DAYS[period.getSelectionIndex()];
		Instant from = days == 0 ? null : LocalDate.now(ContactRecords.ZONE).minusDays(days - 1L).atStartOfDay(ContactRecords.ZONE).toInstant();
		Instant to = days == 0 ? null : Instant.now().plus(1, ChronoUnit.MINUTES);
		return new ContactRecords.Criteria(null, agent.getText().isBlank() ? null : agent.getText().strip().toUpperCase(),
				channel.getSelectionIndex() <= 0 ? null : Channel.VALUES.get(channel.getSelectionIndex() - 1), null,
				chosen(category), chosen(result), from, to);
	}

	private void newRecord() {
		if (new ContactRecordDialog(table.getShell(), desk, null).open() == 0) {
			load(0);
		}
	}

	private static String chosen(Combo c) {
		return c.getSelectionIndex() <= 0 ? null : c.getItem(c.getSelectionIndex());
	}

	private static List<String> all(List<String> items) {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(Messages.Common_All), items.stream()).toList();
	}

	private static Combo combo(Composite parent, String label, List<String> items) {
		new Label(parent, SWT.NONE).setText(label);
		Combo c = new Combo(parent, SWT.READ_ONLY);
		c.setItems(items.toArray(String[]::new));
		c.setVisibleItemCount(16);
		c.select(0);
		return c;
	}
}
