package org.kefu.service;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;

import org.kefu.model.service.BusinessCalendar;

/**
 * The working time of a {@link BusinessCalendar}, in which SLA clocks run: open to close on working days. A day is a
 * working day when its weekday is one of the calendar's and it is no holiday, or when it is listed as an exception
 * working day (调休, a weekend worked to bridge a holiday).
 */
public final class BusinessHours {

	/** No calendar has a year without a working day; past this the calendar is broken, not the ticket late. */
	private static final int MAX_DAYS = 3 * 366;

	private final ZoneId zone;
	private final LocalTime opens;
	private final LocalTime closes;
	private final Set<DayOfWeek> weekdays = new HashSet<>();
	private final Set<LocalDate> holidays = new HashSet<>();
	private final Set<LocalDate> workdays = new HashSet<>();

	public BusinessHours(BusinessCalendar calendar) {
		try {
			zone = ZoneId.of(calendar.getZone() == null ? "Asia/Shanghai" : calendar.getZone());
			opens = LocalTime.parse(calendar.getOpens());
			closes = LocalTime.parse(calendar.getCloses());
			calendar.getWeekdays().forEach(d -> weekdays.add(DayOfWeek.of(d)));
			calendar.getHolidays().forEach(d -> holidays.add(LocalDate.parse(d)));
			calendar.getWorkdays().forEach(d -> workdays.add(LocalDate.parse(d)));
		} catch (DateTimeException e) { // unknown zone, a time or date that does not parse, a weekday out of 1–7
			throw new IllegalArgumentException("营业日历 " + calendar.getName() + " 的设置无效：" + e.getMessage(), e);
		}
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("营业日历 " + calendar.getName() + " 的开门时间须早于关门时间");
		}
	}

	public ZoneId zone() {
		return zone;
	}

	public boolean isWorkingDay(LocalDate day) {
		return workdays.contains(day) || weekdays.contains(day.getDayOfWeek()) && !holidays.contains(day);
	}

	/** The instant {@code minutes} of working time after {@code start}; a start outside hours counts from the next opening. */
	public Instant plus(Instant start, long minutes) {
		if (minutes <= 0) {
			return start;
		}
		long remaining = minutes * 60;
		ZonedDateTime t = start.atZone(zone);
		for (int i = 0; i < MAX_DAYS; i++) {
			LocalDate day = t.toLocalDate();
			if (isWorkingDay(day)) {
				ZonedDateTime open = day.atTime(opens).atZone(zone);
				ZonedDateTime close = day.atTime(closes).atZone(zone);
				if (t.isBefore(open)) {
					t = open;
				}
				if (t.isBefore(close)) {
					long available = Duration.between(t, close).toSeconds();
					if (remaining <= available) {
						return t.plusSeconds(remaining).toInstant();
					}
					remaining -= available;
				}
			}
			t = day.plusDays(1).atStartOfDay(zone);
		}
		throw new IllegalStateException("营业日历在三年内没有足够的工作时间");
	}

	/** Working minutes between two instants (0 when {@code to} is not after {@code from}). */
	public long minutesBetween(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return 0;
		}
		ZonedDateTime a = from.atZone(zone);
		ZonedDateTime b = to.atZone(zone);
		long seconds = 0;
		for (LocalDate day = a.toLocalDate(); !day.isAfter(b.toLocalDate()); day = day.plusDays(1)) {
			if (!isWorkingDay(day)) {
				continue;
			}
			ZonedDateTime start = latest(a, day.atTime(opens).atZone(zone));
			ZonedDateTime end = earliest(b, day.atTime(closes).atZone(zone));
			if (start.isBefore(end)) {
				seconds += Duration.between(start, end).toSeconds();
			}
		}
		return seconds / 60;
	}

	private static ZonedDateTime latest(ZonedDateTime x, ZonedDateTime y) {
		return x.isAfter(y) ? x : y;
	}

	private static ZonedDateTime earliest(ZonedDateTime x, ZonedDateTime y) {
		return x.isBefore(y) ? x : y;
	}
}
