package org.pupilsupport.core.children;

/**
 * The record's processing is restricted by the data protection officer: it cannot be changed until that is lifted. An
 * {@link IllegalArgumentException}, so every form that shows a refused change shows this one beside it.
 */
public class RecordRestrictedException extends IllegalArgumentException {

    public RecordRestrictedException() {
        super("This record is restricted by the data protection officer, so it cannot be changed. Ask the data protection officer"
                + " if a change is needed.");
    }
}
