package org.pupilsupport.core.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.pupilsupport.core.tenancy.TenantScopedEntity;

/**
 * A file attached to a case (a letter, a report, a school's notification), described here and kept outside
 * the web root by {@link AttachmentStore} under this record's id. Its name is only ever shown, never used as a path.
 */
@Entity
@Table(name = "CASE_ATTACHMENT")
public class CaseAttachment extends TenantScopedEntity {

    static final int LONGEST_NAME = 200;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CASE_NUMBER", nullable = false)
    private Long caseNumber;

    @Column(name = "CONTACT_ID", length = 36)
    private String contactId;

    @Column(name = "FILE_NAME", nullable = false, length = LONGEST_NAME)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "FILE_TYPE", nullable = false, length = 10)
    private AttachmentType type;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long sizeBytes;

    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "UPLOADED_BY", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "UPLOADED_AT", nullable = false)
    private Instant uploadedAt;

    protected CaseAttachment() {
        // for JPA
    }

    CaseAttachment(long caseNumber, String contactId, String fileName, AttachmentType type, long sizeBytes, String sha256, String uploadedBy,
                   Instant uploadedAt) {
        this.id = UUID.randomUUID().toString();
        this.caseNumber = caseNumber;
        this.contactId = contactId;
        this.fileName = displayName(fileName);
        this.type = type;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** The last part of the name a browser sent, without control characters, kept short: for display only. */
    static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("The file has no name");
        }
        int characters = name.codePointCount(0, name.length());
        // Cut by whole characters, keeping the end so the extension survives.
        return characters <= LONGEST_NAME ? name : name.substring(name.offsetByCodePoints(0, characters - LONGEST_NAME));
    }

    public String id() {
        return id;
    }

    public Long caseNumber() {
        return caseNumber;
    }

    public String contactId() {
        return contactId;
    }

    public String fileName() {
        return fileName;
    }

    public AttachmentType type() {
        return type;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
