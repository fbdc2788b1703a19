package org.pupilsupport.web.audit;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditChains;
import org.pupilsupport.core.audit.AuditChains.AuditQuery;
import org.pupilsupport.core.audit.AuditEntry;
import org.pupilsupport.core.audit.AuditExport;
import org.pupilsupport.core.tenancy.TenantId;
import org.pupilsupport.web.security.OfficerSession;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The acting borough's audit trail, filtered by child, user, action and dates. Only auditors and data
 * protection officers of the acting borough may read it: holding the role in another borough is not enough
 * (PagePermissions refuses the page, and the audit service refuses the read).
 */
@Named
@ViewScoped
public class AuditTrailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditChains chains;

    @Inject
    AuditExport export;

    @Inject
    OfficerSession session;

    @Inject
    Clock clock;

    private String child;
    private String username;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private final LazyDataModel<AuditEntry> model = new EntriesModel();

    private AuditQuery query() {
        return new AuditQuery(child, username, action, from, to);
    }

    private final class EntriesModel extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(chains.count(query()));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return chains.search(query(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.sequenceNumber());
        }
    }

    /** The filtered trail as a CSV download; the export service records it before sending anything. */
    public StreamedContent getCsv() {
        AuditQuery filter = query();
        String borough = session.actingBorough().map(TenantId::value).orElse("borough");
        return DefaultStreamedContent.builder()
                .name("audit-trail-" + borough + "-" + LocalDate.now(clock) + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(output -> export.writeCsv(filter, output))
                .build();
    }

    public LazyDataModel<AuditEntry> getModel() {
        return model;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getChild() {
        return child;
    }

    public void setChild(String child) {
        this.child = child;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
