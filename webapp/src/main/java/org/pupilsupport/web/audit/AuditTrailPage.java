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
import org.pupilsupport.core.audit.AuditExport;
import org.pupilsupport.core.audit.AuditTrailNames;
import org.pupilsupport.core.audit.AuditTrailNames.ChildChoice;
import org.pupilsupport.core.audit.AuditTrailNames.ReadableEntry;
import org.pupilsupport.core.access.AccessDeniedException;
import org.pupilsupport.web.support.Messages;
import org.pupilsupport.core.tenancy.TenantId;
import org.pupilsupport.web.security.OfficerSession;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The acting borough's audit trail, filtered by child (found by name or UPN, or given by record id in the
 * address), user, action and dates, and read in people's terms. Only auditors and data
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
    AuditTrailNames names;

    @Inject
    OfficerSession session;

    @Inject
    Clock clock;

    private String child;
    private String childText;
    private String childShown;
    private List<ChildChoice> childChoices = List.of();
    private String username;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private final LazyDataModel<ReadableEntry> model = new EntriesModel();

    private AuditQuery query() {
        return new AuditQuery(child, username, action, from, to);
    }

    /**
     * Applies the filter. A child typed by name or UPN is looked up first (the look-up is audited): one match
     * filters by that child, several are offered to choose from, and none (or text that is no name or whole
     * UPN) says so; until a child is settled the filter by child stays as it was.
     */
    public void filter() {
        childChoices = List.of();
        if (childText == null || childText.isBlank()) {
            child = null;
            childShown = null;
            return;
        }
        if (childText.strip().equals(childShown)) {
            return;
        }
        try {
            List<ChildChoice> found = names.childrenMatching(childText);
            if (found.size() == 1) {
                choose(found.get(0));
            } else if (found.isEmpty()) {
                Messages.failed("No child in " + session.getActingBoroughName() + " matches \"" + childText.strip() + "\": check the name or UPN");
            } else {
                childChoices = found;
                Messages.info(found.size() + (found.size() == AuditTrailNames.MOST_CHILDREN_OFFERED ? " or more" : "")
                        + " children match: choose the one you mean below");
            }
        } catch (IllegalArgumentException | AccessDeniedException refused) {
            Messages.failed(refused.getMessage());
        }
    }

    /** Picks one of the children offered when several matched. */
    public void chooseChild(String childId) {
        childChoices.stream().filter(choice -> choice.id().equals(childId)).findFirst().ifPresent(this::choose);
        childChoices = List.of();
    }

    private void choose(ChildChoice choice) {
        child = choice.id();
        childShown = choice.description();
        childText = childShown;
    }

    /** The child the trail is filtered by, in words, when it came as a record id in the address. */
    public void describeChildFromAddress() {
        if (child != null && !child.isBlank() && childShown == null) {
            names.child(child).ifPresent(this::choose);
        }
    }

    private final class EntriesModel extends LazyDataModel<ReadableEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(chains.count(query()));
        }

        @Override
        public List<ReadableEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return names.readable(chains.search(query(), first, pageSize));
        }

        @Override
        public String getRowKey(ReadableEntry row) {
            return String.valueOf(row.entry().sequenceNumber());
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

    public LazyDataModel<ReadableEntry> getModel() {
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

    public String getChildText() {
        return childText;
    }

    public void setChildText(String childText) {
        this.childText = childText;
    }

    public String getChildShown() {
        return childShown;
    }

    public List<ChildChoice> getChildChoices() {
        return childChoices;
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
