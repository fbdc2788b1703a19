package org.pupilsupport.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/**
 * What the error page says and where it leads back to. It names the kind of failure (not found, not open to
 * you, not completed) and never its cause; the way back is the person's own starting page in the acting
 * borough, so it cannot lead to the same refusal again (an administrator sent to the children list was
 * refused there too).
 */
@Named
@RequestScoped
public class ErrorPage {

    @Inject
    OfficerSession session;

    /** The status the container passed on to the page; 500 when it came from an exception. */
    public int getStatus() {
        Object status = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code ? code : 500;
    }

    public String getHeading() {
        return switch (getStatus()) {
            case 403 -> "This page is not open to you";
            case 404 -> "Page not found";
            default -> "Sorry, that did not work";
        };
    }

    public String getExplanation() {
        return switch (getStatus()) {
            case 403 -> "Your role in this borough does not include this page or action. If you need it, ask your borough's administrator.";
            case 404 -> "The address may be mistyped, or the record is not in the borough you are working in.";
            default -> "The system could not complete your request. Nothing you saved earlier has been lost; try again in a moment.";
        };
    }

    /** The person's starting page: one their role opens, or sign-in for someone not signed in. */
    public String getWayBack() {
        return session.isSignedIn() ? session.landingPage() : "/login.xhtml";
    }

    public String getWayBackLabel() {
        if (!session.isSignedIn()) {
            return "Sign in";
        }
        return switch (session.landingPage()) {
            case "/choose-borough.xhtml" -> "Choose the borough to work in";
            case "/officer/dashboard.xhtml" -> "Go to My day";
            case "/officer/children.xhtml" -> "Go to the list of children";
            case "/audit/entries.xhtml" -> "Go to the audit trail";
            case "/admin/users.xhtml" -> "Go to the borough's users";
            default -> "Go to the start page";
        };
    }
}
