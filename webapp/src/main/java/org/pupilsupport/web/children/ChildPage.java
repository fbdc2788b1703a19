package org.pupilsupport.web.children;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

import org.pupilsupport.core.calendar.BoroughCalendars;
import org.pupilsupport.core.calendar.SchoolDayDate;
import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.tenancy.ActingBorough;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One child's page. A child that does not exist and a child of another borough look the same: "not found",
 * with HTTP status 404, so an id from another borough reveals nothing.
 */
@Named
@ViewScoped
public class ChildPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Shown on the page as an example of a statutory count (e.g. a governing board's reinstatement deadline). */
    public static final int EXAMPLE_SCHOOL_DAYS = 15;

    @Inject
    ChildRegister children;

    @Inject
    BoroughCalendars calendars;

    @Inject
    ActingBorough actingBorough;

    @Inject
    Clock clock;

    private String id;
    private Child child;
    private SchoolDayDate exampleDeadline;

    public void load() {
        child = children.find(id == null ? "" : id).orElse(null);
        if (child == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        exampleDeadline = calendars.schoolDaysAfter(actingBorough.require(), getToday(), EXAMPLE_SCHOOL_DAYS);
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public boolean isFound() {
        return child != null;
    }

    public Child getChild() {
        return child;
    }

    public SchoolDayDate getExampleDeadline() {
        return exampleDeadline;
    }

    public int getExampleSchoolDays() {
        return EXAMPLE_SCHOOL_DAYS;
    }

    public int getAge() {
        return child == null ? 0 : child.ageOn(getToday());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
