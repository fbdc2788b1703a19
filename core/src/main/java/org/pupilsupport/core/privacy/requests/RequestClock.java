package org.pupilsupport.core.privacy.requests;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.pupilsupport.plugin.api.EnglishBankHolidays;

/**
 * The statutory clock of a data subject's request (UK GDPR Articles 12(3) and 12A; the same words are in DPA 2018
 * s54 for law enforcement processing), read from what happened to the request.
 *
 * <ul>
 * <li>The period is "one month beginning with the relevant time", and the relevant time is the latest of receiving
 * the request and receiving the proof of identity the service reasonably asked for (Art 12A(2), (3)). The ICO counts
 * the month "from the day you receive the request ... until the corresponding calendar date in the next month",
 * and where the next month has no such date, to its last day: 3 September gives 3 October, 31 January gives
 * 28 February (29 in a leap year).</li>
 * <li>"If the corresponding date falls on a weekend or a public holiday, you have until the next working day" (ICO):
 * counted here on English bank holidays, the boroughs being in England.</li>
 * <li>While the service waits for clarification it asked for, "the period beginning with the day on which the
 * controller makes the request and ending with the day on which the controller receives the information does not
 * count" (Art 12A(4)): those days are added to the end of the period.</li>
 * <li>The period may be extended "by two further months" for complex or numerous requests, by notice with reasons
 * given before the end of the first month (Art 12A(5), (6)): the response is then due three months, corresponding
 * date, from the relevant time, plus the stopped days.</li>
 * </ul>
 *
 * @param identityAskedOn when the service asked for proof of identity, or null if it did not need to
 * @param identityReceivedOn when that proof arrived, or null if it has not
 */
public record RequestClock(LocalDate receivedOn, LocalDate identityAskedOn, LocalDate identityReceivedOn, List<ClarificationPause> pauses,
                           boolean extended) {

    /** Where the clock stands on a day. */
    public enum State {
        /** Not started: the proof of identity asked for has not arrived. */
        WAITING_FOR_IDENTITY("Waiting for proof of identity: the clock starts when it arrives"),
        /** Stopped: clarification was asked for and has not arrived. */
        STOPPED_FOR_CLARIFICATION("Stopped while the requester is asked to clarify"),
        RUNNING("Running");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public RequestClock {
        if (receivedOn == null) {
            throw new IllegalArgumentException("A request's clock needs the day it was received");
        }
        if (identityReceivedOn != null && identityAskedOn == null) {
            throw new IllegalArgumentException("Proof of identity cannot arrive before it was asked for");
        }
        pauses = List.copyOf(pauses);
    }

    public State state() {
        if (identityAskedOn != null && identityReceivedOn == null) {
            return State.WAITING_FOR_IDENTITY;
        }
        return pauses.stream().anyMatch(ClarificationPause::isOpen) ? State.STOPPED_FOR_CLARIFICATION : State.RUNNING;
    }

    /** The relevant time of Art 12A(3): the day the request arrived, or the later day its proof of identity did. */
    public Optional<LocalDate> startsOn() {
        if (identityAskedOn == null) {
            return Optional.of(receivedOn);
        }
        return Optional.ofNullable(identityReceivedOn).map(arrived -> arrived.isAfter(receivedOn) ? arrived : receivedOn);
    }

    /** The day the response is due; empty while the clock is not running (no due day can be known yet). */
    public Optional<LocalDate> dueOn() {
        return endOf(extended ? 3 : 1);
    }

    /** The last day to tell the requester of an extension and why (the end of the first month, stopped days added). */
    public Optional<LocalDate> extensionNoticeBy() {
        return endOf(1);
    }

    /** Whether the response is late on that day (a stopped or not started clock is never late). */
    public boolean overdueOn(LocalDate today) {
        return dueOn().map(today::isAfter).orElse(false);
    }

    /** Days not counted because of answered clarification requests (none before the clock started). */
    public long daysStopped() {
        return startsOn().map(start -> pauses.stream().filter(pause -> !pause.isOpen())
                .mapToLong(pause -> pause.daysNotCountedAfter(start)).sum()).orElse(0L);
    }

    private Optional<LocalDate> endOf(int months) {
        if (state() != State.RUNNING) {
            return Optional.empty();
        }
        // plusMonths keeps the day of the month, or takes the month's last day when it has no such day: the ICO's rule.
        return startsOn().map(start -> nextWorkingDay(start.plusMonths(months).plusDays(daysStopped())));
    }

    /** The day itself if it is a working day, otherwise the next one (weekends and English bank holidays). */
    public static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !EnglishBankHolidays.isBankHoliday(day);
    }
}
