package org.pupilsupport.core.calendar;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditEvent;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.audit.AuditTrail;
import org.pupilsupport.core.schools.School;
import org.pupilsupport.core.schools.SchoolRegister;
import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.tenancy.Tenant;
import org.pupilsupport.core.tenancy.TenantDirectory;
import org.pupilsupport.core.validation.FieldProblem;
import org.pupilsupport.core.validation.InvalidCommandException;
import org.pupilsupport.plugin.api.TermTimeCalendar;

/**
 * School calendars as data: each borough's pattern of term dates and the schools' own (an academy's terms, a
 * school's INSET days). A borough's administrators keep their pattern and the calendars of schools in their LA,
 * from CSV or iCalendar files; a replaced year is withdrawn, not deleted. Deadlines read the calendars through
 * {@link BoroughCalendars}, which asks here without a permission: counting a deadline is not administration.
 */
@ApplicationScoped
@Transactional
public class SchoolCalendars {

    static final String SUBJECT = "school calendar";
    static final String SYSTEM = "system";
    /** An administrator is warned when the pattern's last term ends within this many days (about a term). */
    static final int WARN_DAYS_BEFORE_DATES_RUN_OUT = 120;
    private static final Logger LOG = Logger.getLogger(SchoolCalendars.class.getName());

    @PersistenceContext(unitName = "pupilsupport")
    EntityManager entityManager;

    @Inject
    ActingBorough actingBorough;

    @Inject
    TenantDirectory tenants;

    @Inject
    SchoolRegister schools;

    @Inject
    AuditTrail audit;

    @Inject
    Actor actor;

    @Inject
    Clock clock;

    /**
     * Calendars read for deadlines, by "LA code" or "urn:NNNNNN". Emptied when a change commits, not before: a
     * deadline counted between the change and its commit would otherwise keep the old dates here for good. One
     * server holds it; a second server would need the change announced to it.
     */
    private final Map<String, Optional<TermTimeCalendar>> cache = new ConcurrentHashMap<>();

    @Inject
    Event<CalendarsChanged> changes;

    /** Announced with every change, so the cache is emptied once the change is committed (or rolled back). */
    public record CalendarsChanged(String laCode, Integer schoolUrn) {
    }

    void forgetCalendars(@Observes(during = TransactionPhase.AFTER_COMPLETION) CalendarsChanged change) {
        cache.clear();
    }

    /**
     * What a file would put in place, before anything is written.
     *
     * @param problems everything wrong with the file or its dates; the file is accepted only without any
     */
    public record Preview(String laCode, Integer schoolUrn, String fileName, List<CalendarSpan> spans, Set<String> academicYears, List<String> problems) {

        public boolean acceptable() {
            return problems.isEmpty() && !spans.isEmpty();
        }
    }

    /**
     * Reads and checks a calendar file for the borough's pattern ({@code schoolUrn} null) or a school of the borough.
     *
     * @throws IllegalArgumentException if the school is unknown or another LA's
     */
    @Requires(Permission.MANAGE_SCHOOL_CALENDARS)
    public Preview preview(Integer schoolUrn, InputStream content, String fileName) {
        String laCode = keeperLaOf(schoolUrn);
        List<CalendarSpan> spans;
        try {
            spans = CalendarFileReader.read(content, fileName);
        } catch (CalendarFileException unreadable) {
            return new Preview(laCode, schoolUrn, fileName, List.of(), Set.of(), unreadable.problems());
        }
        return new Preview(laCode, schoolUrn, fileName, spans, CalendarCheck.academicYears(spans), CalendarCheck.problems(spans));
    }

    /**
     * Puts a previewed file's dates in place of the calendar's dates for every academic year they cover, all or
     * nothing. A preview made while acting for another borough is refused, so a switch cannot move dates across.
     *
     * @throws InvalidCommandException naming every problem of the dates (field {@code file})
     */
    @Requires(Permission.MANAGE_SCHOOL_CALENDARS)
    public void replace(Preview preview) {
        if (!keeperLaOf(preview.schoolUrn()).equals(preview.laCode())) {
            throw new IllegalStateException("This preview was made for another borough: upload the file again");
        }
        replace(preview.schoolUrn(), preview.spans(), "file " + preview.fileName());
    }

    /**
     * Puts these dates in place of the calendar's dates for every academic year they cover, all or nothing.
     *
     * @param source where the dates came from, e.g. the file's name
     * @throws InvalidCommandException naming every problem of the dates (field {@code file})
     */
    @Requires(Permission.MANAGE_SCHOOL_CALENDARS)
    public void replace(Integer schoolUrn, List<CalendarSpan> spans, String source) {
        String laCode = keeperLaOf(schoolUrn);
        List<String> problems = spans == null || spans.isEmpty() ? List.of("The file has no term dates") : CalendarCheck.problems(spans);
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems.stream().map(problem -> new FieldProblem("file", problem)).toList());
        }
        Set<String> years = CalendarCheck.academicYears(spans);
        Instant now = clock.instant();
        String by = actor.username();
        int withdrawn = 0;
        for (String year : years) {
            for (CalendarPeriod period : currentPeriods(laCode, schoolUrn, year)) {
                period.withdraw(by, now);
                withdrawn++;
            }
        }
        for (CalendarSpan span : spans) {
            entityManager.persist(new CalendarPeriod(laCode, schoolUrn, span, CalendarCheck.academicYearOf(span.first()), source, by, now));
        }
        changes.fire(new CalendarsChanged(laCode, schoolUrn));
        audit.record(AuditEvent.about(AuditAction.ADMINISTRATION, SUBJECT, subjectOf(laCode, schoolUrn), AuditOutcome.SUCCESS)
                .withDetails("replaced " + String.join(", ", years) + " from " + source + ": " + spans.size() + " periods in, " + withdrawn + " withdrawn"));
    }

    /**
     * Adds a closure (an INSET day, an occasional day) to the calendar's academic year, keeping the rest of the year as
     * it is. A school without dates of its own for that year starts from its borough's term dates.
     *
     * @throws InvalidCommandException naming the fields at fault, or the problem the closure would make
     */
    @Requires(Permission.MANAGE_SCHOOL_CALENDARS)
    public void addClosure(Integer schoolUrn, LocalDate firstDay, LocalDate lastDay, String label) {
        String laCode = keeperLaOf(schoolUrn);
        List<FieldProblem> problems = new ArrayList<>();
        if (firstDay == null) {
            problems.add(new FieldProblem("firstDay", "Enter the first day the school is closed"));
        }
        if (lastDay != null && firstDay != null && lastDay.isBefore(firstDay)) {
            problems.add(new FieldProblem("lastDay", "The last day cannot be before the first"));
        }
        if (label == null || label.isBlank()) {
            problems.add(new FieldProblem("label", "Say what the closure is, e.g. INSET day"));
        } else if (label.strip().length() > CalendarPeriod.LONGEST_LABEL) {
            problems.add(new FieldProblem("label", "Keep the description to " + CalendarPeriod.LONGEST_LABEL + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        String year = CalendarCheck.academicYearOf(firstDay);
        List<CalendarSpan> spans = new ArrayList<>(currentPeriods(laCode, schoolUrn, year).stream().map(CalendarPeriod::span).toList());
        if (spans.isEmpty() && schoolUrn != null) {
            spans.addAll(currentPeriods(laCode, null, year).stream().map(CalendarPeriod::span).toList());
        }
        if (spans.isEmpty()) {
            throw new InvalidCommandException(List.of(new FieldProblem("firstDay", "There are no term dates for " + year + " to add a closure to: upload them first")));
        }
        spans.add(new CalendarSpan(CalendarSpanKind.CLOSURE, firstDay, lastDay == null ? firstDay : lastDay, label));
        List<String> wrong = CalendarCheck.problems(spans);
        if (!wrong.isEmpty()) {
            throw new InvalidCommandException(wrong.stream().map(problem -> new FieldProblem("firstDay", problem)).toList());
        }
        replace(schoolUrn, spans, "closure added in the web");
    }

    /** The calendar's dates in force, by first day. */
    @Requires(Permission.MANAGE_SCHOOL_CALENDARS)
    public List<CalendarPeriod> current(Integer schoolUrn) {
        String laCode = keeperLaOf(schoolUrn);
        return periods(laCode, schoolUrn, false);
    }

    /** Dates that were replaced, most recently withdrawn first: what earlier deadlines were counted on. */
    @Requires(Permission.MANAGE_SCHOOL_CALENDARS)
    public List<CalendarPeriod> withdrawn(Integer schoolUrn) {
        String laCode = keeperLaOf(schoolUrn);
        List<CalendarPeriod> history = periods(laCode, schoolUrn, true);
        history.sort(Comparator.comparing(CalendarPeriod::withdrawnAt).reversed().thenComparing(CalendarPeriod::firstDay));
        return history;
    }

    /** The borough's schools that have a calendar of their own. */
    @Requires(Permission.MANAGE_SCHOOL_CALENDARS)
    public List<School> schoolsWithTheirOwn() {
        String laCode = actingTenant().laCode();
        return entityManager.createQuery("SELECT DISTINCT p.schoolUrn FROM CalendarPeriod p WHERE p.laCode = :la AND p.schoolUrn IS NOT NULL"
                        + " AND p.withdrawnAt IS NULL", Integer.class).setParameter("la", laCode).getResultList().stream()
                .map(schools::find).flatMap(Optional::stream).sorted(Comparator.comparing(School::name)).toList();
    }

    /**
     * A warning for the borough's administrators when the pattern's term dates end within about a term, or are
     * missing altogether; empty otherwise.
     */
    @Requires(Permission.MANAGE_SCHOOL_CALENDARS)
    public Optional<String> runningOutWarning(LocalDate today) {
        Tenant tenant = actingTenant();
        Optional<LocalDate> lastDay = periods(tenant.laCode(), null, false).stream().filter(period -> period.kind() == CalendarSpanKind.TERM)
                .map(CalendarPeriod::lastDay).max(Comparator.naturalOrder());
        if (lastDay.isEmpty()) {
            return Optional.of(tenant.displayName() + " has no term dates: deadlines are counted on weekdays less bank holidays until they are added.");
        }
        if (lastDay.get().isBefore(today.plusDays(WARN_DAYS_BEFORE_DATES_RUN_OUT))) {
            return Optional.of(tenant.displayName() + "'s term dates end on " + lastDay.get().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)) + ": add the next academic year's"
                    + " before then, or deadlines after it are counted on weekdays less bank holidays.");
        }
        return Optional.empty();
    }

    /** An LA's pattern, for counting deadlines; empty when it has none. */
    public Optional<TermTimeCalendar> patternOf(String laCode) {
        return cache.computeIfAbsent(laCode, code -> calendarOf(periods(code, null, false)));
    }

    /** A school's own calendar, for counting deadlines; empty when it has none. */
    public Optional<TermTimeCalendar> ownCalendarOf(int schoolUrn) {
        return cache.computeIfAbsent("urn:" + schoolUrn, key -> calendarOf(entityManager.createQuery(
                        "SELECT p FROM CalendarPeriod p WHERE p.schoolUrn = :urn AND p.withdrawnAt IS NULL", CalendarPeriod.class)
                .setParameter("urn", schoolUrn).getResultList()));
    }

    /**
     * Makes a plugin's published term dates the LA's pattern, for each academic year the pattern has never had (current
     * or withdrawn), so an administrator's own dates are never overwritten by a plugin release.
     *
     * @return the academic years added
     */
    public Set<String> adoptPluginTermDates(String laCode, TermTimeCalendar published, String pluginId) {
        Set<String> known = new TreeSet<>(entityManager.createQuery(
                        "SELECT DISTINCT p.academicYear FROM CalendarPeriod p WHERE p.laCode = :la AND p.schoolUrn IS NULL", String.class)
                .setParameter("la", laCode).getResultList());
        List<CalendarSpan> spans = new ArrayList<>();
        published.terms().forEach(term -> spans.add(new CalendarSpan(CalendarSpanKind.TERM, term.first(), term.last(), term.label())));
        published.closures().forEach(closure -> spans.add(new CalendarSpan(CalendarSpanKind.CLOSURE, closure.first(), closure.last(), closure.label())));
        Set<String> added = new TreeSet<>();
        Instant now = clock.instant();
        for (CalendarSpan span : spans) {
            String year = CalendarCheck.academicYearOf(span.first());
            if (!known.contains(year)) {
                entityManager.persist(new CalendarPeriod(laCode, null, span, year, "term dates of the " + pluginId + " plugin", SYSTEM, now));
                added.add(year);
            }
        }
        if (!added.isEmpty()) {
            changes.fire(new CalendarsChanged(laCode, null));
            LOG.info("Term dates of the " + pluginId + " plugin adopted as LA " + laCode + "'s pattern for " + String.join(", ", added));
        }
        return added;
    }

    private List<CalendarPeriod> currentPeriods(String laCode, Integer schoolUrn, String academicYear) {
        return periods(laCode, schoolUrn, false).stream().filter(period -> period.academicYear().equals(academicYear)).toList();
    }

    private List<CalendarPeriod> periods(String laCode, Integer schoolUrn, boolean withdrawn) {
        String school = schoolUrn == null ? "p.schoolUrn IS NULL" : "p.schoolUrn = :urn";
        String state = withdrawn ? "p.withdrawnAt IS NOT NULL" : "p.withdrawnAt IS NULL";
        var query = entityManager.createQuery("SELECT p FROM CalendarPeriod p WHERE p.laCode = :la AND " + school + " AND " + state
                + " ORDER BY p.firstDay, p.kind DESC", CalendarPeriod.class).setParameter("la", laCode);
        if (schoolUrn != null) {
            query.setParameter("urn", schoolUrn);
        }
        return new ArrayList<>(query.getResultList());
    }

    private static Optional<TermTimeCalendar> calendarOf(List<CalendarPeriod> periods) {
        if (periods.stream().noneMatch(period -> period.kind() == CalendarSpanKind.TERM)) {
            return Optional.empty();
        }
        return Optional.of(CalendarCheck.toTermTimeCalendar(periods.stream().map(CalendarPeriod::span).toList()));
    }

    /** The LA that keeps this calendar: the acting borough's, which must also be the school's. */
    private String keeperLaOf(Integer schoolUrn) {
        Tenant tenant = actingTenant();
        if (schoolUrn == null) {
            return tenant.laCode();
        }
        School school = schools.find(schoolUrn).orElseThrow(() -> new InvalidCommandException(
                List.of(new FieldProblem("schoolUrn", "No school has the URN " + schoolUrn))));
        if (!tenant.laCode().equals(school.laCode())) {
            throw new InvalidCommandException(List.of(new FieldProblem("schoolUrn", school.name() + " is a school of LA " + school.laCode()
                    + ": its calendar is kept by that authority's administrators")));
        }
        return tenant.laCode();
    }

    private Tenant actingTenant() {
        return tenants.require(actingBorough.require());
    }

    private static String subjectOf(String laCode, Integer schoolUrn) {
        return schoolUrn == null ? "LA " + laCode : "URN " + schoolUrn;
    }
}
