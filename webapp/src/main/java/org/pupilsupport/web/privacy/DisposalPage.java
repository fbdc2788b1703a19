package org.pupilsupport.web.privacy;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.privacy.DisposalDelegation;
import org.pupilsupport.core.privacy.DisposalDelegations;
import org.pupilsupport.core.privacy.DisposalItem;
import org.pupilsupport.core.privacy.DisposalRun;
import org.pupilsupport.core.privacy.DisposalRuns;
import org.pupilsupport.core.privacy.DisposalSweep;
import org.pupilsupport.core.privacy.LegalHoldReason;
import org.pupilsupport.core.validation.InvalidCommandException;
import org.pupilsupport.web.support.FormErrors;
import org.pupilsupport.web.support.UkTime;

/**
 * Disposal runs for the DPO: list what fell due, decide each record, approve, follow the progress, read the
 * certificate; a stopped run can be started again.
 */
@Named
@ViewScoped
public class DisposalPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @Inject
    DisposalRuns runs;

    @Inject
    DisposalDelegations delegations;

    @Inject
    org.pupilsupport.core.access.Actor actor;

    private String runId;
    private String itemId;
    private DisposalItem.Decision decision;
    private LegalHoldReason holdReason;
    private String note;
    private transient List<DisposalRun> runList = List.of();
    private transient DisposalRun run;
    private transient List<DisposalItem> items = List.of();
    private transient DisposalRuns.Progress progress;
    private transient DisposalRuns.Certificate certificate;
    private transient Map<String, String> children = Map.of();
    private transient List<DisposalSweep> sweeps = List.of();
    private String sweepId;
    private DisposalItem.Decision sweepDecision;
    private String sweepNote;
    private transient List<DisposalDelegation> delegationList = List.of();
    private transient List<org.pupilsupport.core.officers.OfficerAccounts.Holder> seniorOfficers = List.of();
    private String delegate;
    private LocalDate lastDay;
    private String delegationReason;
    private String delegationToRevoke;
    private String revokeNote;

    public void list() {
        try {
            runId = runs.list().id();
        } catch (IllegalStateException unfinished) {
            FormErrors.refused(unfinished);
        }
    }

    public void open(String id) {
        runId = id;
    }

    public void decide() {
        try {
            runs.decide(itemId, decision, holdReason, note);
            itemId = null;
            decision = null;
            holdReason = null;
            note = null;
        } catch (InvalidCommandException refused) {
            FormErrors.refused(refused, java.util.Map.of("decision", "decision", "note", "note"));
        } catch (IllegalArgumentException notUnderReview) {
            FormErrors.refused("itemId", itemId == null ? "Choose the record" : notUnderReview.getMessage());
        } catch (RuntimeException refused) {
            FormErrors.refused(refused);
        }
    }

    public void decideSweep() {
        try {
            runs.decideSweep(sweepId, sweepDecision, sweepNote);
            sweepId = null;
            sweepDecision = null;
            sweepNote = null;
        } catch (InvalidCommandException refused) {
            FormErrors.refused(refused);
        } catch (IllegalArgumentException notUnderReview) {
            FormErrors.refused("sweepId", sweepId == null ? "Choose the line" : notUnderReview.getMessage());
        }
    }

    public void approveUndecided() {
        try {
            runs.approveUndecided(runId);
        } catch (IllegalArgumentException refused) {
            FormErrors.refused(refused);
        }
    }

    public void approve() {
        try {
            runs.approve(runId);
        } catch (IllegalArgumentException refused) {
            FormErrors.refused(refused);
        }
    }

    public void resume() {
        try {
            runs.resume(runId);
        } catch (IllegalArgumentException refused) {
            FormErrors.refused(refused);
        }
    }

    /**
     * Reads the runs and the open run once per render (the page refers to them many times, and the poll re-renders
     * while a run is carried out), rather than once per expression.
     */
    public void read() {
        runList = runs.runs();
        Optional<DisposalRuns.RunView> view = runId == null ? Optional.empty() : runs.view(runId);
        run = view.map(DisposalRuns.RunView::run).orElse(null);
        items = view.map(DisposalRuns.RunView::items).orElse(List.of());
        progress = view.map(DisposalRuns.RunView::progress).orElse(null);
        certificate = view.map(DisposalRuns.RunView::certificate).orElse(null);
        children = view.map(DisposalRuns.RunView::children).orElse(Map.of());
        sweeps = view.map(DisposalRuns.RunView::sweeps).orElse(List.of());
        if (isMayDelegate()) {
            delegationList = delegations.all();
            seniorOfficers = delegations.seniorOfficers();
        }
    }

    /** The DPO delegates; a delegate sees runs but not this. */
    public boolean isMayDelegate() {
        return actor.isPermitted(org.pupilsupport.core.access.Permission.DELEGATE_DISPOSALS);
    }

    /** Runs by delegation: the page says so to the delegate. */
    public boolean isByDelegation() {
        return actor.delegated().contains(org.pupilsupport.core.access.Permission.RUN_DISPOSALS);
    }

    public void delegate() {
        try {
            delegations.grant(delegate, lastDay, delegationReason);
            delegate = null;
            lastDay = null;
            delegationReason = null;
        } catch (InvalidCommandException refused) {
            FormErrors.refused(refused);
        }
    }

    public void revokeDelegation() {
        try {
            delegations.revoke(delegationToRevoke, revokeNote);
            delegationToRevoke = null;
            revokeNote = null;
        } catch (InvalidCommandException refused) {
            FormErrors.refused(refused);
        } catch (IllegalArgumentException notInForce) {
            FormErrors.refused("delegationToRevoke", delegationToRevoke == null ? "Choose the delegation" : notInForce.getMessage());
        }
    }

    public List<DisposalDelegation> getDelegations() {
        return delegationList;
    }

    public List<DisposalDelegation> getDelegationsInForce() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        return delegationList.stream().filter(delegation -> delegation.inForceOn(today)).toList();
    }

    public List<org.pupilsupport.core.officers.OfficerAccounts.Holder> getSeniorOfficers() {
        return seniorOfficers;
    }

    /** "In force", "Ended 3 Jan 2027" or "Revoked by dpo, ..." as the list says it. */
    public String delegationState(DisposalDelegation delegation) {
        if (delegation.revokedAt() != null) {
            return "Revoked by " + delegation.revokedBy() + ", " + ukTime(delegation.revokedAt()) + ": " + delegation.revokeNote();
        }
        return delegation.inForceOn(LocalDate.now(java.time.ZoneId.of("Europe/London"))) ? "In force" : "Ended";
    }

    public String getDelegate() {
        return delegate;
    }

    public void setDelegate(String delegate) {
        this.delegate = delegate;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getDelegationReason() {
        return delegationReason;
    }

    public void setDelegationReason(String delegationReason) {
        this.delegationReason = delegationReason;
    }

    public String getDelegationToRevoke() {
        return delegationToRevoke;
    }

    public void setDelegationToRevoke(String delegationToRevoke) {
        this.delegationToRevoke = delegationToRevoke;
    }

    public String getRevokeNote() {
        return revokeNote;
    }

    public void setRevokeNote(String revokeNote) {
        this.revokeNote = revokeNote;
    }

    public List<DisposalSweep> getSweeps() {
        return sweeps;
    }

    public List<DisposalSweep> getUndecidedSweeps() {
        return sweeps.stream().filter(sweep -> sweep.decision() == DisposalItem.Decision.PENDING).toList();
    }

    /** A certificate's line: "dated up to 5 Dec 2019: anonymise, 1234 of 1234 found (erasure …)". */
    public String sweepResult(DisposalRuns.SweepLine line) {
        String result = line.decision() == DisposalItem.Decision.APPROVED
                ? line.action() + ": " + line.done() + " done of " + line.found() + " found when listed"
                : "deferred, " + line.found() + " kept";
        return "dated up to " + day(line.datedUpTo()) + ": " + result + (line.erasureId() == null ? "" : " (erasure " + line.erasureId() + ")");
    }

    public List<DisposalItem.Decision> getSweepDecisions() {
        return List.of(DisposalItem.Decision.APPROVED, DisposalItem.Decision.DEFERRED);
    }

    /** "Audit details dated up to 5 Dec 2019: 1,234 found" as the line's choice reads. */
    public String sweepChoice(DisposalSweep sweep) {
        return sweep.describe() + ": " + sweep.found() + " found";
    }

    public List<DisposalRun> getRuns() {
        return runList;
    }

    public DisposalRun getRun() {
        return run;
    }

    public List<DisposalItem> getItems() {
        return items;
    }

    public List<DisposalItem> getUndecided() {
        return items.stream().filter(item -> item.decision() == DisposalItem.Decision.PENDING).toList();
    }

    public DisposalRuns.Progress getProgress() {
        return progress;
    }

    public DisposalRuns.Certificate getCertificate() {
        return certificate;
    }

    public String getErasureReferences() {
        DisposalRuns.Certificate certificate = getCertificate();
        return certificate == null || certificate.erasures().isEmpty() ? "none" : String.join(", ", certificate.erasures());
    }

    /** The child as the DPO knows it; a record already erased shows only that. */
    public String childOf(DisposalItem item) {
        return children.getOrDefault(item.childId(), "(record erased)");
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String ukTime(Instant instant) {
        return instant == null ? "" : UkTime.of(instant);
    }

    public List<DisposalItem.Decision> getDecisions() {
        return List.of(DisposalItem.Decision.APPROVED, DisposalItem.Decision.DEFERRED, DisposalItem.Decision.HELD);
    }

    public String decisionLabel(DisposalItem.Decision value) {
        return switch (value) {
            case PENDING -> "To decide";
            case APPROVED -> "Approve disposal";
            case DEFERRED -> "Defer (keep for longer)";
            case HELD -> "Put under legal hold";
        };
    }

    public List<LegalHoldReason> getHoldReasons() {
        return Arrays.asList(LegalHoldReason.values());
    }

    public String getSweepId() {
        return sweepId;
    }

    public void setSweepId(String sweepId) {
        this.sweepId = sweepId;
    }

    public DisposalItem.Decision getSweepDecision() {
        return sweepDecision;
    }

    public void setSweepDecision(DisposalItem.Decision sweepDecision) {
        this.sweepDecision = sweepDecision;
    }

    public String getSweepNote() {
        return sweepNote;
    }

    public void setSweepNote(String sweepNote) {
        this.sweepNote = sweepNote;
    }

    public String getItemId() {
        return itemId;
    }

    public void setItemId(String itemId) {
        this.itemId = itemId;
    }

    public DisposalItem.Decision getDecision() {
        return decision;
    }

    public void setDecision(DisposalItem.Decision decision) {
        this.decision = decision;
    }

    public LegalHoldReason getHoldReason() {
        return holdReason;
    }

    public void setHoldReason(LegalHoldReason holdReason) {
        this.holdReason = holdReason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
