package org.pupilsupport.web.children;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;
import org.pupilsupport.core.access.AccessDeniedException;
import org.pupilsupport.core.children.ctf.CtfFileRejectedException;
import org.pupilsupport.core.children.ctf.CtfImportPreview;
import org.pupilsupport.core.children.ctf.CtfImports;
import org.pupilsupport.web.support.FormErrors;
import org.pupilsupport.web.support.Messages;

/**
 * Importing a Common Transfer File: upload, read the preview pupil by pupil, then import all of it or
 * nothing. The preview stays on the server in this view until the officer decides.
 */
@Named
@ViewScoped
public class CtfImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CtfImports imports;

    private transient UploadedFile file;
    private String reasonForUnknownChildren;
    private transient CtfImportPreview preview;

    public void upload() {
        preview = null;
        if (file == null || file.getSize() == 0) {
            FormErrors.refused("file", "Choose a Common Transfer File (.xml) to upload");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            preview = imports.preview(content, reasonForUnknownChildren);
            Messages.info("Read " + preview.pupils().size() + " pupils: " + preview.summary() + ". Nothing has been saved yet.");
        } catch (CtfFileRejectedException rejected) {
            FormErrors.refused("file", "The file was not imported: " + rejected.getMessage());
        } catch (IOException unreadable) {
            Messages.failed("The upload could not be read; try again");
        } catch (AccessDeniedException | IllegalArgumentException refused) {
            FormErrors.refused(refused);
        }
    }

    public void commit() {
        if (preview == null || !preview.hasChanges()) {
            Messages.failed("There is nothing to import: upload a file first");
            return;
        }
        try {
            int written = imports.commit(preview);
            // Every pupil of the file is accounted for, so the numbers add up to the file and none seems lost.
            Messages.info("Imported: " + written + " records created or changed (" + preview.count(CtfImportPreview.Outcome.NEW) + " new, "
                    + preview.count(CtfImportPreview.Outcome.CHANGED) + " changed) of the file's " + preview.pupils().size() + " pupils; "
                    + preview.count(CtfImportPreview.Outcome.UNCHANGED) + " already up to date, "
                    + preview.count(CtfImportPreview.Outcome.REJECTED) + " rejected and left out.");
            preview = null;
        } catch (IllegalStateException | IllegalArgumentException stale) {
            FormErrors.refused(stale);
        }
    }

    public void cancel() {
        preview = null;
        Messages.info("Import cancelled; nothing was saved");
    }

    public List<CtfImportPreview.PupilPreview> getPupils() {
        return preview == null ? List.of() : preview.pupils();
    }

    public CtfImportPreview getPreview() {
        return preview;
    }

    public String getReasonForUnknownChildren() {
        return reasonForUnknownChildren;
    }

    public void setReasonForUnknownChildren(String reasonForUnknownChildren) {
        this.reasonForUnknownChildren = reasonForUnknownChildren;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
