package org.pupilsupport.web.oversight;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.children.BreakGlassReport;
import org.pupilsupport.web.support.FormErrors;
import org.pupilsupport.web.support.UkTime;

/** The break-glass report for a chosen period; opens on the last 30 days. */
@Named
@ViewScoped
public class BreakGlassPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BreakGlassReport report;

    @Inject
    Clock clock;

    private LocalDate from;
    private LocalDate to;
    private List<BreakGlassReport.Line> lines = List.of();

    @PostConstruct
    void init() {
        to = LocalDate.now(clock);
        from = to.minusDays(30);
        lines = report.between(from, to);
    }

    public void show() {
        try {
            lines = report.between(from, to);
        } catch (IllegalArgumentException refused) {
            FormErrors.refused(refused);
        }
    }

    public String ukTime(Instant instant) {
        return UkTime.of(instant);
    }

    public List<BreakGlassReport.Line> getLines() {
        return lines;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
