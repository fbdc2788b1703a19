package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.pupilsupport.core.access.AccessDeniedException;
import org.pupilsupport.core.children.BoroughRecordRules;
import org.pupilsupport.core.children.CarerContact;
import org.pupilsupport.core.children.CarerRelationship;
import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.children.ChildRecordAccess;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRegister.NewChild;
import org.pupilsupport.core.children.ChildSummary;
import org.pupilsupport.core.children.Upn;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.tenancy.TenantId;

/**
 * Merging two records of one child on the real server: the survivor gains the duplicate's details, the
 * duplicate leaves searches (its UPN now finds the survivor), and the merge can be undone within the
 * period each borough's plugin sets.
 */
@ExtendWith(ArquillianExtension.class)
class ChildMergeIT {

    private static final TenantId KINGSTON = TenantId.of("kingston");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shippedWarWith(ChildMergeIT.class, TestOfficers.class);
    }

    @Inject
    TestOfficers officers;

    @Inject
    ChildRegister children;

    @Inject
    BoroughRecordRules rules;

    private String senior;
    private String survivor;
    private String duplicate;
    private Upn duplicateUpn;
    private String surname;

    @BeforeEach
    void twoRecordsOfOneChild() {
        senior = officers.newAccount("merge.senior", KINGSTON, BoroughRole.SENIOR_OFFICER);
        officers.newTeam(KINGSTON, senior);
        surname = "Mergetest" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "m");
        String establishment = String.format("%04d", (System.nanoTime() / 1000) % 10000);
        duplicateUpn = Upn.issue("314", establishment, 2017, "201");
        officers.actAs(senior, KINGSTON);
        survivor = children.register(new NewChild("Lena", null, surname, LocalDate.of(2014, 4, 4), null));
        duplicate = children.register(new NewChild("Lena", null, surname, LocalDate.of(2014, 4, 4), duplicateUpn.value()));
        children.addContact(duplicate, new CarerContact.Details("Maria " + surname, CarerRelationship.MOTHER, true, true, null, null, null, null));
    }

    @Test
    void theDuplicateIsAbsorbedLeavesSearchesAndComesBackWhenTheMergeIsUndone() {
        officers.actAs(senior, KINGSTON);
        Child merged = children.merge(survivor, duplicate);
        assertEquals(duplicateUpn.value(), merged.formerUpns().get(0).value());
        assertEquals("Maria " + surname, merged.contacts().get(0).name());

        assertEquals(List.of(survivor), found(surname), "the duplicate has left the lists");
        assertEquals(List.of(survivor), found(duplicateUpn.value()), "its UPN finds the survivor");
        officers.actAs(senior, KINGSTON);
        Child retired = assertInstanceOf(ChildRecordAccess.Granted.class, children.open(duplicate)).child();
        assertEquals(survivor, retired.mergedIntoId());
        assertThrows(IllegalArgumentException.class, () -> children.merge(survivor, duplicate), "already merged");

        officers.actAs(senior, KINGSTON);
        String mergeId = children.mergesOf(survivor).get(0).id();
        Child undone = children.reverseMerge(mergeId);
        assertEquals(List.of(), undone.contacts());
        assertEquals(List.of(), undone.formerUpns());
        assertEquals(2, found(surname).size(), "both records stand again");
        officers.actAs(senior, KINGSTON);
        assertNull(assertInstanceOf(ChildRecordAccess.Granted.class, children.open(duplicate)).child().mergedIntoId());
        officers.actAs(senior, KINGSTON);
        assertThrows(IllegalArgumentException.class, () -> children.reverseMerge(mergeId), "undone once only");
    }

    @Test
    void onlySeniorOfficersMergeAndEachBoroughSetsItsOwnPeriod() {
        String officer = officers.newAccount("merge.officer", KINGSTON, BoroughRole.OFFICER);
        officers.actAs(officer, KINGSTON);
        assertThrows(AccessDeniedException.class, () -> children.merge(survivor, duplicate));

        assertEquals(30, rules.mergeReversal(KINGSTON).days());
        assertEquals("Kingston upon Thames's rules", rules.mergeReversal(KINGSTON).source(), "the rule comes from the borough's plugin");
        assertEquals(90, rules.mergeReversal(TenantId.of("richmond")).days());
    }

    private List<String> found(String text) {
        officers.actAs(senior, KINGSTON);
        return children.search(text, 0, 20).stream().map(ChildSummary::id).toList();
    }
}
