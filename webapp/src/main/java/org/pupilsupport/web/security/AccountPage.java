package org.pupilsupport.web.security;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.officers.OfficerAccounts;
import org.pupilsupport.web.support.FormErrors;
import org.pupilsupport.web.support.Messages;

/** The signed-in person's own account: changing their password. */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OfficerAccounts accounts;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public void changePassword() {
        try {
            if (newPassword == null || !newPassword.equals(repeatedPassword)) {
                throw new IllegalArgumentException("The new password and its repetition differ");
            }
            accounts.changeOwnPassword(chars(currentPassword), chars(newPassword));
            Messages.info("Password changed. Use the new one next time you sign in");
        } catch (IllegalArgumentException refused) {
            FormErrors.refused(refused);
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatedPassword = null;
        }
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
