package org.pupilsupport.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.pupilsupport.plugin.api.DateOutsideCalendarException;
import org.pupilsupport.plugin.api.EnglishBankHolidays;
import org.pupilsupport.plugin.api.SchoolCalendar;

/**
 * The calendar used when a borough's own is unavailable: every weekday that is not an English bank
 * holiday. It knows nothing of holidays, so it understates deadlines that span them; officers are told
 * whenever it is in use.
 */
public final class BaselineSchoolCalendar implements SchoolCalendar {

    public static final BaselineSchoolCalendar INSTANCE = new BaselineSchoolCalendar();

    private static final LocalDate FROM = LocalDate.of(1990, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2099, 12, 31);

    private BaselineSchoolCalendar() {
    }

    @Override
    public boolean isSchoolDay(LocalDate date) {
        if (!covers(date)) {
            throw new DateOutsideCalendarException(date, FROM, UNTIL);
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !EnglishBankHolidays.isBankHoliday(date);
    }

    @Override
    public LocalDate coveredFrom() {
        return FROM;
    }

    @Override
    public LocalDate coveredUntil() {
        return UNTIL;
    }
}
