package org.pupilsupport.web.privacy;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.privacy.RecordKind;
import org.pupilsupport.core.privacy.RetentionAction;
import org.pupilsupport.core.privacy.RetentionRule;
import org.pupilsupport.core.privacy.RetentionSchedule;
import org.pupilsupport.core.privacy.RetentionTerms;
import org.pupilsupport.core.privacy.RetentionTrigger;
import org.pupilsupport.core.cases.ServiceArea;
import org.pupilsupport.web.support.FormErrors;
import org.pupilsupport.web.support.UkTime;

/** The borough's retention schedule for its DPO: every line with its source, and a form to change one. */
@Named
@ViewScoped
public class RetentionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RetentionSchedule schedule;

    private RecordKind kind;
    private ServiceArea area;
    private Integer years;
    private Integer months;
    private RetentionTrigger runsFrom;
    private RetentionAction action;
    private String source;
    private String saved;

    public List<RetentionRule> getLines() {
        return schedule.lines();
    }

    public void edit(RetentionRule line) {
        kind = line.kind();
        area = line.area();
        years = line.years();
        months = line.months();
        runsFrom = line.runsFrom();
        action = line.action();
        source = line.isPlaceholder() ? null : line.source();
        saved = null;
    }

    public void save() {
        try {
            schedule.save(new RetentionTerms(kind, area, years == null ? -1 : years, months == null ? -1 : months, runsFrom, action, source));
            saved = nameOf(kind, area);
            kind = null;
        } catch (RuntimeException refused) {
            FormErrors.refused(refused);
        }
    }

    public void cancel() {
        kind = null;
    }

    public String nameOf(RecordKind of, ServiceArea in) {
        return of == null ? "" : of.label() + (in == null ? "" : ": " + in.label());
    }

    public List<RetentionTrigger> getTriggers() {
        return kind == null ? List.of() : java.util.Arrays.stream(RetentionTrigger.values()).filter(kind.triggers()::contains).toList();
    }

    public List<RetentionAction> getActions() {
        return kind == null ? List.of() : java.util.Arrays.stream(RetentionAction.values()).filter(kind.actions()::contains).toList();
    }

    public String ukTime(Instant instant) {
        return UkTime.of(instant);
    }

    public boolean isEditing() {
        return kind != null;
    }

    public String getEditing() {
        return nameOf(kind, area);
    }

    public String getSaved() {
        return saved;
    }

    public Integer getYears() {
        return years;
    }

    public void setYears(Integer years) {
        this.years = years;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public RetentionTrigger getRunsFrom() {
        return runsFrom;
    }

    public void setRunsFrom(RetentionTrigger runsFrom) {
        this.runsFrom = runsFrom;
    }

    public RetentionAction getAction() {
        return action;
    }

    public void setAction(RetentionAction action) {
        this.action = action;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
