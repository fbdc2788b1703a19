package org.pupilsupport.web.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;
import org.pupilsupport.core.access.AccessDeniedException;
import org.pupilsupport.core.calendar.CalendarPeriod;
import org.pupilsupport.core.calendar.CalendarSpan;
import org.pupilsupport.core.calendar.SchoolCalendars;
import org.pupilsupport.core.schools.School;
import org.pupilsupport.web.support.FormErrors;
import org.pupilsupport.web.support.Messages;

/**
 * The borough's term dates and its schools' own calendars: see what is in force and what it replaced, upload a CSV
 * or iCalendar file, read the preview with every problem listed, then put it in place or not.
 */
@Named
@ViewScoped
public class CalendarsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Inject
    SchoolCalendars calendars;

    /** Null while the borough's own pattern is shown. */
    private Integer schoolUrn;
    private Integer typedUrn;
    private transient UploadedFile file;
    private transient SchoolCalendars.Preview preview;
    private String runningOut;
    private LocalDate closureFirstDay;
    private LocalDate closureLastDay;
    private String closureLabel;

    @PostConstruct
    void warnIfDatesRunOut() {
        runningOut = calendars.runningOutWarning(LocalDate.now(ENGLAND)).orElse(null);
    }

    public void showSchool() {
        preview = null;
        if (typedUrn == null) {
            FormErrors.refused("schoolUrn", "Enter the school's URN, six digits");
            return;
        }
        try {
            calendars.current(typedUrn);
            schoolUrn = typedUrn;
        } catch (IllegalArgumentException | AccessDeniedException refused) {
            FormErrors.refused(refused, Map.of("schoolUrn", "schoolUrn"));
        }
    }

    public void showBorough() {
        preview = null;
        schoolUrn = null;
        typedUrn = null;
    }

    public void upload() {
        preview = null;
        if (file == null || file.getSize() == 0) {
            FormErrors.refused("file", "Choose a calendar file (.csv or .ics) to upload");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            preview = calendars.preview(schoolUrn, content, file.getFileName());
            if (preview.acceptable()) {
                Messages.info("Read " + preview.spans().size() + " terms and closures for " + String.join(", ", preview.academicYears())
                        + ". Nothing has been saved yet.");
            } else {
                preview.problems().forEach(problem -> FormErrors.refused("file", problem));
            }
        } catch (IOException unreadable) {
            Messages.failed("The upload could not be read; try again");
        } catch (IllegalArgumentException | AccessDeniedException refused) {
            FormErrors.refused(refused, Map.of("schoolUrn", "file"));
        }
    }

    public void replace() {
        if (preview == null || !preview.acceptable()) {
            Messages.failed("There is nothing to put in place: upload a file without problems first");
            return;
        }
        try {
            calendars.replace(preview);
            Messages.info("The dates for " + String.join(", ", preview.academicYears()) + " are in place; the ones they replace are kept below.");
            preview = null;
            warnIfDatesRunOut();
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException refused) {
            FormErrors.refused(refused, Map.of("file", "file"));
        }
    }

    public void addClosure() {
        try {
            calendars.addClosure(schoolUrn, closureFirstDay, closureLastDay, closureLabel);
            Messages.info("Closure added: " + closureLabel.strip());
            closureFirstDay = null;
            closureLastDay = null;
            closureLabel = null;
        } catch (IllegalArgumentException | AccessDeniedException refused) {
            FormErrors.refused(refused, Map.of("firstDay", "closureFirstDay", "lastDay", "closureLastDay", "label", "closureLabel"));
        }
    }

    public void cancel() {
        preview = null;
        Messages.info("Nothing was changed");
    }

    public String getHeading() {
        if (schoolUrn == null) {
            return "The borough's term dates";
        }
        return getSchoolsWithTheirOwn().stream().filter(school -> school.urn() == schoolUrn).findFirst().map(School::name)
                .orElse("School " + schoolUrn) + " (URN " + schoolUrn + ")";
    }

    public List<CalendarPeriod> getCurrent() {
        return calendars.current(schoolUrn);
    }

    public List<CalendarPeriod> getWithdrawn() {
        return calendars.withdrawn(schoolUrn);
    }

    public List<School> getSchoolsWithTheirOwn() {
        return calendars.schoolsWithTheirOwn();
    }

    public List<CalendarSpan> getPreviewSpans() {
        return preview == null ? List.of() : preview.spans();
    }

    public boolean isPreviewReady() {
        return preview != null && preview.acceptable();
    }

    public void show(int urn) {
        typedUrn = urn;
        showSchool();
    }

    public String getRunningOut() {
        return runningOut;
    }

    public LocalDate getClosureFirstDay() {
        return closureFirstDay;
    }

    public void setClosureFirstDay(LocalDate closureFirstDay) {
        this.closureFirstDay = closureFirstDay;
    }

    public LocalDate getClosureLastDay() {
        return closureLastDay;
    }

    public void setClosureLastDay(LocalDate closureLastDay) {
        this.closureLastDay = closureLastDay;
    }

    public String getClosureLabel() {
        return closureLabel;
    }

    public void setClosureLabel(String closureLabel) {
        this.closureLabel = closureLabel;
    }

    public Integer getSchoolUrn() {
        return schoolUrn;
    }

    public Integer getTypedUrn() {
        return typedUrn;
    }

    public void setTypedUrn(Integer typedUrn) {
        this.typedUrn = typedUrn;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
