package org.pupilsupport.core.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.pupilsupport.core.startup.InstallationSettings;
import org.pupilsupport.core.tenancy.TenantId;

/**
 * Attachment files on disk, outside the web root: {@code <attachments dir>/<borough>/<attachment id>}. A file is
 * written before its record and removed again if the transaction does not commit, so a failed upload leaves
 * neither a record without a file nor a file nobody can reach.
 */
@ApplicationScoped
public class AttachmentStore {

    private static final Logger LOG = Logger.getLogger(AttachmentStore.class.getName());
    private static final Pattern SAFE_ID = Pattern.compile("[0-9a-f-]{36}");

    @Inject
    InstallationSettings settings;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Writes the file within the current transaction; it disappears again on rollback. */
    void write(TenantId borough, String attachmentId, byte[] content) {
        Path target = pathOf(borough, attachmentId);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), "upload-", ".part");
            Files.write(partial, content);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("The attachment could not be stored", failed);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the file is already in place; only a rollback needs work
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    delete(target);
                }
            }
        });
    }

    /**
     * Deletes the file once the transaction that removed its record commits; on rollback the file stays with its
     * record. A crash between the commit and the delete leaves a file that no record names, which
     * {@link #removeFilesNoRecordNames} takes away at the next start.
     */
    public void deleteWhenCommitted(TenantId borough, String attachmentId) {
        Path target = pathOf(borough, attachmentId);
        org.pupilsupport.core.transactions.AfterCommit.run(transactions, () -> delete(target));
    }

    /**
     * Deletes every file in the borough's folder that no attachment record names: files of records erased or
     * disposed of just before a crash, and uploads cut off before their record was written. Only safe while
     * nothing is uploading, so only at start-up. An erased child's files must not outlive its record.
     *
     * @param recordedIds the ids of every attachment record the borough holds
     * @return how many files were removed
     */
    public int removeFilesNoRecordNames(TenantId borough, java.util.Set<String> recordedIds) {
        Path folder = settings.attachmentsDirectory().resolve(borough.value());
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        java.util.List<Path> orphans;
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            orphans = files.filter(Files::isRegularFile).filter(file -> !recordedIds.contains(file.getFileName().toString())).toList();
        } catch (IOException failed) {
            throw new UncheckedIOException("The attachments folder " + folder + " cannot be read", failed);
        }
        orphans.forEach(AttachmentStore::delete);
        return orphans.size();
    }

    byte[] read(TenantId borough, String attachmentId) {
        try {
            return Files.readAllBytes(pathOf(borough, attachmentId));
        } catch (IOException failed) {
            throw new UncheckedIOException("The attachment's file is missing or unreadable", failed);
        }
    }

    private Path pathOf(TenantId borough, String attachmentId) {
        if (attachmentId == null || !SAFE_ID.matcher(attachmentId).matches()) {
            throw new IllegalArgumentException("Not an attachment id");
        }
        return settings.attachmentsDirectory().resolve(borough.value()).resolve(attachmentId);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException failed) {
            LOG.log(Level.WARNING, "Could not remove an attachment's file: " + file, failed);
        }
    }
}
