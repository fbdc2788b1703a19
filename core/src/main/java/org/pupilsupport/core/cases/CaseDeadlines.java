package org.pupilsupport.core.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.calendar.BoroughCalendars;
import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.children.ChildRepository;
import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.time.Clocks;
import org.pupilsupport.plugin.api.TermTimeCalendar;

/**
 * Works out a case's deadlines on the acting borough's calendar and protocol, with the pupil's other
 * suspensions where the rules need them, and keeps the case's tasks in step. Used by the services that
 * change cases, inside their transactions and behind their permission checks.
 */
@ApplicationScoped
public class CaseDeadlines {

    @Inject
    CaseRepository cases;

    @Inject
    ChildRepository children;

    @Inject
    BoroughCalendars calendars;

    @Inject
    BoroughCaseProtocols protocols;

    @Inject
    ActingBorough actingBorough;

    @Inject
    Actor actor;

    @Inject
    Clock clock;

    /** Brings the case's tasks in step with its deadlines as they now stand. */
    public void refresh(Case aCase) {
        Casework.CaseRules rules = rulesOf(aCase);
        aCase.reconcileTasks(rules.deadlines(), actor.username(), LocalDate.now(clock.withZone(Clocks.ENGLAND)));
    }

    /** The protocol, the yearly suspension count and the live deadlines of a case. */
    public Casework.CaseRules rulesOf(Case aCase) {
        // The pupil's own school's days (s579), falling back to its LA's pattern and then the borough's.
        SchoolDays schoolDays = calendars.forSchool(actingBorough.require(), aCase.schoolUrn());
        CaseProtocol protocol = protocols.of(actingBorough.require());
        SuspensionTotals totals = suspensionTotals(aCase, schoolDays);
        return new Casework.CaseRules(protocol, totals.year(), aCase.deadlines(schoolDays, protocol, totals), schoolDays);
    }

    /**
     * The child's suspensions around this one. The year counts every school (the 45-day limit is the pupil's), a
     * cancelled suspension by the days already served. The term counts this school's suspensions up to and including
     * this one, leaving out cancelled ones (reg 6 is the board's duty for its own school, and a cancellation ends it).
     */
    private SuspensionTotals suspensionTotals(Case aCase, SchoolDays schoolDays) {
        Exclusion exclusion = aCase.exclusion();
        if (aCase.area() != ServiceArea.SUSPENSION_OR_EXCLUSION || exclusion == null || exclusion.category() != ExclusionCategory.SUSPENSION) {
            return SuspensionTotals.NONE;
        }
        LocalDate yearStart = SuspensionAllowance.academicYearStart(exclusion.startDate());
        // A duplicate record merged into another is the same child: count the suspensions of every record of the child.
        String child = children.find(aCase.childId()).map(Child::mergedIntoId).orElse(aCase.childId());
        List<Case> thisYear = new ArrayList<>(cases.suspensionsOf(child, yearStart).stream()
                .filter(other -> other.exclusion().startDate().isBefore(yearStart.plusYears(1)))
                .filter(other -> !other.number().equals(aCase.number()))
                .toList());
        thisYear.add(aCase);
        int yearSessions = thisYear.stream().mapToInt(other -> other.exclusion().sessionsCountingTowardsTheYear()).sum();
        List<Case> fromThisSchoolSoFar = thisYear.stream()
                .filter(other -> !other.exclusion().cancelled())
                .filter(other -> aCase.schoolUrn() == null || aCase.schoolUrn().equals(other.schoolUrn()))
                .filter(other -> !other.exclusion().startDate().isAfter(exclusion.startDate()))
                .toList();
        Optional<TermTimeCalendar.DateSpan> term = schoolDays.termContaining(exclusion.startDate());
        int termSessions = sessionsOf(term.map(span -> fromThisSchoolSoFar.stream().filter(other -> span.contains(other.exclusion().startDate())).toList())
                .orElse(fromThisSchoolSoFar));
        return new SuspensionTotals(termSessions, new SuspensionAllowance(yearSessions), consecutiveSessionsBefore(exclusion, fromThisSchoolSoFar, schoolDays));
    }

    /**
     * Sessions of the suspensions that end on the school day before this one starts, and of those before them in turn:
     * the 2007 Regulations count consecutive periods as one run for the sixth day. Only whole days chain; a half-day
     * suspension leaves the pupil in school for the other half.
     */
    static int consecutiveSessionsBefore(Exclusion exclusion, List<Case> earlierFromTheSchool, SchoolDays schoolDays) {
        int sessions = 0;
        LocalDate runStart = exclusion.startDate();
        boolean chained = true;
        while (chained) {
            chained = false;
            for (Case other : earlierFromTheSchool) {
                Exclusion earlier = other.exclusion();
                if (earlier == exclusion || earlier.sessions() == null || earlier.sessions() % 2 != 0 || !earlier.startDate().isBefore(runStart)) {
                    continue;
                }
                LocalDate dayAfter = schoolDays.after(earlier.lastDay(schoolDays), 1).date();
                if (dayAfter.equals(runStart)) {
                    sessions += earlier.sessions();
                    runStart = earlier.startDate();
                    chained = true;
                    break;
                }
            }
        }
        return sessions;
    }

    private static int sessionsOf(Collection<Case> suspensions) {
        return suspensions.stream().map(Case::exclusion).map(Exclusion::sessions).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }
}
