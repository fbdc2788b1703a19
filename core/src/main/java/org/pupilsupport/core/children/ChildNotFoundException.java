package org.pupilsupport.core.children;

/**
 * No child with this id in the acting borough. Deliberately the same answer whether the id does not
 * exist or belongs to another borough, so an id reveals nothing across the boundary.
 */
public class ChildNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChildNotFoundException(String id) {
        super("No child record " + id + " in this borough");
    }
}
