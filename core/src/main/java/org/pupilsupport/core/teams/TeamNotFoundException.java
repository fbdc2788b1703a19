package org.pupilsupport.core.teams;

/** No team with this id in the acting borough; another borough's team looks exactly the same. */
public class TeamNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TeamNotFoundException(String id) {
        super("No team " + id + " in this borough");
    }
}
