package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.audit.AuditChains;
import org.pupilsupport.core.audit.AuditEntry;
import org.pupilsupport.core.children.CarerContact;
import org.pupilsupport.core.children.CarerRelationship;
import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.children.ChildRecordAccess;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRegister.NewChild;
import org.pupilsupport.core.children.ChildRegister.PersonalDetails;
import org.pupilsupport.core.children.ChildSummary;
import org.pupilsupport.core.children.EnrolmentStatus;
import org.pupilsupport.core.children.SenProvision;
import org.pupilsupport.core.children.Sex;
import org.pupilsupport.core.children.Upn;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.schools.SchoolRegister;
import org.pupilsupport.core.tenancy.TenantId;

/**
 * The whole child record on the real server and database: each kind of change is validated, saved with its
 * history, described in the record's own history and in the audit trail (ethnicity without its values),
 * and a refused change leaves nothing behind. Duplicates are found by UPN, former UPN, and name with date
 * of birth.
 */
@ExtendWith(ArquillianExtension.class)
class ChildRecordIT {

    private static final TenantId KINGSTON = TenantId.of("kingston");

    /** The test server runs in demo mode; DemoData numbers Kingston's invented schools from this URN. */
    private static final int FIRST_KINGSTON_DEMO_SCHOOL = 991400;

    @Deployment
    static WebArchive deployment() {
        return Deployments.shippedWarWith(ChildRecordIT.class, TestOfficers.class);
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

    @BeforeEach
    void aChildKnownToTheOfficersTeam() {
        officer = officers.newAccount("record.officer", KINGSTON, BoroughRole.OFFICER);
        officers.newTeam(KINGSTON, officer);
        surname = "Recordtest" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        officers.actAs(officer, KINGSTON);
        child = children.register(new NewChild("Mira", null, surname, LocalDate.of(2014, 6, 3), null));
    }

    @Test
    void personalDetailsChangeWithTheirHistoryAndEthnicityStaysOutOfTheTrail() {
        officers.actAs(officer, KINGSTON);
        Child changed = children.updatePersonalDetails(child, new PersonalDetails("Mira", "Jane", surname + "-Smith", "Mimi", null,
                LocalDate.of(2014, 6, 4), Sex.FEMALE, "wbri"));
        assertEquals("Mimi " + surname + "-Smith", changed.knownAs());
        assertEquals(surname, changed.formerSurnames().get(0).value(), "the old surname is kept");
        assertEquals("WBRI", changed.ethnicityCode());
        String history = changed.changes().get(changed.changes().size() - 1).description();
        assertTrue(history.contains("date of birth: 2014-06-03 -> 2014-06-04") && history.contains("sex: not recorded -> Female"), history);

        AuditEntry update = latestAboutChild();
        assertTrue(update.details().contains("ethnicity: changed (special-category data, values kept out of the trail)"), update.details());
        assertFalse(update.details().contains("WBRI"), update.details());
    }

    @Test
    void aRefusedChangeLeavesNothingBehind() {
        officers.actAs(officer, KINGSTON);
        long entriesBefore = entriesAboutChild();
        officers.actAs(officer, KINGSTON);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> children.updatePersonalDetails(child,
                new PersonalDetails("Renamed", null, surname, null, null, LocalDate.of(2014, 6, 3), Sex.MALE, "XXXX")));
        assertEquals("\"XXXX\" is not a current code of the ethnicity code set", refused.getMessage());
        officers.actAs(officer, KINGSTON);
        assertThrows(IllegalArgumentException.class, () -> children.updatePersonalDetails(child,
                new PersonalDetails("Renamed", null, surname, null, null, LocalDate.of(2099, 1, 1), Sex.MALE, null)), "a birth in the future");

        officers.actAs(officer, KINGSTON);
        Child unchanged = opened();
        assertEquals("Mira", unchanged.legalName().forename(), "the name change before the bad date was not kept");
        assertNull(unchanged.sex());
        assertEquals(entriesBefore + 1, entriesAboutChild(), "only the view just made");
    }

    @Test
    void addressesContactsSchoolsAndSenKeepTheirHistory() {
        officers.actAs(officer, KINGSTON);
        children.moveHome(child, new ChildRegister.NewAddress("12 Acacia Avenue", null, "Kingston upon Thames", "kt1 1eu", LocalDate.of(2020, 5, 1)));
        children.moveHome(child, new ChildRegister.NewAddress("3 Mill Lane", null, "Surbiton", "KT6 4AB", LocalDate.of(2025, 9, 15)));
        Child withContact = children.addContact(child, new CarerContact.Details("Grace " + surname, CarerRelationship.MOTHER, true, true,
                "020 8547 5000", null, "grace@example.org", null));
        String contactId = withContact.contacts().get(0).id();
        children.updateContact(child, contactId, new CarerContact.Details("Grace " + surname, CarerRelationship.MOTHER, true, false,
                "020 8547 5000", null, "grace@example.org", "9 Elsewhere Road, KT2 5AA"));
        int urn = schools.require(FIRST_KINGSTON_DEMO_SCHOOL).urn();
        Child enrolled = children.enrol(child, urn, EnrolmentStatus.CURRENT_SINGLE, LocalDate.of(2019, 9, 1));
        children.leaveSchool(child, enrolled.enrolments().get(0).id(), LocalDate.of(2025, 7, 22));
        Child withSen = children.recordSenProvision(child, SenProvision.SEN_SUPPORT, LocalDate.of(2023, 1, 9));

        assertEquals(2, withSen.addresses().size());
        assertEquals(LocalDate.of(2025, 9, 14), withSen.addresses().get(0).to());
        assertEquals("3 Mill Lane, Surbiton, KT6 4AB", withSen.currentAddress().orElseThrow().oneLine());
        assertFalse(withSen.contacts().get(0).livesWithChild());
        assertEquals(LocalDate.of(2025, 7, 22), withSen.enrolments().get(0).end());
        assertNull(withSen.school());
        assertEquals(SenProvision.SEN_SUPPORT, withSen.currentSenProvision().orElseThrow());
        List<String> history = withSen.changes().stream().map(change -> change.description()).toList();
        assertEquals(8, history.size(), "created, two moves, carer added and changed, enrolled, left, SEN: " + history);
        assertTrue(history.get(3).startsWith("parent or carer added: Grace"), history.get(3));

        officers.actAs(officer, KINGSTON);
        Child reopened = opened();
        assertEquals(2, reopened.addresses().size(), "saved, not just changed in memory");
        assertEquals(1, reopened.enrolments().size());
    }

    @Test
    void duplicatesAreFoundByUpnFormerUpnAndNameWithDateOfBirth() {
        // A random establishment number keeps the UPNs unique across runs on a database kept between them.
        String establishment = String.format("%04d", (System.nanoTime() / 1000) % 10000);
        Upn temporary = Upn.issue("314", establishment, 2018, "07B");
        Upn permanent = Upn.issue("314", establishment, 2018, "417");
        officers.actAs(officer, KINGSTON);
        children.replaceUpn(child, temporary.value());
        children.replaceUpn(child, permanent.value());

        officers.actAs(officer, KINGSTON);
        assertEquals(List.of(child), ids(children.possibleDuplicates(new NewChild("Someone", null, "Else", LocalDate.of(2015, 1, 1), permanent.value()))));
        assertEquals(List.of(child), ids(children.possibleDuplicates(new NewChild("Someone", null, "Else", LocalDate.of(2015, 1, 1), temporary.value()))),
                "a former UPN still finds the child");
        assertEquals(List.of(child), ids(children.possibleDuplicates(new NewChild("MIRA", null, surname.toLowerCase(), LocalDate.of(2014, 6, 3), null))));
        assertEquals(List.of(), children.possibleDuplicates(new NewChild("Mira", null, surname, LocalDate.of(2014, 6, 4), null)));

        officers.actAs(officer, KINGSTON);
        IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
                () -> children.register(new NewChild("Other", null, "Child", LocalDate.of(2015, 2, 2), permanent.value())));
        assertTrue(taken.getMessage().startsWith("A child in this borough already has UPN"), taken.getMessage());

        officers.actAsSystemIn(TenantId.of("richmond"));
        assertEquals(List.of(), children.possibleDuplicates(new NewChild("Mira", null, surname, LocalDate.of(2014, 6, 3), permanent.value())),
                "Richmond's duplicate check never sees Kingston's child");
    }

    private static List<String> ids(List<ChildSummary> summaries) {
        return summaries.stream().map(ChildSummary::id).toList();
    }

    private Child opened() {
        return assertInstanceOf(ChildRecordAccess.Granted.class, children.open(child)).child();
    }

    private AuditEntry latestAboutChild() {
        officers.actAsSystemIn(KINGSTON);
        return chains.entriesAbout("child", child).get(0);
    }

    private long entriesAboutChild() {
        officers.actAsSystemIn(KINGSTON);
        return chains.entriesAbout("child", child).size();
    }
}
