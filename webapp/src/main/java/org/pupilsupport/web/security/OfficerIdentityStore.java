package org.pupilsupport.web.security;

import java.util.logging.Logger;

import org.pupilsupport.core.officers.OfficerAccounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

/** Checks a username and password against officers' accounts; the groups are the officer's role names. */
@ApplicationScoped
public class OfficerIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(OfficerIdentityStore.class.getName());

    @Inject
    OfficerAccounts accounts;

    /** The request being signed in, for its client address: failures are counted per address too. */
    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.verify(credential.getCaller(), credential.getPassword().getValue(), request.getRemoteAddr())
                .map(officer -> new CredentialValidationResult(officer.username(), officer.roleNames()))
                .orElseGet(() -> {
                    LOG.info("Sign-in refused: wrong username or password");
                    return CredentialValidationResult.INVALID_RESULT;
                });
    }
}
