package org.pupilsupport.core.officers;

/**
 * No account of that name holds a role in the acting borough. The same answer whether the account does
 * not exist or works only in another borough, so a borough administrator learns nothing about other
 * boroughs' staff.
 */
public class AccountNotFoundException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public AccountNotFoundException(String username) {
        super("No account called \"" + username + "\" has a role in this borough");
    }
}
