package org.kefu.admin;

import java.io.IOException;
import java.io.Writer;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.osgi.util.NLS;
import org.kefu.admin.internal.Messages;
import org.kefu.model.admin.AdminFactory;
import org.kefu.model.admin.AdminPackage.Literals;
import org.kefu.model.admin.Alert;
import org.kefu.model.admin.LogEntry;
import org.kefu.model.admin.LogKind;
import org.kefu.model.admin.LogLevel;
import org.kefu.model.admin.MonitorRule;
import org.kefu.store.AggregateStore;
import org.kefu.store.Query;

/**
 * 日志管理: application, security, system and administration logs in the store, their search and export, and the
 * monitoring rules that turn repeated events (say, failed logins) into alerts.
 */
public final class LogService {

	/** What a person may filter the logs by; {@code null} fields do not filter. */
	public record Filter(LogKind kind, LogLevel level, Date from, Date to, String staffNo, String event, String text) {

		public static Filter all() {
			return new Filter(null, null, null, null, null, null, null);
		}
	}

	private final AggregateStore store;
	private Guard readers;

	public LogService(AggregateStore store) {
		this.store = store;
	}

	/** From now on, reading the logs and alerts needs the 日志管理 module (writing them never does). */
	void guardReading(Guard guard) {
		this.readers = guard;
	}

	private void requireReader() {
		if (readers != null) {
			readers.require(Modules.ADMIN_LOG);
		}
	}

	public LogEntry append(LogKind kind, LogLevel level, String staffNo, String source, String event, String message,
			String details) {
		LogEntry entry = AdminFactory.eINSTANCE.createLogEntry();
		entry.setId(UUID.randomUUID().toString());
		entry.setKind(kind);
		entry.setLevel(level);
		entry.setTime(new Date());
		entry.setStaffNo(staffNo);
		entry.setSource(source);
		entry.setEvent(event);
		entry.setMessage(message);
		entry.setDetails(details);
		store.put(entry);
		monitor(entry);
		return entry;
	}

	public List<LogEntry> search(Filter filter, int offset, int limit) {
		requireReader();
		return store.query(query(filter).orderBy(Literals.LOG_ENTRY__TIME, false).page(offset, limit));
	}

	public long count(Filter filter) {
		requireReader();
		return store.count(query(filter));
	}

	private static Query query(Filter f) {
		Query q = Query.of(Literals.LOG_ENTRY);
		if (f.kind() != null) {
			q.eq(Literals.LOG_ENTRY__KIND, f.kind());
		}
		if (f.level() != null) {
			q.eq(Literals.LOG_ENTRY__LEVEL, f.level());
		}
		if (f.from() != null) {
			q.where(Literals.LOG_ENTRY__TIME, Query.Op.GE, f.from());
		}
		if (f.to() != null) {
			q.where(Literals.LOG_ENTRY__TIME, Query.Op.LT, f.to());
		}
		if (f.staffNo() != null && !f.staffNo().isBlank()) {
			q.eq(Literals.LOG_ENTRY__STAFF_NO, f.staffNo().trim());
		}
		if (f.event() != null && !f.event().isBlank()) {
			q.eq(Literals.LOG_ENTRY__EVENT, f.event().trim());
		}
		if (f.text() != null && !f.text().isBlank()) {
			q.contains(Literals.LOG_ENTRY__MESSAGE, f.text().trim());
		}
		return q;
	}

	/** Writes the entries matching {@code filter} as CSV (UTF-8 with a byte order mark, so Excel shows Chinese). */
	public int exportCsv(Filter filter, Writer out) throws IOException {
		requireReader();
		out.write('\uFEFF');
		int n = 0;
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
				.setHeader("time", "kind", "level", "staffNo", "source", "event", "message").get())) {
			for (int offset = 0;; offset += 1000) {
				List<LogEntry> page = search(filter, offset, 1000);
				for (LogEntry e : page) {
					csv.printRecord(String.format("%tF %<tT", e.getTime()), e.getKind(), e.getLevel(), e.getStaffNo(),
							e.getSource(), e.getEvent(), e.getMessage());
					n++;
				}
				if (page.size() < 1000) {
					return n;
				}
			}
		}
	}

	// --- monitoring -------------------------------------------------------------------------------------------

	public List<MonitorRule> rules() {
		return store.query(Query.of(Literals.MONITOR_RULE).orderBy(Literals.MONITOR_RULE__NAME, true));
	}

	public List<Alert> alerts(boolean onlyOpen) {
		requireReader();
		Query q = Query.of(Literals.ALERT).orderBy(Literals.ALERT__TIME, false);
		if (onlyOpen) {
			q.eq(Literals.ALERT__ACKNOWLEDGED, false);
		}
		return store.query(q);
	}

	public void acknowledge(String alertId, String staffNo) {
		requireReader();
		store.transaction(tx -> {
			Alert a = tx.<Alert>get(Literals.ALERT, alertId).orElseThrow();
			a.setAcknowledged(true);
			a.setAcknowledgedBy(staffNo);
			return tx.put(a);
		});
	}

	/** Raises an alert when an enabled rule's event happened {@code threshold} times within its window. */
	private void monitor(LogEntry entry) {
		if (entry.getEvent() == null) {
			return;
		}
		// a handful of rules: read them all rather than index them
		List<MonitorRule> rules = store.query(Query.of(Literals.MONITOR_RULE));
		for (MonitorRule rule : rules) {
			if (!rule.isEnabled() || !entry.getEvent().equals(rule.getEvent()) || rule.getKind() != entry.getKind()) {
				continue;
			}
			Date since = new Date(entry.getTime().getTime() - rule.getWindowMinutes() * 60_000L);
			Query recent = Query.of(Literals.LOG_ENTRY).eq(Literals.LOG_ENTRY__EVENT, rule.getEvent())
					.eq(Literals.LOG_ENTRY__KIND, rule.getKind()).where(Literals.LOG_ENTRY__TIME, Query.Op.GE, since);
			Query openAlerts = Query.of(Literals.ALERT).eq(Literals.ALERT__RULE_ID, rule.getId())
					.eq(Literals.ALERT__ACKNOWLEDGED, false).where(Literals.ALERT__TIME, Query.Op.GE, since);
			if (rule.isSameStaff()) {
				recent.eq(Literals.LOG_ENTRY__STAFF_NO, entry.getStaffNo());
				openAlerts.eq(Literals.ALERT__STAFF_NO, entry.getStaffNo());
			}
			long count = store.count(recent);
			if (count >= rule.getThreshold() && store.count(openAlerts) == 0) {
				raise(rule, entry, count);
			}
		}
	}

	private void raise(MonitorRule rule, LogEntry entry, long count) {
		Alert alert = AdminFactory.eINSTANCE.createAlert();
		alert.setId(UUID.randomUUID().toString());
		alert.setRuleId(rule.getId());
		alert.setTime(new Date());
		alert.setStaffNo(rule.isSameStaff() ? entry.getStaffNo() : null);
		alert.setMessage(NLS.bind(Messages.Alert_Message, new Object[] { rule.getName(), rule.getWindowMinutes(), count,
				rule.getEvent(), rule.isSameStaff() ? " (" + entry.getStaffNo() + ")" : "" }));
		store.put(alert);
	}
}
