package org.pupilsupport.web.support;

import java.io.IOException;
import java.util.Set;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import org.primefaces.component.menu.Menu;
import org.primefaces.component.panel.Panel;
import org.primefaces.component.panel.PanelRenderer;

/**
 * PrimeFaces' panel, with a title bar that is not a button: for a collapsible panel PrimeFaces gives the whole title
 * bar {@code role="button"} although it cannot take the focus, and puts the real, focusable toggle link inside it, so
 * assistive technology meets a button inside a button (nested-interactive). The toggle link, named by the panel's
 * toggleTitle, stays the one control that opens and closes the panel, by mouse or keyboard.
 */
public class AccessiblePanelRenderer extends PanelRenderer {

    @Override
    protected void encodeHeader(FacesContext context, Panel panel, Menu optionsMenu) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new AttributeDroppingWriter(original, "div", Set.of("role", "aria-expanded", "aria-controls")));
        try {
            super.encodeHeader(context, panel, optionsMenu);
        } finally {
            context.setResponseWriter(original);
        }
    }
}
