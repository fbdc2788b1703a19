package org.pupilsupport.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pupilsupport.core.audit.ChainVerification.Checkpoint;
import org.pupilsupport.core.audit.ChainVerification.Result;

/** Each way of tampering with a chain is caught, at the entry where it happened. */
class ChainVerificationTest {

    private static final Instant NOON = Instant.parse("2026-11-29T12:00:00Z");

    private final List<ChainedEntry> chain = new ArrayList<>();
    private AuditChainHead head;

    /** An entry as stored, but with some of its fields changed behind its back. */
    private record Tampered(long sequenceNumber, String previousHash, String entryHash, String canonicalContent) implements ChainedEntry {

        @Override
        public String detailsSeal() {
            return null;
        }

        @Override
        public Detail storedDetail() {
            return null;
        }

        @Override
        public String erasureRecorded() {
            return null;
        }
    }

    /** An entry whose chained part is untouched but whose detail, kept beside the chain, is as given. */
    private record DetailAs(ChainedEntry stored, Detail storedDetail) implements ChainedEntry {

        @Override
        public long sequenceNumber() {
            return stored.sequenceNumber();
        }

        @Override
        public String previousHash() {
            return stored.previousHash();
        }

        @Override
        public String entryHash() {
            return stored.entryHash();
        }

        @Override
        public String canonicalContent() {
            return stored.canonicalContent();
        }

        @Override
        public String detailsSeal() {
            return stored.detailsSeal();
        }

        @Override
        public String erasureRecorded() {
            return stored.erasureRecorded();
        }
    }

    @BeforeEach
    void tenEntries() {
        head = new AuditChainHead("kingston");
        AuditContext officer = new AuditContext();
        officer.actingAs("kingston.officer", java.util.Set.of("officer"), "192.0.2.10");
        for (int i = 1; i <= 10; i++) {
            chain.add(head.append(NOON.plusSeconds(i), officer, AuditEvent.about(AuditAction.VIEW, "child", "child-" + i, AuditOutcome.SUCCESS)));
        }
    }

    private Result verify(List<Checkpoint> checkpoints) {
        return ChainVerification.verify(chain.iterator(), checkpoints);
    }

    private Checkpoint headCheckpoint() {
        return new Checkpoint(head.lastSequenceNumber(), head.lastHash());
    }

    @Test
    void anUntouchedChainIsIntact() {
        Result result = verify(List.of(new Checkpoint(5, chain.get(4).entryHash()), headCheckpoint()));
        assertTrue(result.intact(), result.problem());
        assertEquals(10, result.entriesChecked());
        assertEquals(1, chain.get(0).sequenceNumber());
        assertEquals(ChainHashing.GENESIS, chain.get(0).previousHash());
    }

    @Test
    void anEmptyChainIsIntact() {
        chain.clear();
        assertTrue(verify(List.of(new Checkpoint(0, ChainHashing.GENESIS))).intact());
    }

    @Test
    void anEditedEntryIsCaughtWhereItWasEdited() {
        ChainedEntry original = chain.get(3);
        chain.set(3, new Tampered(original.sequenceNumber(), original.previousHash(), original.entryHash(),
                original.canonicalContent().replace("kingston.officer", "someone.else")));

        Result result = verify(List.of(headCheckpoint()));
        assertFalse(result.intact());
        assertEquals(4, result.brokenAt());
        assertEquals("entry 4 was altered: its content no longer matches its hash", result.problem());
    }

    @Test
    void anEditedEntryWithARecomputedHashBreaksTheNextLink() {
        ChainedEntry original = chain.get(3);
        String content = original.canonicalContent().replace("child-4", "child-99");
        chain.set(3, new Tampered(4, original.previousHash(), ChainHashing.sha256(content), content));

        Result result = verify(List.of(headCheckpoint()));
        assertFalse(result.intact());
        assertEquals(5, result.brokenAt());
    }

    @Test
    void aDeletedEntryIsCaught() {
        chain.remove(6);

        Result result = verify(List.of(headCheckpoint()));
        assertFalse(result.intact());
        assertEquals(7, result.brokenAt());
        assertEquals("entry 7 is missing (the next entry is 8)", result.problem());
    }

    @Test
    void reorderedEntriesAreCaught() {
        Collections.swap(chain, 2, 5);

        Result result = verify(List.of(headCheckpoint()));
        assertFalse(result.intact());
        assertEquals(3, result.brokenAt());
    }

    @Test
    void entriesRenumberedIntoAnotherOrderAreCaught() {
        ChainedEntry third = chain.get(2);
        ChainedEntry sixth = chain.get(5);
        chain.set(2, new Tampered(3, sixth.previousHash(), sixth.entryHash(), sixth.canonicalContent()));
        chain.set(5, new Tampered(6, third.previousHash(), third.entryHash(), third.canonicalContent()));

        Result result = verify(List.of(headCheckpoint()));
        assertFalse(result.intact());
        assertEquals(3, result.brokenAt());
    }

    @Test
    void aTruncatedTailIsCaughtByTheAnchor() {
        Checkpoint anchorAtTen = headCheckpoint();
        chain.subList(7, 10).clear();

        Result result = verify(List.of(anchorAtTen));
        assertFalse(result.intact());
        assertEquals(8, result.brokenAt());
        assertEquals("the chain ends at entry 7 but entry 10 was recorded: entries were removed from the end", result.problem());
    }

    @Test
    void aTailRewrittenAfterAnAnchorIsCaught() {
        Checkpoint anchorAtEight = new Checkpoint(8, chain.get(7).entryHash());
        // Rebuild entries 8 to 10 with different content but a consistent chain of hashes.
        chain.subList(7, 10).clear();
        String previous = chain.get(6).entryHash();
        for (long sequence = 8; sequence <= 10; sequence++) {
            String content = ChainHashing.canonical(sequence, previous, "forged");
            String hash = ChainHashing.sha256(content);
            chain.add(new Tampered(sequence, previous, hash, content));
            previous = hash;
        }

        Result result = verify(List.of(anchorAtEight));
        assertFalse(result.intact());
        assertEquals(8, result.brokenAt());
    }

    @Test
    void theEncodingKeepsFieldBoundaries() {
        assertFalse(ChainHashing.canonical("ab", "c").equals(ChainHashing.canonical("a", "bc")));
        assertFalse(ChainHashing.canonical(null, "x").equals(ChainHashing.canonical("", "x")));
    }

    /** A chain of three: a search naming a child, an ordinary view, and an erasure with the given id. */
    private List<ChainedEntry> searchViewAndErasure(String erasureId) {
        chain.clear();
        head = new AuditChainHead("kingston");
        AuditContext officer = new AuditContext();
        officer.actingAs("kingston.officer", java.util.Set.of("officer"), "192.0.2.10");
        chain.add(head.append(NOON, officer, AuditEvent.about(AuditAction.SEARCH, "child", null, AuditOutcome.SUCCESS)
                .withDetails("name=Zebedee Quarrington")));
        chain.add(head.append(NOON.plusSeconds(1), officer, AuditEvent.about(AuditAction.VIEW, "child", "child-1", AuditOutcome.SUCCESS)));
        chain.add(head.append(NOON.plusSeconds(2), officer, AuditEvent.about(AuditAction.ERASE, AuditEntry.ERASURE_SUBJECT, erasureId,
                AuditOutcome.SUCCESS)));
        return chain;
    }

    private static ChainedEntry.Detail erasedBy(String erasureId) {
        return new ChainedEntry.Detail(null, null, null, erasureId);
    }

    @Test
    void detailsLiveBesideTheChainUnderASealThatHidesThem() {
        searchViewAndErasure("erasure-1");
        ChainedEntry search = chain.get(0);
        assertEquals("name=Zebedee Quarrington", search.storedDetail().details());
        assertFalse(search.canonicalContent().contains("Zebedee"), "the chained part holds only the seal");
        assertEquals(64, search.detailsSeal().length());
        assertEquals(null, chain.get(1).detailsSeal(), "an entry without text has no seal and no detail");
        assertTrue(verify(List.of(headCheckpoint())).intact());
    }

    @Test
    void detailsClearedByARecordedErasureLeaveTheChainIntact() {
        searchViewAndErasure("erasure-1");
        chain.set(0, new DetailAs(chain.get(0), erasedBy("erasure-1")));

        Result result = verify(List.of(headCheckpoint()));
        assertTrue(result.intact(), result.problem());
        assertEquals(3, result.entriesChecked());
    }

    @Test
    void detailsClearedWithoutARecordedErasureAreCaught() {
        searchViewAndErasure("erasure-1");
        chain.set(0, new DetailAs(chain.get(0), erasedBy("erasure-2")));

        Result result = verify(List.of(headCheckpoint()));
        assertFalse(result.intact());
        assertEquals(1, result.brokenAt());
        assertEquals("the details of entry 1 were removed in the name of erasure erasure-2, which the chain does not record", result.problem());
    }

    @Test
    void alteredDetailsAreCaught() {
        searchViewAndErasure("erasure-1");
        ChainedEntry.Detail stored = chain.get(0).storedDetail();
        chain.set(0, new DetailAs(chain.get(0), new ChainedEntry.Detail(stored.salt(), stored.reason(), "name=Someone Else", null)));

        Result result = verify(List.of(headCheckpoint()));
        assertFalse(result.intact());
        assertEquals("the details of entry 1 were altered: they no longer match the seal in the chain", result.problem());
    }

    @Test
    void deletedAddedOrHalfErasedDetailsAreCaught() {
        searchViewAndErasure("erasure-1");
        ChainedEntry search = chain.get(0);
        chain.set(0, new DetailAs(search, null));
        assertEquals("the details of entry 1 were deleted without an erasure", verify(List.of(headCheckpoint())).problem());

        chain.set(0, search);
        chain.set(1, new DetailAs(chain.get(1), new ChainedEntry.Detail("00", null, "added later", null)));
        assertEquals("entry 2 has details that its sealed content never had: they were added afterwards", verify(List.of(headCheckpoint())).problem());

        searchViewAndErasure("erasure-1");
        ChainedEntry.Detail stored = chain.get(0).storedDetail();
        chain.set(0, new DetailAs(chain.get(0), new ChainedEntry.Detail(stored.salt(), stored.reason(), stored.details(), "erasure-1")));
        assertEquals("entry 1 is marked erased but still holds its details", verify(List.of(headCheckpoint())).problem());
    }
}
