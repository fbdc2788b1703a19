package org.pupilsupport.web.support;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.primefaces.component.api.InputHolder;

/**
 * What the page template and the field-error tag show of the request's messages, in the GOV.UK Design
 * System's manner: every error in a summary at the top whose entries link to their inputs, each field's own
 * errors beside it, and the field marked invalid and described by its message.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** Suffix of the id of the element beside an input that holds its error message. */
    public static final String ERROR_ID_SUFFIX = "Error";

    private static final String UNREADABLE_DATE = ErrorSummary.class.getName() + ".unreadableDate";

    /** One line of the summary; {@code href} is null for a problem with the form as a whole. */
    public record Entry(String text, String href) {
    }

    /**
     * Faces saves nothing and runs none of the service's rules while a date cannot be read, so the summary says
     * that the rest of the answers are checked once the dates are put right, instead of implying they are fine.
     */
    public boolean isFurtherChecksWaitingOnDates() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && Boolean.TRUE.equals(context.getAttributes().get(UNREADABLE_DATE));
    }

    static void noteUnreadableDate(FacesContext context) {
        if (context != null) {
            context.getAttributes().put(UNREADABLE_DATE, Boolean.TRUE);
        }
    }

    public List<Entry> getErrors() {
        FacesContext context = FacesContext.getCurrentInstance();
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, List<FacesMessage>> byField : messagesByField(context).entrySet()) {
            String href = byField.getKey() == null ? null : "#" + focusableIdOf(context, byField.getKey());
            for (FacesMessage message : byField.getValue()) {
                if (isError(message)) {
                    entries.add(new Entry(textOf(message), href));
                }
            }
        }
        return entries;
    }

    /** Confirmations ("Contact recorded") and other news that is not an error. */
    public List<String> getNotices() {
        List<String> notices = new ArrayList<>();
        for (List<FacesMessage> messages : messagesByField(FacesContext.getCurrentInstance()).values()) {
            messages.stream().filter(message -> !isError(message)).map(ErrorSummary::textOf).forEach(notices::add);
        }
        return notices;
    }

    /**
     * Before the page renders: every input with an error is marked invalid (PrimeFaces then writes
     * {@code aria-invalid="true"} and its error style) and described by its message beside it.
     */
    public void markInvalidFields() {
        FacesContext context = FacesContext.getCurrentInstance();
        UIViewRoot root = context.getViewRoot();
        forgetEarlierMarks(root);
        for (Map.Entry<String, List<FacesMessage>> byField : messagesByField(context).entrySet()) {
            if (byField.getKey() == null || byField.getValue().stream().noneMatch(ErrorSummary::isError)) {
                continue;
            }
            UIComponent component = find(root, byField.getKey());
            if (component instanceof UIInput input) {
                input.setValid(false);
                if (!writesItsOwnInvalidState(input)) {
                    input.getPassThroughAttributes().put("aria-invalid", "true");
                }
                if (find(root, byField.getKey() + ERROR_ID_SUFFIX) != null) {
                    input.getPassThroughAttributes().put("aria-describedby", byField.getKey() + ERROR_ID_SUFFIX);
                }
            }
        }
    }

    /**
     * PrimeFaces inputs write aria-invalid themselves from their valid state; the standard components (the native
     * select lists) do not, so they are given it as a pass-through attribute.
     */
    private static boolean writesItsOwnInvalidState(UIInput input) {
        return input.getClass().getName().startsWith("org.primefaces.");
    }

    /**
     * Pass-through attributes live in the view, which outlives the request: a field put right since the last
     * submission must not stay marked invalid or described by a message that is no longer there.
     */
    private static void forgetEarlierMarks(UIComponent component) {
        if (component instanceof UIInput input && input.getPassThroughAttributes(false) != null) {
            Map<String, Object> passThrough = input.getPassThroughAttributes(false);
            passThrough.remove("aria-invalid");
            // Only the link to the error message is ours; a page's own description of the field stays.
            if (String.valueOf(passThrough.get("aria-describedby")).endsWith(ERROR_ID_SUFFIX)) {
                passThrough.remove("aria-describedby");
            }
        }
        for (Iterator<UIComponent> children = component.getFacetsAndChildren(); children.hasNext();) {
            forgetEarlierMarks(children.next());
        }
    }

    private static Map<String, List<FacesMessage>> messagesByField(FacesContext context) {
        Map<String, List<FacesMessage>> byField = new LinkedHashMap<>();
        Iterator<String> clientIds = context.getClientIdsWithMessages();
        while (clientIds.hasNext()) {
            String clientId = clientIds.next();
            List<FacesMessage> messages = new ArrayList<>();
            context.getMessages(clientId).forEachRemaining(messages::add);
            byField.put(clientId, messages);
        }
        return byField;
    }

    /** The id of the element that takes focus: PrimeFaces wraps some inputs, e.g. a date picker's text box. */
    private static String focusableIdOf(FacesContext context, String clientId) {
        UIComponent component = find(context.getViewRoot(), clientId);
        if (component instanceof InputHolder holder) {
            return holder.getInputClientId();
        }
        return clientId;
    }

    private static UIComponent find(UIViewRoot root, String clientId) {
        try {
            char separator = FacesContext.getCurrentInstance().getNamingContainerSeparatorChar();
            return root.findComponent(separator + clientId);
        } catch (IllegalArgumentException notInThisView) {
            return null;
        }
    }

    private static boolean isError(FacesMessage message) {
        return message.getSeverity() != null && message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal();
    }

    /** The text shown; the message counts as rendered, so Faces does not log it as lost. */
    private static String textOf(FacesMessage message) {
        message.rendered();
        return message.getSummary() != null ? message.getSummary() : message.getDetail();
    }
}
