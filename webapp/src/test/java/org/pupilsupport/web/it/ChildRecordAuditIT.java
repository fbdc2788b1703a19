package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditChains;
import org.pupilsupport.core.audit.AuditEntry;
import org.pupilsupport.core.children.CarerContact;
import org.pupilsupport.core.children.CarerRelationship;
import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.children.ChildRecordAccess;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRegister.NewAddress;
import org.pupilsupport.core.children.ChildRegister.NewChild;
import org.pupilsupport.core.children.ChildRegister.PersonalDetails;
import org.pupilsupport.core.children.EnrolmentStatus;
import org.pupilsupport.core.children.FormerContact;
import org.pupilsupport.core.children.RecordChange;
import org.pupilsupport.core.children.SenProvision;
import org.pupilsupport.core.children.SensitiveDetails;
import org.pupilsupport.core.children.Sex;
import org.pupilsupport.core.children.SocialCareStatus;
import org.pupilsupport.core.children.Upn;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.schools.SchoolRegister;
import org.pupilsupport.core.tenancy.TenantId;

/**
 * Every editable field of a child's record, its parents' and carers' details and its sensitive details:
 * changing it leaves exactly one audit entry and one line in the record's history, each saying what
 * changed (special-category values only as "changed"). The fields are read from the command records by
 * reflection, and each entity's persistent fields are checked against those commands, so a field added
 * without its audit fails here.
 */
@ExtendWith(ArquillianExtension.class)
class ChildRecordAuditIT {

    private static final TenantId KINGSTON = TenantId.of("kingston");
    private static final int FIRST_KINGSTON_DEMO_SCHOOL = 991400;

    @Deployment
    static WebArchive deployment() {
        return Deployments.shippedWarWith(ChildRecordAuditIT.class, TestOfficers.class);
    }

    @Inject
    TestOfficers officers;

    @Inject
    ChildRegister children;

    @Inject
    SchoolRegister schools;

    @Inject
    AuditChains chains;

    private String officer;
    private String child;
    private String surname;

    /**
     * A changed value of one field and what the trail and history must then say. {@code hidden} is a text
     * that must appear in neither (a special-category value).
     */
    private record FieldChange(Object value, String shown, String hidden) {
    }

    @BeforeEach
    void aChildKnownToTheOfficersTeam() {
        officer = officers.newAccount("audit.walker", KINGSTON, BoroughRole.OFFICER);
        officers.newTeam(KINGSTON, officer);
        surname = "Walktest" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "w");
        officers.actAs(officer, KINGSTON);
        child = children.register(new NewChild("Wendy", null, surname, LocalDate.of(2014, 3, 3), null));
    }

    @Test
    void everyPersonalDetailIsAuditedAndInTheHistory() {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("forename", new FieldChange("Winifred", "Winifred", null));
        changes.put("middleNames", new FieldChange("Rose", "Rose", null));
        changes.put("surname", new FieldChange(surname + "x", surname + "x", null));
        changes.put("preferredForename", new FieldChange("Winnie", "Winnie", null));
        changes.put("preferredSurname", new FieldChange("Walkerly", "Walkerly", null));
        changes.put("dateOfBirth", new FieldChange(LocalDate.of(2014, 4, 4), "2014-04-04", null));
        changes.put("sex", new FieldChange(Sex.FEMALE, "Female", null));
        changes.put("ethnicityCode", new FieldChange("WIRI", "ethnicity: changed", "WIRI"));
        PersonalDetails base = new PersonalDetails("Wendy", null, surname, null, null, LocalDate.of(2014, 3, 3), null, null);
        walk(PersonalDetails.class, base, changes, details -> children.updatePersonalDetails(child, details));
    }

    @Test
    void everyPartOfAnAddressIsAuditedAndInTheHistory() {
        officers.actAs(officer, KINGSTON);
        children.moveHome(child, new NewAddress("1 First Street", null, "Kingston upon Thames", "KT1 1AA", LocalDate.of(2020, 1, 1)));
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("line1", new FieldChange("2 Second Street", "2 Second Street", null));
        changes.put("line2", new FieldChange("Flat 3", "Flat 3", null));
        changes.put("town", new FieldChange("Surbiton", "Surbiton", null));
        changes.put("postcode", new FieldChange("KT6 4AB", "KT6 4AB", null));
        changes.put("from", new FieldChange(LocalDate.of(2026, 1, 1), "2026-01-01", null));
        // Each change is a move, so each needs a later date than the one before; "from" itself comes last.
        int[] month = {1};
        walk(NewAddress.class, new NewAddress("1 First Street", null, "Kingston upon Thames", "KT1 1AA", null), changes, address -> {
            LocalDate from = address.from() != null ? address.from() : LocalDate.of(2021, 1, 1).plusMonths(month[0]++);
            return children.moveHome(child, new NewAddress(address.line1(), address.line2(), address.town(), address.postcode(), from));
        });
    }

    @Test
    void everyDetailOfAParentOrCarerIsAuditedInTheHistoryAndKeptWhenChangedOrRemoved() {
        CarerContact.Details base = new CarerContact.Details("Walter " + surname, CarerRelationship.FATHER, false, false, null, null, null, null);
        officers.actAs(officer, KINGSTON);
        String contactId = children.addContact(child, base).contacts().get(0).id();
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("name", new FieldChange("Walt " + surname, "Walt " + surname, null));
        changes.put("relationship", new FieldChange(CarerRelationship.GRANDPARENT, "Grandparent", null));
        changes.put("parentalResponsibility", new FieldChange(true, ", parental responsibility", null));
        changes.put("livesWith", new FieldChange(true, ", lives with the child", null));
        changes.put("phone", new FieldChange("020 8547 5001", "020 8547 5001", null));
        changes.put("otherPhone", new FieldChange("07700 900123", "07700 900123", null));
        changes.put("email", new FieldChange("walter@example.org", "walter@example.org", null));
        changes.put("address", new FieldChange("9 Elsewhere Road, KT2 5AA", "9 Elsewhere Road, KT2 5AA", null));
        walk(CarerContact.Details.class, base, changes, details -> children.updateContact(child, contactId, details));

        officers.actAs(officer, KINGSTON);
        List<FormerContact> kept = children.formerContactsOf(child);
        assertEquals(changes.size(), kept.size(), "each change kept the details as they were before it");
        assertTrue(kept.stream().allMatch(former -> former.contact().id().equals(contactId)));

        officers.actAs(officer, KINGSTON);
        children.addContact(child, new CarerContact.Details("Wilma " + surname, CarerRelationship.MOTHER, true, true, "020 8547 5002",
                "07700 900456", "wilma@example.org", "1 Other Road, KT3 3AA"));
        officers.actAs(officer, KINGSTON);
        Child withBoth = opened();
        String wilma = withBoth.contacts().stream().filter(contact -> contact.name().startsWith("Wilma")).findFirst().orElseThrow().id();
        int updatesBefore = updates().size();
        officers.actAs(officer, KINGSTON);
        children.removeContact(child, wilma);
        assertEquals(updatesBefore + 1, updates().size());
        assertTrue(updates().get(0).details().contains("07700 900456"), "the removal names every detail removed: " + updates().get(0).details());
        officers.actAs(officer, KINGSTON);
        FormerContact removed = children.formerContactsOf(child).get(0);
        assertTrue(removed.removed());
        assertEquals(new CarerContact.Details("Wilma " + surname, CarerRelationship.MOTHER, true, true, "020 8547 5002", "07700 900456",
                "wilma@example.org", "1 Other Road, KT3 3AA"), removed.contact().details(), "removing a contact keeps every detail of it");
    }

    @Test
    void sensitiveDetailsAreAuditedAndInTheHistoryOnlyAsChangedAndEarlierConcernsAreKeptBehindTheReveal() {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("socialCareStatus", new FieldChange(SocialCareStatus.CHILD_IN_NEED, "social-care status changed", null));
        changes.put("concernsSummary", new FieldChange("Second invented concern for a test", "summary of concerns changed", "Second invented concern"));
        officers.actAs(officer, KINGSTON);
        children.recordSensitiveDetails(child, new SensitiveDetails(null, "First invented concern for a test"));
        walk(SensitiveDetails.class, new SensitiveDetails(null, "First invented concern for a test"), changes, details -> {
            children.recordSensitiveDetails(child, details);
            return null;
        });
        officers.actAs(officer, KINGSTON);
        assertTrue(opened().changes().stream().map(RecordChange::description).noneMatch(line -> line.contains("CHILD_IN_NEED")),
                "the history, shown to whoever opens the record, never shows the social-care status");

        officers.actAs(officer, KINGSTON);
        List<ChildRegister.EarlierConcerns> earlier = children.revealEarlierConcerns(child);
        assertEquals("First invented concern for a test", earlier.get(0).concernsSummary(), "the overwritten summary is kept");
        officers.actAsSystemIn(KINGSTON);
        AuditEntry reveal = chains.entriesAbout("child", child).get(0);
        assertEquals(AuditAction.REVEAL_SENSITIVE, reveal.action(), "reading earlier summaries is an audited reveal");
        assertTrue(chains.entriesAbout("child", child).stream().map(AuditEntry::details).filter(java.util.Objects::nonNull)
                .noneMatch(details -> details.contains("invented concern")), "no concerns text anywhere in the trail");
    }

    @Test
    void theUpnSchoolsAndSenAreAuditedAndInTheHistory() {
        int urn = schools.require(FIRST_KINGSTON_DEMO_SCHOOL).urn();
        String upn = Upn.issue("314", String.format("%04d", (System.nanoTime() / 1000) % 10000), 2014, "201").value();
        change(() -> children.replaceUpn(child, upn), upn, null);
        change(() -> children.enrol(child, urn, EnrolmentStatus.CURRENT_SINGLE, LocalDate.of(2019, 9, 2)), "URN " + urn, null);
        officers.actAs(officer, KINGSTON);
        String enrolment = opened().enrolments().get(0).id();
        change(() -> children.leaveSchool(child, enrolment, LocalDate.of(2025, 7, 22)), "2025-07-22", null);
        change(() -> children.recordSenProvision(child, SenProvision.EHC_PLAN, LocalDate.of(2023, 1, 9)), "-> " + SenProvision.EHC_PLAN.dfeCode(), null);
        change(() -> children.recordRollDeletion(child, new org.pupilsupport.core.children.RollDeletion(urn, "A", LocalDate.of(2025, 7, 22),
                LocalDate.of(2025, 7, 23), java.util.List.of(new org.pupilsupport.core.children.RollDeletion.Parent("Audit Parent", "1 Trail Road",
                "07700 900999")), null, null, null, "no case opened: audit walk")), "Audit Parent, 1 Trail Road, 07700 900999", null);
    }

    /**
     * Every persistent field of the record and of a contact is either edited through a command this test
     * walks, derived from such edits, or never edited: a new field must be added to one of these lists, and
     * to the walk above if officers can edit it.
     */
    @Test
    void everyPersistentFieldIsCoveredByAnAuditedCommandOrNamedAsNotEditable() {
        Map<String, String> childFields = new LinkedHashMap<>();
        for (String walked : components(PersonalDetails.class)) {
            childFields.put(walked, "PersonalDetails");
        }
        childFields.put("legalName", "PersonalDetails: forename, middleNames, surname");
        childFields.put("upn", "replaceUpn");
        childFields.put("formerUpns", "derived: replaceUpn");
        childFields.put("formerSurnames", "derived: PersonalDetails.surname");
        childFields.put("nameTokens", "derived: names");
        childFields.put("addresses", "NewAddress");
        childFields.put("contacts", "CarerContact.Details");
        childFields.put("enrolments", "enrol, leaveSchool");
        childFields.put("school", "enrol");
        childFields.put("senHistory", "recordSenProvision");
        childFields.put("rollDeletions", "recordRollDeletion");
        childFields.put("socialCareStatus", "SensitiveDetails");
        childFields.put("concernsSummary", "SensitiveDetails");
        childFields.put("changes", "the history itself");
        childFields.put("mergedIntoId", "merge, audited by ChildMergeIT");
        childFields.put("restrictedAt", "RecordRestrictions.restrict and lift, audited as RESTRICT by RestrictionIT");
        childFields.put("processingStoppedOnRequest",
                "RecordRestrictions.stopProcessing (an upheld objection), audited as RESTRICT by DataProtectionRequestsIT");
        childFields.put("id", "never edited");
        childFields.put("createdAt", "never edited");
        childFields.put("version", "never edited");
        Set<String> persistent = persistentFields(Child.class);
        persistent.removeAll(Set.of("forename", "middleNames", "surname"));
        Set<String> unlisted = new TreeSet<>(persistent);
        unlisted.removeAll(childFields.keySet());
        assertEquals(Set.of(), unlisted, "fields of Child with no audited command in this test");

        Set<String> contactFields = persistentFields(CarerContact.class);
        contactFields.remove("id");
        assertEquals(new TreeSet<>(components(CarerContact.Details.class)), new TreeSet<>(contactFields),
                "every stored detail of a contact is one the walk changes");
    }

    // ---- the walk

    /**
     * Changes one component at a time from the last state, and checks that the change left one new audit
     * entry and one new history line that say what {@code changes} expects for that component.
     */
    private <R extends Record> void walk(Class<R> type, R base, Map<String, FieldChange> changes, Function<R, ?> apply) {
        List<String> names = components(type);
        assertEquals(new TreeSet<>(names), new TreeSet<>(changes.keySet()),
                type.getSimpleName() + " has a field this test does not change: give it a value here and make sure its change is audited");
        R current = base;
        for (String name : names) {
            FieldChange change = changes.get(name);
            R next = with(current, name, change.value());
            change(() -> apply.apply(next), change.shown(), change.hidden());
            current = next;
        }
    }

    private void change(Runnable act, String shown, String hidden) {
        int updatesBefore = updates().size();
        officers.actAs(officer, KINGSTON);
        int historyBefore = opened().changes().size();
        officers.actAs(officer, KINGSTON);
        act.run();
        List<AuditEntry> updates = updates();
        assertEquals(updatesBefore + 1, updates.size(), "one audit entry for the change to show \"" + shown + "\"");
        String trail = updates.get(0).details();
        assertTrue(trail.contains(shown), "the trail says \"" + shown + "\": " + trail);
        officers.actAs(officer, KINGSTON);
        List<RecordChange> history = opened().changes();
        assertEquals(historyBefore + 1, history.size(), "one history line for the change to show \"" + shown + "\"");
        String line = history.get(history.size() - 1).description();
        assertTrue(line.contains(shown), "the history says \"" + shown + "\": " + line);
        if (hidden != null) {
            assertFalse(trail.contains(hidden), "special-category value kept out of the trail: " + trail);
            assertFalse(line.contains(hidden), "special-category value kept out of the history: " + line);
        }
    }

    private List<AuditEntry> updates() {
        officers.actAsSystemIn(KINGSTON);
        return chains.entriesAbout("child", child).stream().filter(entry -> entry.action() == AuditAction.UPDATE).toList();
    }

    private Child opened() {
        return assertInstanceOf(ChildRecordAccess.Granted.class, children.open(child)).child();
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static <R extends Record> R with(R record, String name, Object value) {
        try {
            RecordComponent[] parts = record.getClass().getRecordComponents();
            Object[] values = new Object[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = parts[i].getName().equals(name) ? value : parts[i].getAccessor().invoke(record);
                types[i] = parts[i].getType();
            }
            @SuppressWarnings("unchecked")
            R changed = (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
            assertNotNull(changed);
            return changed;
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The fields JPA stores: every non-static, non-transient field, embedded ones opened up. */
    private static Set<String> persistentFields(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers()) || field.getName().startsWith("_")) {
                continue;
            }
            names.add(field.getName());
            if (field.isAnnotationPresent(jakarta.persistence.Embedded.class)) {
                names.addAll(persistentFields(field.getType()));
            }
        }
        return names.stream().collect(Collectors.toCollection(TreeSet::new));
    }
}
