package org.pupilsupport.web.support;

import java.io.IOException;
import java.util.Set;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;

/**
 * Writes what a renderer writes, except the named attributes on elements of the named kind: how a PrimeFaces renderer
 * is kept from writing ARIA that misleads assistive technology, without copying the renderer.
 */
final class AttributeDroppingWriter extends ResponseWriterWrapper {

    private final String elementName;
    private final Set<String> droppedAttributes;
    private String currentElement;

    AttributeDroppingWriter(ResponseWriter original, String elementName, Set<String> droppedAttributes) {
        super(original);
        this.elementName = elementName;
        this.droppedAttributes = droppedAttributes;
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        currentElement = name;
        super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        if (!(elementName.equals(currentElement) && droppedAttributes.contains(name))) {
            super.writeAttribute(name, value, property);
        }
    }
}
