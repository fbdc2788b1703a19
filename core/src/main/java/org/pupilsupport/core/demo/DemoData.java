package org.pupilsupport.core.demo;

import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.children.ChildSummary;
import org.pupilsupport.core.children.SensitiveDetails;
import org.pupilsupport.core.children.SocialCareStatus;
import org.pupilsupport.core.teams.Teams;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.Upn;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.officers.OfficerAccounts;
import org.pupilsupport.core.schools.School;
import org.pupilsupport.core.schools.SchoolRegister;
import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.tenancy.Tenant;
import org.pupilsupport.core.tenancy.TenantDirectory;
import org.pupilsupport.core.tenancy.TenantId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

/**
 * Creates invented demo data for every configured borough: about ten schools with the borough's LA code,
 * fifty children, and demo accounts. Deterministic for a borough (seeded by its id), so demos and
 * screenshots are repeatable. Every name is invented.
 */
@ApplicationScoped
public class DemoData {

    /** Published in README.md; only ever set in demo mode. */
    public static final String DEMO_PASSWORD = "demo-password-2026";

    /** An officer in every borough, to show choosing and switching the acting borough. */
    public static final String ALL_BOROUGHS_OFFICER = "all.boroughs";

    public static final String ADMINISTRATOR = "admin";

    public static final String AUDITOR = "auditor";

    public static final String DATA_PROTECTION_OFFICER = "dpo";

    /** Team names every demo borough gets; the borough's officer is in the first, its senior officer in both. */
    static final List<String> DEMO_TEAMS = List.of("Children missing education", "Inclusion and exclusions");

    static final int SCHOOLS_PER_BOROUGH = 10;
    static final int CHILDREN_PER_BOROUGH = 50;

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private static final String[] PRIMARY_NAMES = {"Oakfield Primary School", "St Aidan's CofE Primary School",
        "Hollybank Infant and Nursery School", "Riverside Primary School", "Cedars Park Junior School",
        "Lime Grove Primary School", "St Brendan's Catholic Primary School", "Meadowbank Primary Academy",
        "Thornhill Community Primary School", "Willow Lane Primary School", "Kingfisher Primary School",
        "Fairmead Junior School"};
    private static final String[] SECONDARY_NAMES = {"Beechwood Academy", "Elmhurst High School",
        "St Cuthbert's Catholic College", "Ashcombe School", "Hawthorn Park School"};
    private static final String[] FORENAMES = {"Amelia", "Oliver", "Aisha", "Muhammad", "Isla", "Noah", "Zara",
        "Leo", "Priya", "Jack", "Sofia", "Harry", "Maya", "Arjun", "Freya", "Kwame", "Chloe", "Yusuf", "Grace",
        "Tomasz", "Ella", "Ibrahim", "Lily", "Mateo", "Hana", "Oscar", "Amara", "Reuben", "Nadia", "Finley",
        "Sienna", "Dev", "Maja", "Theo", "Esme", "Kofi", "Ruby", "Ali", "Ava", "Sebastian"};
    private static final String[] SURNAMES = {"Smith", "Khan", "Patel", "Jones", "Nowak", "Williams", "Ahmed",
        "Brown", "Okafor", "Taylor", "Singh", "Davies", "Hussain", "Evans", "Mensah", "Wilson", "Kowalski", "Chen",
        "Thomas", "Ali", "Roberts", "Begum", "Walker", "Osei", "Wright", "Rahman", "Green", "Nguyen", "Hall",
        "Popescu", "Clarke", "Ibrahim", "Hughes", "Santos", "Edwards", "Kaur", "Murphy", "Adeyemi", "Turner", "Silva"};
    private static final String[] MIDDLE_NAMES = {"James", "Rose", "Grace", "Alexander", "Marie", "Oluwaseun", "Mae", "David"};

    @Inject
    TenantDirectory tenants;

    @Inject
    OfficerAccounts accounts;

    @Inject
    SchoolRegister schools;

    @Inject
    ChildRegister children;

    @Inject
    ActingBorough actingBorough;

    @Inject
    Clock clock;

    @Inject
    Actor actor;

    @Inject
    Teams teams;

    /**
     * Loads demo schools and children once (into a database with no account yet), and creates any demo
     * account that is missing, so a demo database made by an earlier version gains the newer accounts.
     */
    @ActivateRequestContext
    public void loadIfAbsent() {
        actor.actAsSystem();
        if (!accounts.anyExists()) {
            for (Tenant tenant : tenants.all()) {
                List<School> boroughSchools = addSchools(tenant);
                actingBorough.actFor(tenant.id());
                addChildren(tenant, boroughSchools);
                LOG.info(() -> "Demo data: " + boroughSchools.size() + " schools and " + CHILDREN_PER_BOROUGH + " children for " + tenant.displayName());
            }
        }
        for (Tenant tenant : tenants.all()) {
            String prefix = tenant.id().value();
            ensureAccount(prefix + ".officer", "Demo officer, " + tenant.displayName(), Map.of(tenant.id(), Set.of(BoroughRole.OFFICER)));
            ensureAccount(prefix + ".senior", "Demo senior officer, " + tenant.displayName(), Map.of(tenant.id(), Set.of(BoroughRole.SENIOR_OFFICER)));
            ensureAccount(prefix + ".admin", "Demo borough administrator, " + tenant.displayName(), Map.of(tenant.id(), Set.of(BoroughRole.ADMINISTRATOR)));
        }
        ensureAccount(ALL_BOROUGHS_OFFICER, "Demo officer, all boroughs", everyBorough(EnumSet.of(BoroughRole.OFFICER)));
        if (accounts.describe(ADMINISTRATOR).isEmpty()) {
            accounts.createSystemAdministrator(ADMINISTRATOR, "Demo system administrator", DEMO_PASSWORD.toCharArray(),
                    everyBorough(EnumSet.of(BoroughRole.ADMINISTRATOR)));
        }
        ensureAccount(AUDITOR, "Demo auditor", everyBorough(EnumSet.of(BoroughRole.AUDITOR)));
        ensureAccount(DATA_PROTECTION_OFFICER, "Demo data protection officer", everyBorough(EnumSet.of(BoroughRole.DATA_PROTECTION_OFFICER)));
        for (Tenant tenant : tenants.all()) {
            actingBorough.actFor(tenant.id());
            addTeamsIfNone(tenant);
        }
    }

    /**
     * Two teams, with about two children in three allocated to one or the other, so that the rest show the
     * break-glass path; the first few children get invented sensitive details to reveal.
     */
    private void addTeamsIfNone(Tenant tenant) {
        if (!teams.all().isEmpty()) {
            return;
        }
        String prefix = tenant.id().value();
        List<String> teamIds = DEMO_TEAMS.stream().map(teams::create).toList();
        teams.admit(teamIds.get(0), prefix + ".officer");
        teams.admit(teamIds.get(0), ALL_BOROUGHS_OFFICER);
        teamIds.forEach(teamId -> teams.admit(teamId, prefix + ".senior"));
        Random random = new Random(("teams-" + tenant.id()).hashCode());
        List<ChildSummary> everyone = children.search("", 0, ChildRegister.MAX_PAGE_SIZE);
        for (int i = 0; i < everyone.size(); i++) {
            String childId = everyone.get(i).id();
            int pick = random.nextInt(3);
            if (pick < teamIds.size()) {
                children.allocate(childId, teamIds.get(pick));
            }
            if (i % 7 == 0) {
                children.recordSensitiveDetails(childId, new SensitiveDetails(SocialCareStatus.values()[i % SocialCareStatus.values().length],
                        "Invented for the demo: school reports falling attendance since the autumn half term; family has asked for help with transport."));
            }
        }
    }

    private void ensureAccount(String username, String displayName, Map<TenantId, Set<BoroughRole>> roles) {
        if (accounts.describe(username).isEmpty()) {
            accounts.create(username, displayName, DEMO_PASSWORD.toCharArray(), roles);
        }
    }

    private Map<TenantId, Set<BoroughRole>> everyBorough(Set<BoroughRole> roles) {
        return tenants.all().stream().collect(Collectors.toMap(Tenant::id, tenant -> roles));
    }

    private List<School> addSchools(Tenant tenant) {
        Random random = new Random(("schools-" + tenant.id()).hashCode());
        List<School> added = new ArrayList<>();
        int laCode = Integer.parseInt(tenant.laCode());
        for (int i = 0; i < SCHOOLS_PER_BOROUGH; i++) {
            boolean secondary = i >= SCHOOLS_PER_BOROUGH - 3;
            String[] names = secondary ? SECONDARY_NAMES : PRIMARY_NAMES;
            String name = names[(i + random.nextInt(names.length)) % names.length];
            // Invented URNs in a block no real establishment uses, keyed by LA code so boroughs never clash.
            int urn = School.FIRST_INVENTED_URN + (laCode % 100) * 100 + i;
            String establishmentNumber = String.valueOf(secondary ? 4000 + i : 2000 + i * 7);
            School school = new School(urn, tenant.laCode(), establishmentNumber, name,
                    secondary ? "Secondary" : "Primary", secondary ? "Academy converter" : "Community school");
            if (schools.find(urn).isEmpty()) {
                schools.add(school);
            }
            added.add(school);
        }
        return added;
    }

    private void addChildren(Tenant tenant, List<School> boroughSchools) {
        Random random = new Random(("children-" + tenant.id()).hashCode());
        LocalDate today = LocalDate.now(clock);
        List<School> primaries = boroughSchools.stream().filter(s -> "Primary".equals(s.phase())).toList();
        List<School> secondaries = boroughSchools.stream().filter(s -> "Secondary".equals(s.phase())).toList();
        for (int i = 0; i < CHILDREN_PER_BOROUGH; i++) {
            int ageInDays = 4 * 365 + random.nextInt(12 * 365);
            LocalDate dateOfBirth = today.minusDays(ageInDays);
            boolean secondaryAge = ageInDays >= 11 * 365;
            List<School> phaseSchools = secondaryAge ? secondaries : primaries;
            School school = random.nextInt(20) == 0 ? null : phaseSchools.get(random.nextInt(phaseSchools.size()));
            String upn = school == null ? null : demoUpn(school, dateOfBirth.getYear() + 4, i, random);
            String middle = random.nextInt(3) == 0 ? MIDDLE_NAMES[random.nextInt(MIDDLE_NAMES.length)] : null;
            // On roll since the September after turning four, or the September the current phase began.
            LocalDate onRollSince = school == null ? null
                    : LocalDate.of(dateOfBirth.getYear() + (secondaryAge ? 11 : 4) + (dateOfBirth.getMonthValue() >= 9 ? 1 : 0), 9, 1);
            children.register(new ChildRegister.NewChild(FORENAMES[random.nextInt(FORENAMES.length)], middle,
                    SURNAMES[random.nextInt(SURNAMES.length)], dateOfBirth, upn, school == null ? null : school.urn(), onRollSince));
        }
    }

    /** One in ten is a temporary UPN, as schools issue while waiting for the permanent one. */
    private static String demoUpn(School school, int yearOfAllocation, int serial, Random random) {
        String serialText = random.nextInt(10) == 0
                ? String.format("%02d%c", serial % 100, Upn.CHECK_ALPHABET.charAt(random.nextInt(Upn.CHECK_ALPHABET.length())))
                : String.format("%03d", serial);
        return Upn.issue(school.laCode(), school.establishmentNumber(), yearOfAllocation, serialText).value();
    }
}
