package org.pupilsupport.web.support;

import java.io.IOException;
import java.util.Set;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' simple file upload, less one attribute: PrimeFaces marks the file input {@code aria-hidden="true"},
 * yet that input is what takes the keyboard focus and opens the file dialog, so a screen reader would land on a
 * control it is told does not exist. Without the attribute the input is announced with the label the page gives it.
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleMarkup(FacesContext context, FileUpload fileUpload) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new AttributeDroppingWriter(original, "input", Set.of("aria-hidden")));
        try {
            super.encodeSimpleMarkup(context, fileUpload);
        } finally {
            context.setResponseWriter(original);
        }
    }
}
