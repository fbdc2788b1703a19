package org.pupilsupport.web.security;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

import org.pupilsupport.core.tenancy.TenantId;

/**
 * The borough a page view was opened for, kept beside the view's other view-scoped beans so it lives and
 * dies with them. Created when the view is first rendered; see {@link ViewBoroughBinding}.
 */
@ViewScoped
public class ViewBorough implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OfficerSession session;

    private TenantId openedFor;

    @PostConstruct
    void takeActingBorough() {
        openedFor = session.actingBorough().orElse(null);
    }

    /** Whether the view may take a postback now: opened for no borough, or for the one acted for now. */
    public boolean belongsToActingBorough() {
        return openedFor == null || session.actingBorough().map(openedFor::equals).orElse(false);
    }

    /** Forces the bean into being, so the view is bound from its first rendering on. */
    public void bind() {
        // Calling any method through the proxy creates the bean for the current view.
    }
}
