package org.pupilsupport.core.officers;

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
@Transactional
public class OfficerAccounts {

    private static final Logger LOG = Logger.getLogger(OfficerAccounts.class.getName());

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

    /**
     * The officer, if the username and password match an enabled account with at least one borough and the
     * username is not locked out by repeated failures.
     */
    public Optional<SignedInOfficer> verify(String username, char[] password) {
        if (throttle.isLocked(username)) {
            return Optional.empty();
        }
        Optional<Officer> officer = findByUsername(username);
        boolean matches = PasswordHashing.matches(password, officer.map(Officer::passwordHash).orElse(UNKNOWN_USER_HASH));
        if (!matches || officer.isEmpty() || !officer.get().isEnabled() || officer.get().memberships().isEmpty()) {
            if (throttle.recordFailure(username)) {
                LOG.warning("Sign-in for a username locked for " + SignInThrottle.LOCK.toMinutes() + " minutes after "
                        + SignInThrottle.MAX_FAILURES + " failures");
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

    /**
     * First run: creates the system's first administrator, an officer and administrator in every
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
                .collect(Collectors.toMap(tenant -> tenant.id(), tenant -> Set.of(BoroughRole.OFFICER, BoroughRole.ADMINISTRATOR)));
        create(username, displayName, password, everywhere);
        Arrays.fill(password, '\0');
        LOG.info(() -> "First administrator " + username + " created for " + everywhere.keySet());
        return true;
    }
}
