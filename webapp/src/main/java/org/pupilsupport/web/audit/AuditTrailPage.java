package org.pupilsupport.web.audit;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditChains;
import org.pupilsupport.core.audit.AuditChains.AuditQuery;
import org.pupilsupport.core.audit.AuditEntry;
import org.pupilsupport.web.security.OfficerSession;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The acting borough's audit trail, filtered by child, user, action and dates. Only auditors and data
 * protection officers of the acting borough may read it: holding the role in another borough is not enough,
 * so the check is made here for the borough acted for, not only by the web.xml constraint.
 */
@Named
@ViewScoped
public class AuditTrailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<String> READER_ROLES = List.of("auditor", "dpo");

    @Inject
    AuditChains chains;

    @Inject
    OfficerSession session;

    private String child;
    private String username;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private final LazyDataModel<AuditEntry> model = new EntriesModel();

    /** Refuses (403) anyone who is not an auditor or DPO of the borough they act for. */
    public void authorise() throws IOException {
        if (session.rolesInActingBorough().stream().noneMatch(READER_ROLES::contains)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, "Only auditors and data protection officers of this borough");
            faces.responseComplete();
        }
    }

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
