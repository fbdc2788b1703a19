package org.pupilsupport.web.security;

import java.io.IOException;

import org.pupilsupport.core.audit.AuditContext;
import org.pupilsupport.core.tenancy.ActingBorough;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Hands the signed-in officer's acting borough to the core at the start of every request (the one place
 * the tenant is set for web work), and tells the audit trail who is acting and from where. Borough pages
 * without an acting borough go to the chooser first.
 */
@WebFilter(urlPatterns = "/*")
public class ActingBoroughFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final java.util.List<String> BOROUGH_PAGES = java.util.List.of("/officer/", "/audit/");
    static final String CHOOSER = "/choose-borough.xhtml";

    @Inject
    OfficerSession session;

    @Inject
    ActingBorough actingBorough;

    @Inject
    AuditContext auditContext;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request.getUserPrincipal() != null && session.isSignedIn()) {
            session.actingBorough().ifPresent(actingBorough::actFor);
            auditContext.actingAs(request.getUserPrincipal().getName(), session.rolesInActingBorough(), request.getRemoteAddr());
            if (session.actingBorough().isEmpty() && BOROUGH_PAGES.stream().anyMatch(request.getServletPath()::startsWith)) {
                response.sendRedirect(request.getContextPath() + CHOOSER);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
