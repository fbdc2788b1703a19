package org.pupilsupport.web.security;

import java.io.Serializable;

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

    public String actFor(String boroughId) {
        session.actFor(TenantId.of(boroughId));
        return "/officer/children.xhtml?faces-redirect=true";
    }
}
