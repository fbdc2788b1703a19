package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRegister.NewChild;
import org.pupilsupport.core.children.ChildRegister.PersonalDetails;
import org.pupilsupport.core.children.ChildSummary;
import org.pupilsupport.core.children.Upn;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.tenancy.TenantId;

/**
 * Search as officers use it, on the real database: partial names in any order, any case, with or without
 * accents, preferred and former names, UPNs current and former, dates of birth and postcodes; never a
 * child of the other borough.
 */
@ExtendWith(ArquillianExtension.class)
class ChildSearchIT {

    private static final TenantId KINGSTON = TenantId.of("kingston");

    /** The test server runs in demo mode; DemoData numbers Kingston's invented schools from this URN. */
    private static final int FIRST_KINGSTON_DEMO_SCHOOL = 991400;

    @Deployment
    static WebArchive deployment() {
        return Deployments.shippedWarWith(ChildSearchIT.class, TestOfficers.class);
    }

    @Inject
    TestOfficers officers;

    @Inject
    ChildRegister children;

    private String officer;
    private String zoe;
    private String surname;
    private Upn formerUpn;
    private Upn upn;

    @BeforeEach
    void aChildWithAnAccentedHyphenatedNameAndHistory() {
        officer = officers.newAccount("search.officer", KINGSTON, BoroughRole.OFFICER);
        officers.newTeam(KINGSTON, officer);
        // Letters only and unique per run, so each search counts this test's child alone.
        surname = "Dúbrovska" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        // A random establishment number keeps the UPNs unique across runs on a database kept between them.
        String establishment = String.format("%04d", (System.nanoTime() / 1000) % 10000);
        formerUpn = Upn.issue("314", establishment, 2019, "01C");
        upn = Upn.issue("314", establishment, 2019, "101");
        officers.actAs(officer, KINGSTON);
        zoe = children.register(new NewChild("Zoë", "Maria", surname + "-Smith", LocalDate.of(2013, 3, 9), formerUpn.value()));
        children.replaceUpn(zoe, upn.value());
        children.updatePersonalDetails(zoe, new PersonalDetails("Zoë", "Maria", "Okonkwo" + surname.substring(9), "Zo", null,
                LocalDate.of(2013, 3, 9), null, null));
        children.moveHome(zoe, new ChildRegister.NewAddress("7 Canbury Passage", null, "Kingston upon Thames", "KT2 5AU", LocalDate.of(2024, 1, 1)));
    }

    private List<String> found(String text) {
        officers.actAs(officer, KINGSTON);
        return children.search(text, 0, 50).stream().map(ChildSummary::id).toList();
    }

    @Test
    void namesMatchInAnyOrderCaseAndAccentByTheStartOfAWord() {
        String distinctive = surname.substring(9).toLowerCase();
        assertEquals(List.of(zoe), found("zoe okonkwo" + distinctive));
        assertEquals(List.of(zoe), found("OKONKWO" + distinctive.toUpperCase() + " Zoë"));
        assertEquals(List.of(zoe), found("zo okonk" + distinctive.substring(0, 0) + "wo" + distinctive), "the preferred forename");
        assertEquals(List.of(zoe), found("dubrovska" + distinctive), "a former surname, without its accent");
        assertEquals(List.of(), found("maria okonkwo" + distinctive + " smithers"), "every word must match");
    }

    @Test
    void identifiersDatesAndPostcodesFindTheChild() {
        assertEquals(List.of(zoe), found(upn.value()));
        assertEquals(List.of(zoe), found(formerUpn.value().toLowerCase()), "a former UPN");
        assertEquals(true, found("09/03/2013").contains(zoe), "the date of birth");
        assertEquals(true, found("kt25au").contains(zoe), "the current postcode, however typed");
        officers.actAs(officer, KINGSTON);
        children.enrol(zoe, FIRST_KINGSTON_DEMO_SCHOOL, org.pupilsupport.core.children.EnrolmentStatus.CURRENT_SINGLE, LocalDate.of(2024, 9, 4));
        assertEquals(true, found(String.valueOf(FIRST_KINGSTON_DEMO_SCHOOL)).contains(zoe), "a school's URN finds the children on its roll");
    }

    @Test
    void anIsoDateOfBirthFindsTheChildAsDdMmYyyyDoes() {
        assertTrue(found("2013-03-09").contains(zoe), "the date of birth as an ISO date");
        assertEquals(found("09/03/2013"), found("2013-03-09"));
    }

    @Test
    void partOfAUpnIsRefusedWithAMessageInsteadOfFindingNamesByItsFirstLetter() {
        officers.actAs(officer, KINGSTON);
        String partial = upn.value().substring(0, 6);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> children.search(partial, 0, 50));
        assertEquals("Enter the full 13-character UPN, such as B801200005001: search does not match part of a UPN", refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> children.countMatching(partial));
        // Before, the digits were dropped and every child whose name starts with the UPN's letter came back.
        assertThrows(IllegalArgumentException.class, () -> children.search("b8", 0, 50));
    }

    @Test
    void theOtherBoroughFindsNothing() {
        officers.actAsSystemIn(TenantId.of("richmond"));
        assertEquals(List.of(), children.search(upn.value(), 0, 50));
        assertEquals(List.of(), children.search("zoe okonkwo" + surname.substring(9), 0, 50));
    }
}
