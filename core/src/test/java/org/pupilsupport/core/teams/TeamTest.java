package org.pupilsupport.core.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TeamTest {

    private final Team team = new Team("  Children missing education ", Instant.parse("2026-11-29T10:00:00Z"));

    @Test
    void theNameIsTrimmedAndRequired() {
        assertEquals("Children missing education", team.name());
        assertEquals("Enter the team's name", assertThrows(IllegalArgumentException.class, () -> new Team("  ", Instant.EPOCH)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> team.rename("x".repeat(81)));
        team.rename("Inclusion");
        assertEquals("Inclusion", team.name());
    }

    @Test
    void membersJoinAndLeaveOnce() {
        assertTrue(team.admit("k.officer"));
        assertFalse(team.admit("k.officer"), "already a member");
        assertEquals(Set.of("k.officer"), team.members());
        assertTrue(team.release("k.officer"));
        assertFalse(team.release("k.officer"));
        assertThrows(UnsupportedOperationException.class, () -> team.members().add("sneaky"));
    }
}
