package org.pupilsupport.web.support;

import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import org.pupilsupport.core.validation.FieldProblem;
import org.pupilsupport.core.validation.InvalidCommandException;

/**
 * A service's refusal shown the way Faces shows its own conversion and required errors: each problem beside
 * the input of the field it names (marked invalid) and in the error summary; a problem with no field, or with
 * a field that has no input on the submitted form, in the summary only. Typed values stay on screen.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** Shows every problem of the refusal; the core's field names are the inputs' ids. */
    public static void refused(RuntimeException refusal) {
        refused(refusal, Map.of());
    }

    /**
     * @param inputIdsByField input ids on the submitted form for core field names that differ from them, e.g.
     *                        {@code Map.of("summary", "contactSummary")}
     */
    public static void refused(RuntimeException refusal, Map<String, String> inputIdsByField) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIForm form = submittedForm(context);
        for (FieldProblem problem : problemsOf(refusal)) {
            UIInput input = problem.field() == null ? null : inputOn(form, inputIdsByField.getOrDefault(problem.field(), problem.field()));
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), problem.message());
            if (input == null) {
                context.addMessage(null, message);
            } else {
                input.setValid(false);
                context.addMessage(input.getClientId(context), message);
            }
        }
        context.validationFailed();
    }

    /** One problem with one input of the submitted form, e.g. a choice the bean itself checks. */
    public static void refused(String inputId, String message) {
        refused(new InvalidCommandException(List.of(new FieldProblem(inputId, message))));
    }

    static List<FieldProblem> problemsOf(RuntimeException refusal) {
        if (refusal instanceof InvalidCommandException invalid) {
            return invalid.problems();
        }
        return List.of(new FieldProblem(null, refusal.getMessage()));
    }

    private static UIForm submittedForm(FacesContext context) {
        return findSubmittedForm(context.getViewRoot());
    }

    private static UIForm findSubmittedForm(UIComponent parent) {
        for (UIComponent child : parent.getChildren()) {
            if (child instanceof UIForm form && form.isSubmitted()) {
                return form;
            }
            UIForm nested = findSubmittedForm(child);
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }

    private static UIInput inputOn(UIForm form, String inputId) {
        if (form == null) {
            return null;
        }
        try {
            return form.findComponent(inputId) instanceof UIInput input ? input : null;
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
