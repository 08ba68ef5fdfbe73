package org.kefu.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kefu.service.tests.ServiceFixture.at;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kefu.model.service.BusinessCalendar;
import org.kefu.service.BusinessHours;

/** Business time on a calendar with working hours, weekends, a holiday week and exception working days. */
class BusinessHoursTest {

	private final BusinessHours hours = new BusinessHours(ServiceFixture.calendar("cal:test"));

	@ParameterizedTest(name = "{0} + {1} min = {2}")
	@CsvSource({
			"2026-11-23T10:00, 120, 2026-11-23T12:00", // inside one day
			"2026-11-23T17:00, 120, 2026-11-24T10:00", // over the evening
			"2026-11-23T07:00, 30, 2026-11-23T09:30", // raised before opening
			"2026-11-23T20:00, 30, 2026-11-24T09:30", // raised after closing
			"2026-11-27T17:30, 60, 2026-11-30T09:30", // Friday evening: the weekend does not count
			"2026-11-28T11:00, 60, 2026-11-30T10:00", // raised on a Saturday
			"2026-09-30T17:00, 120, 2026-10-08T10:00", // before the holiday week: resumes after it
			"2026-10-03T10:00, 60, 2026-10-08T10:00", // raised in the holiday week
			"2026-09-25T17:00, 120, 2026-09-27T10:00", // the Sunday worked instead (调休) counts
			"2026-10-09T17:00, 120, 2026-10-10T10:00", // and so does the Saturday
			"2026-11-23T09:00, 1080, 2026-11-24T18:00", // exactly two working days
			"2026-11-23T10:00, 0, 2026-11-23T10:00" })
	void addsBusinessMinutes(String start, long minutes, String due) {
		assertEquals(at(due), hours.plus(at(start), minutes));
	}

	@ParameterizedTest(name = "{0} → {1} = {2} min")
	@CsvSource({
			"2026-11-23T10:00, 2026-11-23T12:30, 150",
			"2026-11-27T17:00, 2026-11-30T10:00, 120", // over a weekend
			"2026-09-30T17:00, 2026-10-08T10:00, 120", // over the holiday week
			"2026-09-25T17:00, 2026-09-28T10:00, 660", // Friday evening (60), the worked Sunday (540), Monday morning (60)
			"2026-11-28T08:00, 2026-11-29T20:00, 0", // a whole weekend
			"2026-11-23T12:00, 2026-11-23T10:00, 0" })
	void countsBusinessMinutesBetween(String from, String to, long minutes) {
		assertEquals(minutes, hours.minutesBetween(at(from), at(to)));
	}

	@Test
	void aDayIsWorkedByWeekdayUnlessAHolidayOrWhenListedAsAnException() {
		assertTrue(hours.isWorkingDay(LocalDate.parse("2026-11-23")));
		assertFalse(hours.isWorkingDay(LocalDate.parse("2026-11-28")));
		assertFalse(hours.isWorkingDay(LocalDate.parse("2026-10-01")), "a holiday on a Thursday");
		assertTrue(hours.isWorkingDay(LocalDate.parse("2026-10-10")), "an exception Saturday");
	}

	@Test
	void aBrokenCalendarIsRefusedWithAMessage() {
		BusinessCalendar c = ServiceFixture.calendar("cal:broken");
		c.setOpens("18:00");
		c.setCloses("09:00");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BusinessHours(c));
		assertTrue(e.getMessage().contains("开门时间"), e.getMessage());
		c.setOpens("九点");
		assertThrows(IllegalArgumentException.class, () -> new BusinessHours(c));
	}
}
