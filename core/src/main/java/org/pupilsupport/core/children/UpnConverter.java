package org.pupilsupport.core.children;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a UPN as its 13 characters. */
@Converter(autoApply = true)
public class UpnConverter implements AttributeConverter<Upn, String> {

    @Override
    public String convertToDatabaseColumn(Upn upn) {
        return upn == null ? null : upn.value();
    }

    @Override
    public Upn convertToEntityAttribute(String stored) {
        return stored == null ? null : new Upn(stored);
    }
}
