package org.pupilsupport.core.access;

/** The acting person's roles in the acting borough do not grant what they tried. The refusal is audited. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Permission missing;

    public AccessDeniedException(Permission missing) {
        super("Your roles in this borough do not allow that (" + missing.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
        this.missing = missing;
    }

    public Permission missing() {
        return missing;
    }
}
