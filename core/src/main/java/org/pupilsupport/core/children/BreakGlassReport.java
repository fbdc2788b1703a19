package org.pupilsupport.core.children;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditEvent;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.audit.AuditTrail;
import org.pupilsupport.core.time.Clocks;

/**
 * Who opened a record outside their teams' work, and why: the check senior officers and the data
 * protection officer make that break-glass is not becoming a habit. Reading the report is audited.
 */
@ApplicationScoped
@Transactional
public class BreakGlassReport {

    /** A generous month of openings; a longer period should be narrowed rather than scrolled. */
    public static final int MOST_LINES = 1000;

    @Inject
    ChildRepository children;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * @param childName the child's name now, or null if the record has since been removed
     * @param purpose   what the reason was given for: opening the record, or taking the child or its case on
     */
    public record Line(Instant openedAt, String username, String childId, String childName, String reason, BreakGlassPurpose purpose) {
    }

    /**
     * Openings from the start of {@code from} to the end of {@code to} (London dates), newest first.
     *
     * @throws IllegalArgumentException if the period is back to front
     */
    @Requires(Permission.READ_BREAK_GLASS_REPORT)
    public List<Line> between(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("Choose a period whose end is on or after its start");
        }
        List<Line> lines = children.breakGlassBetween(from.atStartOfDay(Clocks.ENGLAND).toInstant(),
                        to.plusDays(1).atStartOfDay(Clocks.ENGLAND).toInstant(), MOST_LINES).stream()
                .map(access -> new Line(access.openedAt(), access.username(), access.childId(),
                        children.find(access.childId()).map(child -> child.legalName().full()).orElse(null), access.reason(),
                        access.purpose()))
                .toList();
        audit.record(AuditEvent.about(AuditAction.VIEW, "break-glass-report", null, AuditOutcome.SUCCESS)
                .withDetails("period " + from + " to " + to + "; lines=" + lines.size()));
        return lines;
    }

    /** The last 30 days up to today. */
    @Requires(Permission.READ_BREAK_GLASS_REPORT)
    public List<Line> lastThirtyDays() {
        LocalDate today = LocalDate.now(clock);
        return between(today.minusDays(30), today);
    }
}
