package org.pupilsupport.web.security;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import org.pupilsupport.core.audit.AccessEvents;
import org.pupilsupport.core.audit.AuditContext;
import org.pupilsupport.core.officers.OfficerAccounts;
import org.pupilsupport.core.officers.SignedInOfficer;
import org.pupilsupport.core.tenancy.Tenant;
import org.pupilsupport.core.tenancy.TenantDirectory;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The sign-in page. A failed sign-in says only that the details were wrong, never which part. */
@Named
@ViewScoped
public class LoginPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String WRONG_DETAILS = "The username or password is not right. Check them and try again.";
    static final String LOCKED_OUT = "Too many attempts to sign in with this username. Wait 15 minutes and try again,"
            + " or ask your administrator to reset your password.";
    static final String ADDRESS_LOCKED_OUT = "Too many failed attempts to sign in have come from your network address."
            + " Wait 15 minutes and try again.";
    static final String USERNAME_TOO_LONG = "A username has at most " + OfficerAccounts.MAX_USERNAME_LENGTH
            + " characters. Check your username and try again.";

    @Inject
    SecurityContext securityContext;

    @Inject
    OfficerAccounts accounts;

    @Inject
    TenantDirectory tenants;

    @Inject
    OfficerSession session;

    @Inject
    AccessEvents accessEvents;

    @Inject
    AuditContext auditContext;

    private String username;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String typedPassword = password;
        password = null;
        String clientAddress = request.getRemoteAddr();
        auditContext.actingAs(AccessEvents.asRecorded(username), java.util.Set.of(), clientAddress);
        if (username != null && username.strip().length() > OfficerAccounts.MAX_USERNAME_LENGTH) {
            // Refused before anything else: no account can have such a name, and the database would choke on it.
            accessEvents.signInRefusedForOverlongUsername(username);
            faces.addMessage("login:username", new FacesMessage(FacesMessage.SEVERITY_ERROR, USERNAME_TOO_LONG, null));
            return;
        }
        if (accounts.isAddressLockedOut(clientAddress)) {
            accessEvents.signInRefusedForAddress(username);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, ADDRESS_LOCKED_OUT, null));
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username == null ? "" : username, new Password(typedPassword == null ? "" : typedPassword)))
                .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                startSession(request);
                external.redirect(external.getRequestContextPath() + session.landingPage());
            }
            case SEND_CONTINUE -> {
                // Jakarta Security is already redirecting to the page the officer first asked for.
                startSession(request);
                faces.responseComplete();
            }
            default -> {
                if (accounts.isAddressLockedOut(clientAddress)) {
                    accessEvents.signInRefusedForAddress(username);
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, ADDRESS_LOCKED_OUT, null));
                    return;
                }
                boolean lockedOut = accounts.isLockedOut(username);
                accessEvents.signInFailed(username, lockedOut);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, lockedOut ? LOCKED_OUT : WRONG_DETAILS, null));
            }
        }
    }

    private void startSession(HttpServletRequest request) {
        // A new session id at sign-in, so an id planted before sign-in is worthless afterwards.
        request.changeSessionId();
        SignedInOfficer officer = accounts.describe(request.getUserPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("Signed-in officer has no account"));
        List<Tenant> boroughs = officer.boroughs().stream().map(tenants::find).flatMap(java.util.Optional::stream).toList();
        session.signedIn(officer, boroughs);
        auditContext.actingAs(officer.username(), officer.roleNames(), request.getRemoteAddr());
        accessEvents.signedIn(officer);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
