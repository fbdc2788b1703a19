package org.pupilsupport.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in on our own login page. The page's bean hands the credentials to Jakarta Security, which
 * validates them against {@link OfficerIdentityStore}. Redirecting (not forwarding) to the login page keeps
 * the address bar honest and the protected page out of the browser's history.
 */
@ApplicationScoped
@DeclareRoles({"officer", "administrator", "auditor", "dpo"})
@CustomFormAuthenticationMechanismDefinition(
        // No qualifier: with Jakarta Security 4.0 a qualified built-in mechanism needs a custom handler.
        qualifiers = {},
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "/login.xhtml", useForwardToLogin = false))
public class SecuritySetup {
}
