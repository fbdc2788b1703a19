package org.pupilsupport.web.privacy;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.audit.AuditTrailNames;
import org.pupilsupport.core.audit.AuditTrailNames.ChildChoice;
import org.pupilsupport.core.children.ChildNotFoundException;
import org.pupilsupport.core.privacy.ChildErasure;
import org.pupilsupport.core.privacy.ErasureGround;
import org.pupilsupport.core.privacy.ErasureRecord;
import org.pupilsupport.core.privacy.LegalHold;
import org.pupilsupport.core.privacy.LegalHoldReason;
import org.pupilsupport.core.privacy.LegalHolds;
import org.pupilsupport.core.privacy.RecordHeldException;
import org.pupilsupport.core.privacy.RecordRestriction;
import org.pupilsupport.core.privacy.RecordRestrictions;
import org.pupilsupport.web.support.FormErrors;
import org.pupilsupport.web.support.UkTime;

/**
 * The DPO finds a child by name or UPN, sees the holds on the record, places or releases a hold, and erases the
 * record on a granted request; the borough's holds in force and its erasures are listed below.
 */
@Named
@ViewScoped
public class ErasurePage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int ERASURES_SHOWN = 50;

    @Inject
    AuditTrailNames names;

    @Inject
    ChildErasure erasure;

    @Inject
    LegalHolds holds;

    @Inject
    RecordRestrictions restrictions;

    private String lookFor;
    private List<ChildChoice> matches = List.of();
    private ChildChoice chosen;
    private LegalHoldReason holdReason;
    private String holdNote;
    private String holdToRelease;
    private String releaseNote;
    private String erasureReason;
    private boolean basisChecked;
    private ChildErasure.Outcome done;
    private String restrictionReason;
    private String liftNote;

    public void find() {
        try {
            matches = names.childrenMatching(lookFor);
            chosen = null;
            done = null;
        } catch (IllegalArgumentException refused) {
            FormErrors.refused("lookFor", refused.getMessage());
        }
    }

    public void choose(String childId) {
        chosen = names.child(childId).orElse(null);
        matches = List.of();
        done = null;
    }

    public void placeHold() {
        try {
            holds.place(chosen.id(), holdReason, holdNote);
            holdReason = null;
            holdNote = null;
        } catch (RuntimeException refused) {
            FormErrors.refused(refused, java.util.Map.of("reason", "holdReason", "note", "holdNote"));
        }
    }

    public void release() {
        if (holdToRelease == null || getChosenHolds().stream().noneMatch(hold -> hold.id().equals(holdToRelease))) {
            FormErrors.refused("holdToRelease", "Select the hold to release");
            return;
        }
        try {
            holds.release(holdToRelease, releaseNote);
            releaseNote = null;
            holdToRelease = null;
        } catch (RuntimeException refused) {
            FormErrors.refused(refused);
        }
    }

    public void erase() {
        if (!basisChecked) {
            FormErrors.refused("basisChecked", "Confirm that you have checked the lawful basis, any statutory duty and any legal hold");
            return;
        }
        try {
            done = erasure.erase(chosen.id(), ErasureGround.ERASURE_REQUEST, erasureReason);
            chosen = null;
            erasureReason = null;
            basisChecked = false;
        } catch (RecordHeldException | ChildNotFoundException refused) {
            FormErrors.refused(refused);
        } catch (org.pupilsupport.core.validation.InvalidCommandException invalid) {
            FormErrors.refused(invalid, java.util.Map.of("reason", "erasureReason"));
        }
    }

    public void restrict() {
        try {
            restrictions.restrict(chosen.id(), restrictionReason);
            restrictionReason = null;
            chosen = names.child(chosen.id()).orElse(null);
        } catch (RuntimeException refused) {
            FormErrors.refused(refused);
        }
    }

    public void lift() {
        try {
            restrictions.lift(chosen.id(), liftNote);
            liftNote = null;
            chosen = names.child(chosen.id()).orElse(null);
        } catch (RuntimeException refused) {
            FormErrors.refused(refused);
        }
    }

    public List<RecordRestriction> getChosenRestriction() {
        return chosen == null ? List.of() : restrictions.inForce(chosen.id());
    }

    public List<RecordRestriction> getRestrictionsInForce() {
        return restrictions.allInForce();
    }

    public String restrictedChild(RecordRestriction restriction) {
        return names.child(restriction.childId()).map(ChildChoice::description).orElse("(record not found)");
    }

    public String getRestrictionReason() {
        return restrictionReason;
    }

    public void setRestrictionReason(String restrictionReason) {
        this.restrictionReason = restrictionReason;
    }

    public String getLiftNote() {
        return liftNote;
    }

    public void setLiftNote(String liftNote) {
        this.liftNote = liftNote;
    }

    public List<LegalHold> getChosenHolds() {
        return chosen == null ? List.of() : holds.activeFor(chosen.id());
    }

    public List<LegalHold> getHoldsInForce() {
        return holds.active();
    }

    public List<ErasureRecord> getErasures() {
        return erasure.erasures(ERASURES_SHOWN);
    }

    /** The held child's name for the list, or a note that the record is gone (it cannot be while held). */
    public String childOf(LegalHold hold) {
        Optional<ChildChoice> child = names.child(hold.childId());
        return child.map(ChildChoice::description).orElse("(record not found)");
    }

    public List<LegalHoldReason> getHoldReasons() {
        return Arrays.asList(LegalHoldReason.values());
    }

    public String ukTime(Instant instant) {
        return UkTime.of(instant);
    }

    public String getLookFor() {
        return lookFor;
    }

    public void setLookFor(String lookFor) {
        this.lookFor = lookFor;
    }

    public List<ChildChoice> getMatches() {
        return matches;
    }

    public ChildChoice getChosen() {
        return chosen;
    }

    public LegalHoldReason getHoldReason() {
        return holdReason;
    }

    public void setHoldReason(LegalHoldReason holdReason) {
        this.holdReason = holdReason;
    }

    public String getHoldNote() {
        return holdNote;
    }

    public void setHoldNote(String holdNote) {
        this.holdNote = holdNote;
    }

    public String getHoldToRelease() {
        return holdToRelease;
    }

    public void setHoldToRelease(String holdToRelease) {
        this.holdToRelease = holdToRelease;
    }

    public String getReleaseNote() {
        return releaseNote;
    }

    public void setReleaseNote(String releaseNote) {
        this.releaseNote = releaseNote;
    }

    public String getErasureReason() {
        return erasureReason;
    }

    public void setErasureReason(String erasureReason) {
        this.erasureReason = erasureReason;
    }

    public boolean isBasisChecked() {
        return basisChecked;
    }

    public void setBasisChecked(boolean basisChecked) {
        this.basisChecked = basisChecked;
    }

    public ChildErasure.Outcome getDone() {
        return done;
    }
}
