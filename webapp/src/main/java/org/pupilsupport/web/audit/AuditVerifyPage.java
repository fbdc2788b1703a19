package org.pupilsupport.web.audit;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.access.AccessDeniedException;
import org.pupilsupport.core.audit.AuditVerification;
import org.pupilsupport.core.audit.ChainVerification;
import org.pupilsupport.core.tenancy.TenantId;
import org.pupilsupport.web.support.FormErrors;

/** Checks the acting borough's audit chain (or, for a system administrator, every chain) on request. */
@Named
@ViewScoped
public class AuditVerifyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditVerification verification;

    @Inject
    org.pupilsupport.web.security.OfficerSession session;

    /** One chain's outcome, for the table. */
    public record Outcome(String chain, boolean intact, long entriesChecked, String problem) implements Serializable {

        static Outcome of(TenantId chain, ChainVerification.Result result) {
            return new Outcome(chain.value(), result.intact(), result.entriesChecked(),
                    result.intact() ? "" : "first broken link at entry " + result.brokenAt() + ": " + result.problem());
        }
    }

    private List<Outcome> outcomes = List.of();

    public void checkActingBorough() {
        TenantId borough = session.actingBorough().orElseThrow();
        outcomes = List.of(Outcome.of(borough, verification.verifyActingBorough()));
    }

    public void checkEveryChain() {
        try {
            Map<TenantId, ChainVerification.Result> results = verification.verifyEveryChain();
            outcomes = results.entrySet().stream().map(entry -> Outcome.of(entry.getKey(), entry.getValue())).toList();
        } catch (AccessDeniedException refused) {
            FormErrors.refused(refused);
        }
    }

    public List<Outcome> getOutcomes() {
        return outcomes;
    }
}
