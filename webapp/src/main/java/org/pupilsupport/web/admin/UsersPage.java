package org.pupilsupport.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.access.AccessDeniedException;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.officers.OfficerAccounts;
import org.pupilsupport.core.officers.OfficerAccounts.BoroughAccount;
import org.pupilsupport.web.support.FormErrors;
import org.pupilsupport.web.support.Messages;

/** The acting borough's accounts: create one, change roles, reset a password, disable or enable. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OfficerAccounts accounts;

    private List<BoroughAccount> boroughAccounts = List.of();

    private String newUsername;
    private String newDisplayName;
    private String newPassword;
    private List<BoroughRole> newRoles = new ArrayList<>();

    private String selectedUsername;
    private List<BoroughRole> selectedRoles = new ArrayList<>();
    private String replacementPassword;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        boroughAccounts = accounts.accountsInActingBorough();
    }

    public void create() {
        try {
            accounts.createInActingBorough(newUsername, newDisplayName, passwordChars(newPassword), EnumSet.copyOf(newRolesOrNone()));
            Messages.info("Account " + newUsername.strip().toLowerCase(java.util.Locale.ROOT) + " created");
            newUsername = null;
            newDisplayName = null;
            newRoles = new ArrayList<>();
            reload();
        } catch (IllegalArgumentException | AccessDeniedException refused) {
            FormErrors.refused(refused);
        } finally {
            newPassword = null;
        }
    }

    private List<BoroughRole> newRolesOrNone() {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one role in this borough");
        }
        return newRoles;
    }

    /** Picks an account to change below the table. */
    public void select(String username) {
        selectedUsername = username;
        selectedRoles = boroughAccounts.stream().filter(account -> account.username().equals(username)).findFirst()
                .map(account -> (List<BoroughRole>) new ArrayList<>(account.roles())).orElseGet(ArrayList::new);
        replacementPassword = null;
    }

    /** Whether the account picked below the table is one whose password this administrator may reset. */
    public boolean isMayResetSelected() {
        return boroughAccounts.stream().filter(account -> account.username().equals(selectedUsername)).findFirst()
                .map(BoroughAccount::mayResetOrDisable).orElse(false);
    }

    public void changeRoles() {
        try {
            accounts.changeRolesInActingBorough(selectedUsername, selectedRoles == null || selectedRoles.isEmpty()
                    ? EnumSet.noneOf(BoroughRole.class) : EnumSet.copyOf(selectedRoles));
            Messages.info("Roles of " + selectedUsername + " changed");
            reload();
        } catch (IllegalArgumentException | AccessDeniedException refused) {
            FormErrors.refused(refused);
        }
    }

    public void resetPassword() {
        try {
            accounts.resetPassword(selectedUsername, passwordChars(replacementPassword));
            Messages.info("Password of " + selectedUsername + " reset: give it to them in person or by phone, never by email");
        } catch (IllegalArgumentException | AccessDeniedException refused) {
            FormErrors.refused(refused);
        } finally {
            replacementPassword = null;
        }
    }

    public void setEnabled(String username, boolean enabled) {
        try {
            accounts.setEnabled(username, enabled);
            Messages.info("Account " + username + (enabled ? " enabled" : " disabled"));
            reload();
        } catch (IllegalArgumentException | AccessDeniedException refused) {
            FormErrors.refused(refused);
        }
    }

    private static char[] passwordChars(String password) {
        return password == null ? new char[0] : password.toCharArray();
    }

    public String rolesOf(BoroughAccount account) {
        return account.roles().stream().sorted().map(BoroughRole::label).reduce((a, b) -> a + ", " + b).orElse("");
    }

    public BoroughRole[] getRoles() {
        return BoroughRole.values();
    }

    public List<BoroughAccount> getBoroughAccounts() {
        return boroughAccounts;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public List<BoroughRole> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<BoroughRole> newRoles) {
        this.newRoles = newRoles;
    }

    public String getSelectedUsername() {
        return selectedUsername;
    }

    public List<BoroughRole> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<BoroughRole> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }

    public String getReplacementPassword() {
        return replacementPassword;
    }

    public void setReplacementPassword(String replacementPassword) {
        this.replacementPassword = replacementPassword;
    }
}
