package org.pupilsupport.core.children.ctf;

import java.time.LocalDate;
import java.util.List;

/**
 * What importing a Common Transfer File would do, pupil by pupil, before anything is written. Kept by the
 * screen between the preview and the officer's decision, and checked again when committed.
 *
 * @param fileFingerprint SHA-256 of the file, so the commit can be tied to the file previewed
 */
public record CtfImportPreview(CtfHeader header, String fileFingerprint, List<PupilPreview> pupils, List<CtfPupil> read) {

    public CtfImportPreview {
        pupils = List.copyOf(pupils);
        read = List.copyOf(read);
    }

    /** What happens to one pupil of the file. */
    public enum Outcome {
        /** Not known to the borough: a record will be created. */
        NEW,
        /** Already recorded, and the file adds nothing. */
        UNCHANGED,
        /** Already recorded; the listed changes will be made. */
        CHANGED,
        /** Cannot be imported, for the reasons listed; nothing of it is written. */
        REJECTED
    }

    /**
     * @param existingChildId the matched record, for UNCHANGED and CHANGED
     * @param notes           the changes (CHANGED), the reasons (REJECTED), or values left out (any)
     */
    public record PupilPreview(int line, String upn, String name, LocalDate dateOfBirth, Outcome outcome, String existingChildId,
                               List<String> notes) {

        public PupilPreview {
            notes = List.copyOf(notes);
        }
    }

    public long count(Outcome outcome) {
        return pupils.stream().filter(pupil -> pupil.outcome() == outcome).count();
    }

    /** Whether there is anything to write: a file of only rejected or unchanged pupils commits nothing. */
    public boolean hasChanges() {
        return count(Outcome.NEW) + count(Outcome.CHANGED) > 0;
    }

    public String summary() {
        return count(Outcome.NEW) + " new, " + count(Outcome.CHANGED) + " changed, " + count(Outcome.UNCHANGED) + " unchanged, "
                + count(Outcome.REJECTED) + " rejected";
    }
}
