package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.children.ChildNotFoundException;
import org.pupilsupport.core.children.ChildRecordAccess;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRegister.NewChild;
import org.pupilsupport.core.children.ChildSummary;
import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.tenancy.TenantId;

import jakarta.inject.Inject;

/**
 * Inside the real server, on the real database: a borough cannot find, list, count, change or delete the
 * other borough's child, by id or by search, in either direction.
 */
@ExtendWith(ArquillianExtension.class)
class BoroughIsolationIT {

    private static final TenantId KINGSTON = TenantId.of("kingston");
    private static final TenantId RICHMOND = TenantId.of("richmond");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shippedWarWith(BoroughIsolationIT.class);
    }

    @Inject
    ChildRegister children;

    @Inject
    ActingBorough actingBorough;

    @Inject
    Actor actor;

    private String kingstonChild;
    private String richmondChild;
    private String uniqueSurname;

    @BeforeEach
    void oneChildInEachBorough() {
        // Need to know is not the point here (NeedToKnowIT covers it): the system may open any record.
        actor.actAsSystem();
        // A surname no demo child has, so searches count only this test's children.
        uniqueSurname = "Isolationtest" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        actingBorough.actFor(KINGSTON);
        kingstonChild = children.register(new NewChild("Kit", null, uniqueSurname, LocalDate.of(2015, 3, 1), null));
        actingBorough.actFor(RICHMOND);
        richmondChild = children.register(new NewChild("Rhea", null, uniqueSurname, LocalDate.of(2014, 7, 9), null));
    }

    @Test
    void eachBoroughOpensItsOwnChildButNotTheOthersById() {
        actingBorough.actFor(KINGSTON);
        assertEquals("Kit", opened(kingstonChild).legalName().forename());
        assertInstanceOf(ChildRecordAccess.NotFound.class, children.open(richmondChild));

        actingBorough.actFor(RICHMOND);
        assertEquals("Rhea", opened(richmondChild).legalName().forename());
        assertInstanceOf(ChildRecordAccess.NotFound.class, children.open(kingstonChild));
    }

    @Test
    void searchAndCountSeeOnlyTheActingBorough() {
        actingBorough.actFor(KINGSTON);
        List<ChildSummary> kingstonMatches = children.search(uniqueSurname, 0, 50);
        assertEquals(List.of(kingstonChild), kingstonMatches.stream().map(ChildSummary::id).toList());
        assertEquals(1, children.countMatching(uniqueSurname));
        long kingstonTotal = children.count();

        actingBorough.actFor(RICHMOND);
        assertEquals(List.of(richmondChild), children.search(uniqueSurname, 0, 50).stream().map(ChildSummary::id).toList());
        assertEquals(1, children.countMatching(uniqueSurname));
        long richmondTotal = children.count();

        // Every listed child of each borough opens in that borough: nothing of the other leaks into a list.
        actingBorough.actFor(KINGSTON);
        List<ChildSummary> kingstonAll = children.search("", 0, ChildRegister.MAX_PAGE_SIZE);
        assertEquals(Math.min(kingstonTotal, ChildRegister.MAX_PAGE_SIZE), kingstonAll.size());
        assertTrue(kingstonAll.stream().noneMatch(child -> child.id().equals(richmondChild)));
        actingBorough.actFor(RICHMOND);
        assertTrue(children.search("", 0, ChildRegister.MAX_PAGE_SIZE).stream().noneMatch(child -> child.id().equals(kingstonChild)));
        assertTrue(kingstonTotal > 0 && richmondTotal > 0);
    }

    @Test
    void oneBoroughCannotChangeTheOthersChild() {
        actingBorough.actFor(KINGSTON);
        assertThrows(ChildNotFoundException.class, () -> children.correctLegalName(richmondChild, "Changed", null, "ByKingston"));

        actingBorough.actFor(RICHMOND);
        assertEquals("Rhea", opened(richmondChild).legalName().forename(), "Richmond's child is unchanged");
        assertThrows(ChildNotFoundException.class, () -> children.correctLegalName(kingstonChild, "Changed", null, "ByRichmond"));

        actingBorough.actFor(KINGSTON);
        assertEquals("Kit", opened(kingstonChild).legalName().forename(), "Kingston's child is unchanged");
        children.correctLegalName(kingstonChild, "Kitty", null, uniqueSurname);
        assertEquals("Kitty", opened(kingstonChild).legalName().forename(), "a borough can change its own child");
    }

    @Test
    void oneBoroughCannotDeleteTheOthersChild() {
        actingBorough.actFor(KINGSTON);
        assertThrows(ChildNotFoundException.class, () -> children.removeRecordedInError(richmondChild));
        actingBorough.actFor(RICHMOND);
        assertThrows(ChildNotFoundException.class, () -> children.removeRecordedInError(kingstonChild));

        assertEquals("Rhea", opened(richmondChild).legalName().forename(), "Richmond's child survived");
        children.removeRecordedInError(richmondChild);
        assertInstanceOf(ChildRecordAccess.NotFound.class, children.open(richmondChild), "a borough can remove its own child");
        actingBorough.actFor(KINGSTON);
        assertEquals("Kit", opened(kingstonChild).legalName().forename(), "Kingston's child survived");
    }

    private Child opened(String id) {
        return assertInstanceOf(ChildRecordAccess.Granted.class, children.open(id)).child();
    }
}
