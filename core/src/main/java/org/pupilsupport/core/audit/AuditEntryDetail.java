package org.pupilsupport.core.audit;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

import org.pupilsupport.core.tenancy.TenantScopedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The part of an audit entry that may name a person (a reason typed by an officer, search terms, "field: old
 * -> new" lines), kept beside the chain rather than in it. The chained entry holds only a seal: SHA-256 of a
 * random salt and this text. While the text and salt are here, the verifier recomputes the seal, so any
 * change to them is caught; when a child's record is erased, the text and salt are cleared and the erasure
 * that did it is named, so the chain still proves nothing was added, removed, reordered or altered, while
 * nobody can learn the text again (without the salt, the seal cannot be tested against guesses such as a
 * known UPN).
 */
@Entity
@Table(name = "AUDIT_ENTRY_DETAIL")
public class AuditEntryDetail extends TenantScopedEntity {

    static final int REASON_LENGTH = 500;
    static final int DETAILS_LENGTH = 4000;

    private static final SecureRandom SALTS = new SecureRandom();

    @Id
    @Column(name = "ENTRY_ID", length = 36)
    private String entryId;

    @Column(name = "SALT", length = 64)
    private String salt;

    @Column(name = "REASON", length = REASON_LENGTH)
    private String reason;

    @Column(name = "DETAILS", length = DETAILS_LENGTH)
    private String details;

    @Column(name = "ERASURE_ID", length = 36)
    private String erasureId;

    @Column(name = "ERASED_AT")
    @Convert(converter = UtcTimestampConverter.class)
    private Instant erasedAt;

    protected AuditEntryDetail() {
        // for JPA
    }

    AuditEntryDetail(String entryId, String reason, String details) {
        this.entryId = entryId;
        this.reason = reason;
        this.details = details;
        this.salt = newSalt();
    }

    /** 256 random bits, as hex. */
    static String newSalt() {
        byte[] random = new byte[32];
        SALTS.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** The value the chained entry carries in place of the text. */
    String seal() {
        return seal(salt, reason, details);
    }

    static String seal(String salt, String reason, String details) {
        return ChainHashing.sha256(ChainHashing.canonical("audit-details-v1", salt, reason, details));
    }

    String salt() {
        return salt;
    }

    public String reason() {
        return reason;
    }

    public String details() {
        return details;
    }

    /** Whether the text was removed by an erasure; the entry itself stays in the chain. */
    public boolean erased() {
        return erasureId != null;
    }

    public String erasureId() {
        return erasureId;
    }

    public Instant erasedAt() {
        return erasedAt;
    }
}
