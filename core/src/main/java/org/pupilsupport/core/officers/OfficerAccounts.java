package org.pupilsupport.core.officers;

import java.util.List;

import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditEvent;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.audit.AuditTrail;
import org.pupilsupport.core.tenancy.ActingBorough;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.pupilsupport.core.tenancy.TenantDirectory;
import org.pupilsupport.core.tenancy.TenantId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Accounts of the people who sign in. Not borough data: an account may span boroughs. */
@ApplicationScoped
// A not-found answer commits: the audit entry recording the attempt must survive it.
@Transactional(dontRollbackOn = AccountNotFoundException.class)
public class OfficerAccounts {

    private static final Logger LOG = Logger.getLogger(OfficerAccounts.class.getName());

    /** The longest username an account can have: anything longer names nobody. */
    public static final int MAX_USERNAME_LENGTH = Officer.MAX_USERNAME_LENGTH;

    /** Hashed once, so an unknown username costs as much time as a wrong password and reveals nothing. */
    private static final String UNKNOWN_USER_HASH = PasswordHashing.hash("no-such-officer-exists".toCharArray());

    @PersistenceContext(unitName = "pupilsupport")
    EntityManager entityManager;

    @Inject
    TenantDirectory tenants;

    @Inject
    Clock clock;

    @Inject
    SignInThrottle throttle;

    @Inject
    ActingBorough actingBorough;

    @Inject
    Actor actor;

    @Inject
    AuditTrail audit;

    /**
     * The officer, if the username and password match an enabled account with at least one borough and the
     * username is not locked out by repeated failures.
     */
    public Optional<SignedInOfficer> verify(String username, char[] password) {
        return verify(username, password, null);
    }

    /**
     * As {@link #verify(String, char[])}, also refusing (before any password is hashed) while the client
     * address is locked out by repeated failures from it, and counting a failure against the address.
     *
     * @param clientAddress where the attempt comes from; null if unknown
     */
    public Optional<SignedInOfficer> verify(String username, char[] password, String clientAddress) {
        if (username == null || username.strip().length() > Officer.MAX_USERNAME_LENGTH) {
            // No account has such a name; refused before it reaches the database or the throttle's memory.
            return Optional.empty();
        }
        if (throttle.isLocked(username) || throttle.isAddressLocked(clientAddress)) {
            return Optional.empty();
        }
        Optional<Officer> officer = findByUsername(username);
        boolean matches = PasswordHashing.matches(password, officer.map(Officer::passwordHash).orElse(UNKNOWN_USER_HASH));
        if (!matches || officer.isEmpty() || !officer.get().isEnabled() || officer.get().memberships().isEmpty()) {
            if (throttle.recordFailure(username)) {
                LOG.warning("Sign-in for a username locked for " + SignInThrottle.LOCK.toMinutes() + " minutes after "
                        + SignInThrottle.MAX_FAILURES + " failures");
            }
            if (throttle.recordFailureFrom(clientAddress)) {
                LOG.warning("Sign-in from a client address locked for " + SignInThrottle.LOCK.toMinutes() + " minutes after "
                        + SignInThrottle.MAX_FAILURES_PER_ADDRESS + " failures");
            }
            return Optional.empty();
        }
        throttle.recordSuccess(username);
        return officer.map(SignedInOfficer::of);
    }

    /** Whether sign-in for this username is refused for now after repeated failures. */
    public boolean isLockedOut(String username) {
        return throttle.isLocked(username);
    }

    /** Whether sign-in from this client address is refused for now after repeated failures from it. */
    public boolean isAddressLockedOut(String clientAddress) {
        return throttle.isAddressLocked(clientAddress);
    }

    /** The account as it is now, if it may still be used: enabled and with a role somewhere. */
    public Optional<SignedInOfficer> current(String username) {
        return findByUsername(username).filter(Officer::isEnabled).filter(officer -> !officer.memberships().isEmpty()).map(SignedInOfficer::of);
    }

    public Optional<SignedInOfficer> describe(String username) {
        return findByUsername(username).map(SignedInOfficer::of);
    }

    private Optional<Officer> findByUsername(String username) {
        try {
            return Optional.ofNullable(entityManager.find(Officer.class, Officer.normalisedUsername(username)));
        } catch (IllegalArgumentException malformedUsername) {
            return Optional.empty();
        }
    }

    /**
     * @throws IllegalArgumentException if the username is taken or malformed, the password too weak, or a
     *                                  borough unknown
     */
    @Requires(Permission.ADMINISTER_INSTALLATION)
    public void create(String username, String displayName, char[] password, Map<TenantId, Set<BoroughRole>> rolesByBorough) {
        PasswordPolicy.check(password, username);
        if (rolesByBorough.isEmpty()) {
            throw new IllegalArgumentException("An officer needs a role in at least one borough");
        }
        rolesByBorough.keySet().forEach(tenants::require);
        String normalised = Officer.normalisedUsername(username);
        if (entityManager.find(Officer.class, normalised) != null) {
            throw new IllegalArgumentException("The username " + normalised + " is already taken");
        }
        Set<BoroughMembership> memberships = rolesByBorough.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(role -> new BoroughMembership(entry.getKey(), role)))
                .collect(Collectors.toSet());
        entityManager.persist(new Officer(normalised, displayName, PasswordHashing.hash(password), memberships, clock.instant()));
    }

    public boolean anyExists() {
        return !entityManager.createQuery("SELECT o.username FROM Officer o", String.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** Creates an account that is also a system administrator (installation-wide). */
    @Requires(Permission.ADMINISTER_INSTALLATION)
    public void createSystemAdministrator(String username, String displayName, char[] password, Map<TenantId, Set<BoroughRole>> rolesByBorough) {
        create(username, displayName, password, rolesByBorough);
        entityManager.find(Officer.class, Officer.normalisedUsername(username)).makeSystemAdministrator();
        LOG.info(() -> "System administrator " + username + " created");
    }

    /**
     * First run: creates the system's first administrator: a system administrator and the administrator of every
     * configured borough. Refused once any account exists, so it cannot be used to add a back door.
     *
     * @return whether the account was created
     */
    public boolean createFirstAdministrator(String username, String displayName, char[] password) {
        if (anyExists()) {
            LOG.info("An administrator was offered for first run, but accounts already exist: ignored");
            return false;
        }
        Map<TenantId, Set<BoroughRole>> everywhere = tenants.all().stream()
                .collect(Collectors.toMap(tenant -> tenant.id(), tenant -> Set.of(BoroughRole.ADMINISTRATOR)));
        createSystemAdministrator(username, displayName, password, everywhere);
        Arrays.fill(password, '\0');
        LOG.info(() -> "First administrator " + username + " created for " + everywhere.keySet());
        return true;
    }

    /**
     * An account as a borough administrator sees it: the roles in their borough only, and which of the
     * administrator's actions the account is open to, so a page offers only those (the actions still refuse).
     *
     * @param ownAccount         the signed-in person's own account: nothing here may be changed by them
     * @param mayChangeRoles     roles in this borough may be changed (anyone's but one's own)
     * @param mayResetOrDisable  the password may be reset and the account disabled or enabled: not one's own, and
     *                           for an account that also works in another borough, only by a system administrator
     */
    public record BoroughAccount(String username, String displayName, boolean enabled, Set<BoroughRole> roles,
                                 boolean alsoElsewhere, boolean ownAccount, boolean mayChangeRoles, boolean mayResetOrDisable) {
    }

    /** An enabled account holding a role, as a choice names it. */
    public record Holder(String username, String displayName) {
    }

    /** The enabled accounts holding the role in the acting borough, by username: those the DPO may delegate to. */
    @Requires(Permission.DELEGATE_DISPOSALS)
    public List<Holder> holdersInActingBorough(BoroughRole role) {
        TenantId borough = actingBorough.require();
        return entityManager.createQuery("SELECT o FROM Officer o ORDER BY o.username", Officer.class).getResultStream()
                .filter(Officer::isEnabled).filter(officer -> officer.rolesIn(borough).contains(role))
                .map(officer -> new Holder(officer.username(), officer.displayName())).toList();
    }

    /** Every account holding a role in the acting borough, by username. */
    @Requires(Permission.MANAGE_BOROUGH_USERS)
    public List<BoroughAccount> accountsInActingBorough() {
        TenantId borough = actingBorough.require();
        return entityManager.createQuery("SELECT o FROM Officer o ORDER BY o.username", Officer.class).getResultStream()
                .filter(officer -> !officer.rolesIn(borough).isEmpty())
                .map(officer -> asBoroughAccount(officer, borough))
                .toList();
    }

    /**
     * Creates an account with roles in the acting borough.
     *
     * @throws IllegalArgumentException if the username is taken or malformed, the password too weak, or no role chosen
     */
    @Requires(Permission.MANAGE_BOROUGH_USERS)
    public void createInActingBorough(String username, String displayName, char[] password, Set<BoroughRole> roles) {
        TenantId borough = actingBorough.require();
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one role in this borough");
        }
        create(username, displayName, password, Map.of(borough, Set.copyOf(roles)));
        administrativeAct(Officer.normalisedUsername(username), "account created; roles in " + borough + ": " + sorted(roles));
    }

    /**
     * Replaces an account's roles in the acting borough; no roles takes the account out of the borough.
     * Administrators cannot take away their own administrator role, so a borough is never left unmanaged by accident.
     *
     * @throws IllegalArgumentException if the account holds no role in this borough
     */
    @Requires(Permission.MANAGE_BOROUGH_USERS)
    public void changeRolesInActingBorough(String username, Set<BoroughRole> roles) {
        TenantId borough = actingBorough.require();
        Officer officer = accountInActingBorough(username);
        Set<BoroughRole> before = officer.rolesIn(borough);
        refuseOwnAccount(officer, "change your own roles");
        officer.replaceRolesIn(borough, Set.copyOf(roles));
        administrativeAct(officer.username(), "roles in " + borough + ": " + sorted(before) + " -> " + sorted(roles));
    }

    /**
     * Sets a new password. An account that also works in another borough is left to a system administrator,
     * so one borough's administrator cannot take over access to another borough's data.
     */
    @Requires(Permission.MANAGE_BOROUGH_USERS)
    public void resetPassword(String username, char[] newPassword) {
        Officer officer = accountInActingBoroughOnly(username);
        refuseOwnAccount(officer, "reset your own password here; use My account");
        PasswordPolicy.check(newPassword, officer.username());
        officer.changePasswordHash(PasswordHashing.hash(newPassword));
        Arrays.fill(newPassword, '\0');
        // A reset is how a locked-out officer gets back in, so it lifts the lock too.
        throttle.recordSuccess(officer.username());
        administrativeAct(officer.username(), "password reset");
    }

    /** Disables or re-enables an account; a disabled account cannot sign in and its sessions end at their next request. */
    @Requires(Permission.MANAGE_BOROUGH_USERS)
    public void setEnabled(String username, boolean enabled) {
        Officer officer = accountInActingBoroughOnly(username);
        refuseOwnAccount(officer, enabled ? "enable your own account" : "disable your own account");
        officer.enable(enabled);
        administrativeAct(officer.username(), enabled ? "account enabled" : "account disabled");
    }

    /**
     * Administrators change other people's accounts, never their own: one person should not be able to
     * give themselves access to children's records, however well audited.
     */
    private void refuseOwnAccount(Officer officer, String what) {
        if (officer.username().equals(actor.username())) {
            throw new IllegalArgumentException("You cannot " + what + ": ask another administrator");
        }
    }

    /**
     * The signed-in person changes their own password, proving they know the current one. Recorded in
     * the acting borough's trail, without either password.
     *
     * @throws IllegalArgumentException if the current password is wrong or the new one too weak
     */
    public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
        Officer officer = findByUsername(actor.username()).orElseThrow(() -> new IllegalStateException("No account for " + actor.username()));
        try {
            if (!PasswordHashing.matches(currentPassword, officer.passwordHash())) {
                // Counts like a failed sign-in, so this form cannot be used to guess a password left open on a desk.
                throttle.recordFailure(officer.username());
                throw new IllegalArgumentException("Your current password is not right");
            }
            PasswordPolicy.check(newPassword, officer.username());
            if (Arrays.equals(currentPassword, newPassword)) {
                throw new IllegalArgumentException("Choose a password different from the current one");
            }
            officer.changePasswordHash(PasswordHashing.hash(newPassword));
            administrativeAct(officer.username(), "password changed by the account holder");
        } finally {
            Arrays.fill(currentPassword, '\0');
            Arrays.fill(newPassword, '\0');
        }
    }

    private Officer accountInActingBorough(String username) {
        TenantId borough = actingBorough.require();
        return findByUsername(username).filter(officer -> !officer.rolesIn(borough).isEmpty()).orElseThrow(() -> {
            audit.record(AuditEvent.about(AuditAction.ADMINISTRATION, "account", username, AuditOutcome.NOT_FOUND));
            return new AccountNotFoundException(username);
        });
    }

    private Officer accountInActingBoroughOnly(String username) {
        Officer officer = accountInActingBorough(username);
        boolean elsewhere = officer.memberships().stream().anyMatch(membership -> !membership.tenant().equals(actingBorough.require()));
        if (elsewhere && !actor.isPermitted(Permission.ADMINISTER_INSTALLATION)) {
            throw new IllegalArgumentException("This account also works in another borough: ask a system administrator");
        }
        return officer;
    }

    private BoroughAccount asBoroughAccount(Officer officer, TenantId borough) {
        boolean elsewhere = officer.memberships().stream().anyMatch(membership -> !membership.tenant().equals(borough));
        boolean own = officer.username().equals(actor.username());
        // The same rules as refuseOwnAccount and accountInActingBoroughOnly, which still guard the actions.
        boolean mayResetOrDisable = !own && (!elsewhere || actor.isPermitted(Permission.ADMINISTER_INSTALLATION));
        return new BoroughAccount(officer.username(), officer.displayName(), officer.isEnabled(), officer.rolesIn(borough), elsewhere,
                own, !own, mayResetOrDisable);
    }

    private void administrativeAct(String username, String details) {
        audit.record(AuditEvent.about(AuditAction.ADMINISTRATION, "account", username, AuditOutcome.SUCCESS).withDetails(details));
    }

    private static String sorted(Set<BoroughRole> roles) {
        return roles.stream().map(BoroughRole::roleName).sorted().toList().toString();
    }
}
