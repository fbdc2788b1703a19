package org.pupilsupport.web.support;

import java.time.LocalDate;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Every date field: refuses an impossible or unreadable date with a message that names the field and shows
 * the form expected. The typed text stays in the field (Faces keeps a value that failed conversion).
 */
@FacesConverter("pupilsupport.Date")
public class StrictDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return OfficerDates.parseDate(typed).orElseThrow(() -> refused(context, component, "27/03/2014"));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate date) {
        return OfficerDates.typed(date);
    }

    static ConverterException refused(FacesContext context, UIComponent component, String example) {
        ErrorSummary.noteUnreadableDate(context);
        String message = refusal(fieldName(component), example);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    /** What the officer reads: the field by its label, and a date in the form expected. */
    static String refusal(String fieldName, String example) {
        return fieldName + " must be a real date, for example " + example;
    }

    /** The field's label as the officer reads it (p:outputLabel gives the input its label). */
    static String fieldName(UIComponent component) {
        Object label = component == null ? null : component.getAttributes().get("label");
        if (label == null || label.toString().isBlank()) {
            return "The date";
        }
        String name = label.toString().strip();
        return name.endsWith("*") ? name.substring(0, name.length() - 1).strip() : name;
    }
}
