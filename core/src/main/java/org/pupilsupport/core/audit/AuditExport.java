package org.pupilsupport.core.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.audit.AuditChains.AuditQuery;
import org.pupilsupport.core.tenancy.TenantEntityManagers;

/**
 * The acting borough's audit trail as CSV, for auditors and the DPO to take into their own tools. Each
 * row carries its sequence number and both hashes, so the chain can be re-checked outside the system.
 * The export is itself audited, before the first byte is sent: a download cut short still leaves its entry.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = UncheckedIOException.class)
public class AuditExport {

    static final List<String> COLUMNS = List.of("sequence", "occurred_at_utc", "username", "roles", "action", "subject_type",
            "subject_id", "outcome", "reason", "details", "request_id", "client_address", "previous_hash", "entry_hash",
            // The same entry in people's terms, after the raw values (whose columns keep their places).
            "when_uk", "person", "action_in_words", "subject_in_words", "outcome_in_words", "details_with_names", "from");

    private static final int BATCH = 2000;

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    AuditTrail trail;

    @Inject
    AuditTrailNames names;

    /**
     * Writes every entry matching the query, oldest first, as UTF-8 CSV (RFC 4180, with a byte-order mark
     * so spreadsheet programs read accents correctly).
     *
     * @return the number of entries written
     * @throws UncheckedIOException if the output fails part way (the export's own entry stays recorded)
     */
    @Requires(Permission.EXPORT_AUDIT_TRAIL)
    public long writeCsv(AuditQuery query, OutputStream output) {
        AuditViewerQueries queries = new AuditViewerQueries(entityManagers.current());
        long rows = queries.count(query);
        trail.record(AuditEvent.about(AuditAction.EXPORT, "audit-trail", query.subjectId(), AuditOutcome.SUCCESS)
                .withDetails("CSV of " + rows + " entries; filter: " + query.describe()));
        try {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writeRow(writer, COLUMNS);
            long written = 0;
            Iterator<AuditEntry> entries = queries.oldestFirst(query, BATCH);
            AuditTrailNames.Reading reading = names.reading();
            // Entries recorded after the count (including this export's own) are left for the next export.
            while (entries.hasNext() && written < rows) {
                writeRow(writer, row(reading.of(List.of(entries.next())).get(0)));
                written++;
            }
            writer.flush();
            return written;
        } catch (IOException failed) {
            throw new UncheckedIOException("The audit export stopped part way", failed);
        }
    }

    private static List<String> row(AuditTrailNames.ReadableEntry readable) {
        AuditEntry entry = readable.entry();
        return java.util.Arrays.asList(String.valueOf(entry.sequenceNumber()), entry.occurredAt().toString(), entry.username(),
                entry.roleNames(), entry.action().name(), entry.subjectType(), entry.subjectId(), entry.outcome().name(), entry.reason(),
                entry.details(), entry.requestId(), entry.clientAddress(), entry.previousHash(), entry.entryHash(),
                readable.when(), readable.person(), readable.action(), readable.subject(), readable.outcome(), readable.details(), readable.from());
    }

    private static void writeRow(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(csvCell(cells.get(i)));
        }
        writer.write("\r\n");
    }

    /**
     * Quoted, with quotes doubled; a cell a spreadsheet would read as a formula (=, +, -, @, tab, CR) is
     * prefixed with an apostrophe, so search terms typed by a user cannot run in an auditor's spreadsheet.
     */
    static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
