package org.pupilsupport.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.officers.BoroughRole;

class ActorTest {

    @Test
    void nobodyActingMayDoNothing() {
        Actor nobody = new Actor();
        for (Permission permission : Permission.values()) {
            assertFalse(nobody.isPermitted(permission), permission.name());
        }
        assertThrows(IllegalStateException.class, nobody::username);
    }

    @Test
    void anOfficerMayWhatTheRolesInTheActingBoroughGrant() {
        Actor officer = new Actor();
        officer.actAs("k.officer", Set.of(BoroughRole.OFFICER), false);
        assertTrue(officer.isPermitted(Permission.OPEN_CHILD_RECORDS));
        assertFalse(officer.isPermitted(Permission.READ_AUDIT_TRAIL));
        assertFalse(officer.isSystem());
        assertEquals("k.officer", officer.username());
    }

    @Test
    void theSystemMayDoEverything() {
        Actor system = new Actor();
        system.actAsSystem();
        assertTrue(system.isSystem());
        for (Permission permission : Permission.values()) {
            assertTrue(system.isPermitted(permission), permission.name());
        }
    }

    @Test
    void theRefusalSaysWhatWasMissingInWords() {
        assertEquals("Your roles in this borough do not allow that (read audit trail)", new AccessDeniedException(Permission.READ_AUDIT_TRAIL).getMessage());
    }
}
