package org.pupilsupport.web.schools;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;
import org.pupilsupport.core.schools.gias.SchoolRegisterJobs;
import org.pupilsupport.core.schools.gias.SchoolRegisterJobs.JobStatus;
import org.pupilsupport.web.support.FormErrors;
import org.pupilsupport.web.support.Messages;

/**
 * A system administrator loads or refreshes the shared school register from a GIAS establishment extract.
 * The file is saved to a temporary file (the upload's stream ends with the request) and applied in the
 * background; the page polls the job for its progress and then shows what changed.
 */
@Named
@ViewScoped
public class SchoolRegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SchoolRegisterJobs jobs;

    private transient UploadedFile file;

    public void upload() {
        if (file == null || file.getSize() == 0) {
            FormErrors.refused("file", "Choose a GIAS establishment extract (.csv) to upload");
            return;
        }
        try {
            Path saved = Files.createTempFile("gias-extract-", ".csv");
            try (InputStream content = file.getInputStream()) {
                Files.copy(content, saved, StandardCopyOption.REPLACE_EXISTING);
            }
            jobs.start(saved, file.getFileName());
            Messages.info("Refresh started: you can watch its progress here, or leave the page and come back");
        } catch (IllegalStateException busy) {
            FormErrors.refused(busy);
        } catch (IOException unreadable) {
            Messages.failed("The upload could not be saved; try again");
        }
    }

    public JobStatus getStatus() {
        return jobs.latest().orElse(null);
    }

    public boolean isRunning() {
        JobStatus status = getStatus();
        return status != null && status.isRunning();
    }

    /** For the progress bar: percent of the file read, 0 until the first batch is done. */
    public int getPercent() {
        JobStatus status = getStatus();
        if (status == null || status.progress() == null) {
            return 0;
        }
        return status.report() != null ? 100 : status.progress().percentDone().orElse(0);
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
