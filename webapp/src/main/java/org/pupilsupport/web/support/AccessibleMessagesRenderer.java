package org.pupilsupport.web.support;

import java.io.IOException;
import java.util.Set;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages as a real list: PrimeFaces gives each message's list item {@code role="alert"}, which makes it
 * no longer a list item of its list (axe: list). The messages' container is already a polite live region, so a
 * message that arrives is still announced.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMarkup(FacesContext context, Messages messages) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new AttributeDroppingWriter(original, "li", Set.of("role", "aria-atomic")));
        try {
            super.encodeMarkup(context, messages);
        } finally {
            context.setResponseWriter(original);
        }
    }
}
