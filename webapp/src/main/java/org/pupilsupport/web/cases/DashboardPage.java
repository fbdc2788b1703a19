package org.pupilsupport.web.cases;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.access.AccessDeniedException;
import org.pupilsupport.core.cases.CaseNotFoundException;
import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.cases.OfficerDay;
import org.pupilsupport.core.cases.ServiceArea;
import org.pupilsupport.core.cases.TaskSummary;
import org.pupilsupport.web.support.FormErrors;
import org.pupilsupport.web.support.Messages;

/**
 * The officer's day: tasks overdue and due this week, their open cases, the borough's open cases by area, and
 * for senior officers the notifications awaiting allocation and their teams' cases.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Casework casework;

    private OfficerDay day;
    private String referenceWanted;
    private TaskSummary taskToConfirm;
    private String taskReason;
    private TaskSummary lastCompleted;

    /** One bar of the chart of open cases by area. */
    public record AreaBar(ServiceArea area, long count, int percentOfLargest) {
    }

    @PostConstruct
    void init() {
        day = casework.myDay();
    }

    /** First step of "Done" on the dashboard: the page asks before the task leaves the list. */
    public void complete(TaskSummary task) {
        taskToConfirm = task;
    }

    /** Marks the task the officer confirmed done, then reloads the day; the officer can take it back at once. */
    public void confirmCompletion() {
        TaskSummary task = taskToConfirm;
        if (task == null) {
            return;
        }
        String note = taskReason == null || taskReason.isBlank() ? (task.kind().statutory() ? null : "done from My day") : taskReason;
        try {
            casework.completeTask(task.reference().toString(), task.taskId(), note);
            Messages.info("Done: " + task.kind().label() + " on " + task.reference());
            lastCompleted = task;
            taskToConfirm = null;
            taskReason = null;
        } catch (IllegalArgumentException | CaseNotFoundException | AccessDeniedException refused) {
            // A statutory deadline without its reason: the step stays open with the reason box marked.
            FormErrors.refused(refused, Map.of("taskNote", "taskReason"));
        }
        day = casework.myDay();
    }

    public void cancelCompletion() {
        taskToConfirm = null;
        taskReason = null;
    }

    public String getTaskReason() {
        return taskReason;
    }

    public void setTaskReason(String taskReason) {
        this.taskReason = taskReason;
    }

    /** Takes back the task just marked done (the core allows it only to the officer who did it). */
    public void undoLastCompletion() {
        TaskSummary task = lastCompleted;
        lastCompleted = null;
        if (task == null) {
            return;
        }
        try {
            casework.undoTaskCompletion(task.reference().toString(), task.taskId());
            Messages.info("Open again: " + task.kind().label() + " on " + task.reference());
        } catch (IllegalArgumentException | CaseNotFoundException | AccessDeniedException refused) {
            Messages.error(refused.getMessage());
        }
        day = casework.myDay();
    }

    public TaskSummary getTaskToConfirm() {
        return taskToConfirm;
    }

    public TaskSummary getLastCompleted() {
        return lastCompleted;
    }

    /** Opens a case by the reference an officer was given on the phone or in a letter. */
    public String openReference() {
        if (!org.pupilsupport.core.cases.CaseReference.looksLikeOne(referenceWanted)) {
            FormErrors.refused("reference", "A case reference is three letters and a number, e.g. CME-000042");
            return null;
        }
        return "/officer/case.xhtml?faces-redirect=true&ref=" + org.pupilsupport.core.cases.CaseReference.parse(referenceWanted);
    }

    public String getReferenceWanted() {
        return referenceWanted;
    }

    public void setReferenceWanted(String referenceWanted) {
        this.referenceWanted = referenceWanted;
    }

    public OfficerDay getDay() {
        return day;
    }

    public List<AreaBar> getAreaBars() {
        long largest = Math.max(1, day.activeByArea().values().stream().mapToLong(Long::longValue).max().orElse(1));
        return Arrays.stream(ServiceArea.values())
                .map(area -> {
                    long count = day.activeByArea().getOrDefault(area, 0L);
                    return new AreaBar(area, count, (int) Math.round(100.0 * count / largest));
                })
                .toList();
    }

    public long getOpenCaseTotal() {
        return day.activeByArea().values().stream().mapToLong(Long::longValue).sum();
    }

    public int getDaysAhead() {
        return Casework.DAYS_AHEAD;
    }
}
