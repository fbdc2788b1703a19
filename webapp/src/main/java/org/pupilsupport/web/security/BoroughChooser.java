package org.pupilsupport.web.security;

import java.io.Serializable;

import org.pupilsupport.core.audit.AccessEvents;
import org.pupilsupport.core.tenancy.TenantId;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Choosing (or switching) the borough an officer of several boroughs acts for. */
@Named
@ViewScoped
public class BoroughChooser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OfficerSession session;

    @Inject
    AccessEvents accessEvents;

    public String actFor(String boroughId) {
        TenantId chosen = TenantId.of(boroughId);
        java.util.Optional<TenantId> before = session.actingBorough();
        session.actFor(chosen);
        if (!before.equals(java.util.Optional.of(chosen))) {
            accessEvents.switchedBorough(session.officer(), before, chosen);
        }
        return session.landingPage() + "?faces-redirect=true";
    }
}
