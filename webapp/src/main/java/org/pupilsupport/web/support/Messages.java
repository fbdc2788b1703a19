package org.pupilsupport.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages shown to the officer at the top of the page (or beside a field). */
public final class Messages {

    private Messages() {
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** Marks the request failed, so Faces keeps the entered values on screen for correction. */
    public static void failed(String text) {
        error(text);
        FacesContext.getCurrentInstance().validationFailed();
    }
}
