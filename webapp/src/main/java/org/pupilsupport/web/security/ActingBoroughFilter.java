package org.pupilsupport.web.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.pupilsupport.core.access.AccessRefusals;
import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.audit.AuditContext;
import org.pupilsupport.core.officers.OfficerAccounts;
import org.pupilsupport.core.officers.SignedInOfficer;
import org.pupilsupport.core.tenancy.ActingBorough;

/**
 * The one place web requests are bound to a borough and a person. For a signed-in officer it re-reads the
 * account (so a disabled account or a removed role takes effect at once, not at the next sign-in), ends
 * sessions older than {@link #ABSOLUTE_SESSION_LIMIT}, hands the acting borough and roles to the core,
 * and refuses (403) a page whose permission the officer lacks in the acting borough. A request signed in
 * by Liberty's sign-in cookie but without the application's session is signed out, never served.
 */
@WebFilter(urlPatterns = "/*")
public class ActingBoroughFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** However active, a session ends after a working day; the idle limit (20 minutes) is in web.xml. */
    public static final Duration ABSOLUTE_SESSION_LIMIT = Duration.ofHours(9);

    static final String CHOOSER = "/choose-borough.xhtml";
    static final String SIGN_IN = "/login.xhtml";
    static final String ENDED_IDLE = "idle";
    static final String ENDED_NO_SESSION = "no-session";

    @Inject
    OfficerSession session;

    @Inject
    ActingBorough actingBorough;

    @Inject
    org.pupilsupport.core.privacy.DelegatedPermissions delegatedPermissions;

    @Inject
    AuditContext auditContext;

    @Inject
    Actor actor;

    @Inject
    OfficerAccounts accounts;

    @Inject
    AccessRefusals refusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!session.isSignedIn()) {
            signOutWithoutSession(request, response, chain);
            return;
        }
        HttpSession httpSession = request.getSession(false);
        if (httpSession != null && Duration.ofMillis(System.currentTimeMillis() - httpSession.getCreationTime()).compareTo(ABSOLUTE_SESSION_LIMIT) > 0) {
            endSession(request, response, "session-limit");
            return;
        }
        Optional<SignedInOfficer> current = accounts.current(request.getUserPrincipal().getName());
        if (current.isEmpty()) {
            endSession(request, response, "account-changed");
            return;
        }
        session.refresh(current.get());
        SignedInOfficer officer = session.officer();
        session.actingBorough().ifPresent(actingBorough::actFor);
        auditContext.actingAs(officer.username(), session.rolesInActingBorough(), request.getRemoteAddr());
        actor.actAs(officer.username(), session.actingBorough().map(officer::rolesIn).orElse(java.util.Set.of()), officer.systemAdministrator());
        if (session.actingBorough().isPresent()) {
            delegatedPermissions.applyTo(officer.username(), officer.rolesIn(session.actingBorough().get()));
        }
        String path = request.getServletPath();
        if (session.actingBorough().isEmpty() && PagePermissions.isBoroughArea(path)) {
            response.sendRedirect(request.getContextPath() + CHOOSER);
            return;
        }
        Optional<Permission> needed = PagePermissions.neededFor(path);
        if (needed.isPresent() && !actor.isPermitted(needed.get())) {
            if (session.actingBorough().isPresent()) {
                refusals.record(needed.get(), "page " + path);
            }
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Liberty's sign-in cookie outlives the application's session (idle timeout, a server restart, or a cookie
     * presented on its own): such a request knows who the person is but not which borough they act for or
     * what they may do, so no page is served. The person is signed out and sent to sign in, told why; the
     * sign-in page itself is served once the person is signed out, so a fresh sign-in is never blocked.
     */
    private void signOutWithoutSession(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        boolean timedOut = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        if (SIGN_IN.equals(request.getServletPath())) {
            request.logout();
            chain.doFilter(request, response);
            return;
        }
        endSession(request, response, timedOut ? ENDED_IDLE : ENDED_NO_SESSION);
    }

    /** Ends the session and sends the officer to sign in again, saying why. */
    private void endSession(HttpServletRequest request, HttpServletResponse response, String why) throws IOException, ServletException {
        request.logout();
        HttpSession httpSession = request.getSession(false);
        if (httpSession != null) {
            httpSession.invalidate();
        }
        response.sendRedirect(request.getContextPath() + SIGN_IN + "?ended=" + why);
    }
}
