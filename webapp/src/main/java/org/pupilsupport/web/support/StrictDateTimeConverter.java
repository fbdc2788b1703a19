package org.pupilsupport.web.support;

import java.time.LocalDateTime;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/** A date with a time of day (24-hour clock), as strict as {@link StrictDateConverter}. */
@FacesConverter("pupilsupport.DateTime")
public class StrictDateTimeConverter implements Converter<LocalDateTime> {

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return OfficerDates.parseDateTime(typed).orElseThrow(() -> StrictDateConverter.refused(context, component, "27/03/2014 14:30"));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime dateTime) {
        return OfficerDates.typed(dateTime);
    }
}
