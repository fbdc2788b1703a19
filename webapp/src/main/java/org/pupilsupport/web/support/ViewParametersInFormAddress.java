package org.pupilsupport.web.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;

/**
 * Gives every form the address of the page it is on, view parameters included ({@code ?ref=} of a case,
 * {@code ?id=} of a child, {@code ?urn=} of a school). Faces posts a form to the bare view address, so after
 * any button the address bar lost which record was open, and reloading or bookmarking it found nothing.
 * Only the current view's own parameters are added, and only to its own address; a parameter given
 * explicitly (a link's {@code f:param}) still wins, because Faces adds those afterwards.
 */
public class ViewParametersInFormAddress extends ViewHandlerWrapper {

    public ViewParametersInFormAddress(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String address = super.getActionURL(context, viewId);
        UIViewRoot view = context.getViewRoot();
        if (view == null || viewId == null || !viewId.equals(view.getViewId())) {
            return address;
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(view)) {
            String value = parameter.getStringValue(context);
            if (value != null && !value.isEmpty()) {
                parameters.put(parameter.getName(), List.of(value));
            }
        }
        return parameters.isEmpty() ? address : context.getExternalContext().encodeBookmarkableURL(address, parameters);
    }
}
