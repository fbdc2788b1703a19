package org.pupilsupport.web.security;

import java.io.IOException;

import org.pupilsupport.core.audit.AccessEvents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Signing out ends the server session, not just the cookie. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    OfficerSession session;

    @Inject
    AccessEvents accessEvents;

    public void signOut() throws IOException, ServletException {
        if (session.isSignedIn()) {
            accessEvents.signedOut(session.officer());
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        // Tells the browser to drop what it may still hold of this site: cached pages and storage.
        external.setResponseHeader("Clear-Site-Data", "\"cache\", \"storage\"");
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
