package org.pupilsupport.core.demo;

import org.pupilsupport.core.children.CarerContact;
import org.pupilsupport.core.children.CarerRelationship;
import org.pupilsupport.core.children.SenProvision;
import org.pupilsupport.core.children.Sex;
import org.pupilsupport.core.reference.ReferenceData;

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
 * 250 children with addresses, parents, schools, ethnicity and some SEN, and demo accounts. Deterministic for a borough (seeded by its id), so demos and
 * screenshots are repeatable. Every name is invented.
 */
@ApplicationScoped
public class DemoData {

    /** Published in README.md; only ever set in demo mode. */
    public static final String DEMO_PASSWORD = "demo-password-2026";

    /** An officer in every borough, to show choosing and switching the acting borough. */
    public static final String ALL_BOROUGHS_OFFICER = "all.boroughs";

    /**
     * A senior officer in every borough and in no team, as the shared service's leads work: knows no child
     * until given one, and shows what a page opened for one borough does after a switch to the other.
     */
    public static final String ALL_BOROUGHS_SENIOR = "all.boroughs.senior";

    public static final String ADMINISTRATOR = "admin";

    public static final String AUDITOR = "auditor";

    public static final String DATA_PROTECTION_OFFICER = "dpo";

    /** Team names every demo borough gets; the borough's officer is in the first, its senior officer in both. */
    static final List<String> DEMO_TEAMS = List.of("Children missing education", "Inclusion and exclusions");

    static final int SCHOOLS_PER_BOROUGH = 10;
    /** The last schools of each borough's block are secondaries. */
    static final int SECONDARY_SCHOOLS = 3;
    static final int CHILDREN_PER_BOROUGH = 250;

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

    @Inject
    ReferenceData referenceData;

    @Inject
    DemoCases demoCases;

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
        ensureAccount(ALL_BOROUGHS_SENIOR, "Demo senior officer, all boroughs", everyBorough(EnumSet.of(BoroughRole.SENIOR_OFFICER)));
        if (accounts.describe(ADMINISTRATOR).isEmpty()) {
            accounts.createSystemAdministrator(ADMINISTRATOR, "Demo system administrator", DEMO_PASSWORD.toCharArray(),
                    everyBorough(EnumSet.of(BoroughRole.ADMINISTRATOR)));
        }
        ensureAccount(AUDITOR, "Demo auditor", everyBorough(EnumSet.of(BoroughRole.AUDITOR)));
        ensureAccount(DATA_PROTECTION_OFFICER, "Demo data protection officer", everyBorough(EnumSet.of(BoroughRole.DATA_PROTECTION_OFFICER)));
        for (Tenant tenant : tenants.all()) {
            actingBorough.actFor(tenant.id());
            addTeamsIfNone(tenant);
            int firstUrn = School.FIRST_INVENTED_URN + (Integer.parseInt(tenant.laCode()) % 100) * 100;
            List<Integer> primaryUrns = java.util.stream.IntStream.range(0, SCHOOLS_PER_BOROUGH - SECONDARY_SCHOOLS).map(i -> firstUrn + i).boxed().toList();
            List<Integer> secondaryUrns = java.util.stream.IntStream.range(SCHOOLS_PER_BOROUGH - SECONDARY_SCHOOLS, SCHOOLS_PER_BOROUGH)
                    .map(i -> firstUrn + i).boxed().toList();
            demoCases.addIfNone(tenant.id().value(), primaryUrns, secondaryUrns, tenant.pupilReferralUnit());
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
        teamIds.forEach(teamId -> teams.admit(teamId, prefix + ".officer"));
        teams.admit(teamIds.get(0), ALL_BOROUGHS_OFFICER);
        teamIds.forEach(teamId -> teams.admit(teamId, prefix + ".senior"));
        Random random = new Random(("teams-" + tenant.id()).hashCode());
        List<ChildSummary> everyone = new ArrayList<>();
        for (int first = 0; ; first += ChildRegister.MAX_PAGE_SIZE) {
            List<ChildSummary> page = children.search("", first, ChildRegister.MAX_PAGE_SIZE);
            everyone.addAll(page);
            if (page.size() < ChildRegister.MAX_PAGE_SIZE) {
                break;
            }
        }
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
            boolean secondary = i >= SCHOOLS_PER_BOROUGH - SECONDARY_SCHOOLS;
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
        List<String> ethnicities = referenceData.current(ReferenceData.ETHNICITY).stream().map(code -> code.code()).toList();
        String[] postcodeAreas = "314".equals(tenant.laCode()) ? KINGSTON_POSTCODES : "318".equals(tenant.laCode()) ? RICHMOND_POSTCODES : OTHER_POSTCODES;
        for (int i = 0; i < CHILDREN_PER_BOROUGH; i++) {
            int ageInDays = 4 * 365 + random.nextInt(12 * 365);
            LocalDate dateOfBirth = today.minusDays(ageInDays);
            // Reception starts the September of the school year in which the child turns five; Year 7 seven years on.
            LocalDate receptionStart = LocalDate.of(dateOfBirth.getYear() + (dateOfBirth.getMonthValue() >= 9 ? 5 : 4), 9, 1);
            LocalDate yearSevenStart = receptionStart.plusYears(7);
            boolean atSecondary = !yearSevenStart.isAfter(today);
            boolean schoolAge = !receptionStart.isAfter(today);
            School school = !schoolAge || random.nextInt(20) == 0 ? null
                    : (atSecondary ? secondaries : primaries).get(random.nextInt((atSecondary ? secondaries : primaries).size()));
            String upn = school == null ? null : demoUpn(school, receptionStart.getYear(), i);
            String forename = FORENAMES[random.nextInt(FORENAMES.length)];
            String surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String middle = random.nextInt(3) == 0 ? MIDDLE_NAMES[random.nextInt(MIDDLE_NAMES.length)] : null;
            String id = children.register(new ChildRegister.NewChild(forename, middle, surname, dateOfBirth, upn,
                    school == null ? null : school.urn(), school == null ? null : (atSecondary ? yearSevenStart : receptionStart)));
            Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
            String preferred = random.nextInt(8) == 0 ? forename.substring(0, Math.min(3, forename.length())) : null;
            children.updatePersonalDetails(id, new ChildRegister.PersonalDetails(forename, middle, surname, preferred, null, dateOfBirth, sex,
                    random.nextInt(10) == 0 ? null : ethnicities.get(random.nextInt(ethnicities.size()))));
            String area = postcodeAreas[random.nextInt(postcodeAreas.length)];
            children.moveHome(id, new ChildRegister.NewAddress((1 + random.nextInt(180)) + " " + STREETS[random.nextInt(STREETS.length)], null,
                    area.startsWith("KT") ? "Kingston upon Thames" : "Richmond", area + " " + (1 + random.nextInt(9))
                            + (char) ('A' + random.nextInt(20)) + (char) ('A' + random.nextInt(20)), dateOfBirth.plusDays(random.nextInt(ageInDays))));
            String parentForename = PARENT_FORENAMES[random.nextInt(PARENT_FORENAMES.length)];
            children.addContact(id, new CarerContact.Details(parentForename + " " + surname, random.nextBoolean() ? CarerRelationship.MOTHER
                    : CarerRelationship.FATHER, true, true, "07700 900" + String.format("%03d", random.nextInt(1000)), null,
                    parentForename.toLowerCase(java.util.Locale.ROOT) + "." + i + "@example.org", null));
            if (school != null && random.nextInt(6) == 0) {
                children.recordSenProvision(id, random.nextInt(4) == 0 ? SenProvision.EHC_PLAN : SenProvision.SEN_SUPPORT,
                        receptionStart.plusMonths(random.nextInt(12)));
            }
        }
    }

    private static final String[] KINGSTON_POSTCODES = {"KT1", "KT2", "KT3", "KT4", "KT5", "KT6"};
    private static final String[] RICHMOND_POSTCODES = {"TW1", "TW2", "TW9", "TW10", "TW11", "TW12"};
    private static final String[] OTHER_POSTCODES = {"SL4", "SL6"};
    private static final String[] STREETS = {"Acacia Avenue", "Mill Lane", "Canbury Park Road", "Fairfield South", "Queens Road",
        "Elm Grove", "Park Road", "Station Road", "The Crescent", "Church Walk", "Meadow Close", "Riverside Drive"};
    private static final String[] PARENT_FORENAMES = {"Grace", "Tomasz", "Aisha", "David", "Priya", "Kwame", "Sarah", "Yusuf",
        "Joanna", "Mohammed", "Claire", "Olu", "Elena", "Raj", "Fatima", "Michael"};

    /**
     * One in ten is a temporary UPN, as schools issue while waiting for the permanent one. The serial comes
     * from the child's number in the borough, so no two demo children share a UPN.
     */
    private static String demoUpn(School school, int yearOfAllocation, int serial) {
        String serialText = serial % 10 == 0
                ? String.format("%02d%c", serial % 100, Upn.CHECK_ALPHABET.charAt(serial / 100))
                : String.format("%03d", serial);
        return Upn.issue(school.laCode(), school.establishmentNumber(), yearOfAllocation, serialText).value();
    }

}
