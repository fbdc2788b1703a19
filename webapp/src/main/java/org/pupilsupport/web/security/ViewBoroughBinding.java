package org.pupilsupport.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Binds every page view, and so its view-scoped beans (a record, a CTF preview, a list), to the borough the
 * officer acted for when it was first rendered. A postback on a view opened for another borough (the officer
 * switched borough in another tab since) is refused before any of it is applied or invoked: its view-scoped
 * beans are discarded and the officer goes to the borough chooser, told why, so nothing of the old borough is
 * shown under the new borough's name and nothing prepared there (such as a CTF preview) is committed here.
 */
public class ViewBoroughBinding implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** The header's sign-out form: signing out works from any page, whichever borough it was opened for. */
    static final String SIGN_OUT_FORM = "signOutForm";

    static final String CLOSED_PAGE = ActingBoroughFilter.CHOOSER + "?closed=other-borough";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        if (event.getPhaseId() != PhaseId.RESTORE_VIEW) {
            return;
        }
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() || faces.getViewRoot() == null || isChooser(faces.getViewRoot())) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        boolean signingOut = external.getRequestParameterMap().containsKey(SIGN_OUT_FORM + "_SUBMIT");
        if (!signingOut && !viewBorough().belongsToActingBorough()) {
            // Destroys the view's view-scoped beans, this binding among them.
            faces.getViewRoot().getViewMap().clear();
            try {
                external.redirect(external.getRequestContextPath() + CLOSED_PAGE);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            faces.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        if (event.getPhaseId() != PhaseId.RENDER_RESPONSE) {
            return;
        }
        UIViewRoot view = event.getFacesContext().getViewRoot();
        if (view != null && !isChooser(view)) {
            viewBorough().bind();
        }
    }

    /** The chooser shows no borough's data, and must keep working in a tab left open across a switch. */
    private static boolean isChooser(UIViewRoot view) {
        return ActingBoroughFilter.CHOOSER.equals(view.getViewId());
    }

    private static ViewBorough viewBorough() {
        return CDI.current().select(ViewBorough.class).get();
    }
}
