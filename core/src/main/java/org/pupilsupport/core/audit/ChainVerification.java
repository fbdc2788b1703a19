package org.pupilsupport.core.audit;

import java.util.Iterator;
import java.util.Objects;

/**
 * Walks a borough's chain in sequence order and reports the first broken link: an edited entry (its hash
 * no longer matches its content), a deleted or reordered entry (a gap, or a previous hash that does not
 * match), or a truncated tail (the chain ends before the latest anchor, or disagrees with it).
 */
public final class ChainVerification {

    /** The head as last recorded: the latest anchor, or the chain head row. */
    public record Checkpoint(long sequenceNumber, String hash) {
    }

    /**
     * @param brokenAt the sequence number of the first broken link, or 0 when the chain is intact
     */
    public record Result(boolean intact, long entriesChecked, long brokenAt, String problem) {

        static Result intact(long checked) {
            return new Result(true, checked, 0, null);
        }

        static Result broken(long checked, long at, String problem) {
            return new Result(false, checked, at, problem);
        }
    }

    private ChainVerification() {
    }

    /**
     * @param entries     the chain in ascending sequence order
     * @param checkpoints points the chain must pass through and reach (anchors, the head), latest last
     */
    public static Result verify(Iterator<? extends ChainedEntry> entries, Iterable<Checkpoint> checkpoints) {
        long expectedSequence = 1;
        String previousHash = ChainHashing.GENESIS;
        java.util.Map<Long, String> hashes = new java.util.HashMap<>();
        java.util.Set<Long> wanted = new java.util.HashSet<>();
        checkpoints.forEach(checkpoint -> wanted.add(checkpoint.sequenceNumber()));
        java.util.Set<String> erasuresRecorded = new java.util.HashSet<>();
        java.util.Map<String, Long> erasuresClaimed = new java.util.TreeMap<>();
        long checked = 0;
        while (entries.hasNext()) {
            ChainedEntry entry = entries.next();
            long sequence = entry.sequenceNumber();
            if (sequence != expectedSequence) {
                return Result.broken(checked, expectedSequence, sequence > expectedSequence
                        ? "entry " + expectedSequence + " is missing (the next entry is " + sequence + ")"
                        : "entry " + sequence + " appears out of order after entry " + (expectedSequence - 1));
            }
            if (!Objects.equals(entry.previousHash(), previousHash)) {
                return Result.broken(checked, sequence, "entry " + sequence + " does not follow entry " + (sequence - 1)
                        + ": its previous hash does not match (an entry was removed, replaced or reordered)");
            }
            String recomputed = ChainHashing.sha256(entry.canonicalContent());
            if (!recomputed.equals(entry.entryHash())) {
                return Result.broken(checked, sequence, "entry " + sequence + " was altered: its content no longer matches its hash");
            }
            String detailProblem = detailProblem(entry);
            if (detailProblem != null) {
                return Result.broken(checked, sequence, detailProblem);
            }
            String erasure = entry.erasureRecorded();
            if (erasure != null) {
                erasuresRecorded.add(erasure);
            }
            ChainedEntry.Detail detail = entry.storedDetail();
            if (detail != null && detail.erasureId() != null) {
                erasuresClaimed.putIfAbsent(detail.erasureId(), sequence);
            }
            if (wanted.contains(sequence)) {
                hashes.put(sequence, entry.entryHash());
            }
            previousHash = entry.entryHash();
            expectedSequence++;
            checked++;
        }
        for (java.util.Map.Entry<String, Long> claimed : erasuresClaimed.entrySet()) {
            if (!erasuresRecorded.contains(claimed.getKey())) {
                return Result.broken(checked, claimed.getValue(), "the details of entry " + claimed.getValue()
                        + " were removed in the name of erasure " + claimed.getKey() + ", which the chain does not record");
            }
        }
        long last = expectedSequence - 1;
        for (Checkpoint checkpoint : checkpoints) {
            if (checkpoint.sequenceNumber() > last) {
                return Result.broken(checked, last + 1, "the chain ends at entry " + last + " but entry "
                        + checkpoint.sequenceNumber() + " was recorded: entries were removed from the end");
            }
            if (checkpoint.sequenceNumber() > 0 && !checkpoint.hash().equals(hashes.get(checkpoint.sequenceNumber()))) {
                return Result.broken(checked, checkpoint.sequenceNumber(), "entry " + checkpoint.sequenceNumber()
                        + " differs from the one recorded: the chain was rewritten from there");
            }
        }
        return Result.intact(checked);
    }

    /**
     * What is wrong with the entry's reason and details as kept beside the chain, or null. Text is checked against
     * the seal the chain holds; an erased detail must hold nothing and name the erasure that cleared it (checked
     * against the chain once the walk ends).
     */
    private static String detailProblem(ChainedEntry entry) {
        long sequence = entry.sequenceNumber();
        ChainedEntry.Detail detail = entry.storedDetail();
        if (entry.detailsSeal() == null) {
            return detail == null ? null : "entry " + sequence + " has details that its sealed content never had: they were added afterwards";
        }
        if (detail == null) {
            return "the details of entry " + sequence + " were deleted without an erasure";
        }
        if (detail.erasureId() != null) {
            return detail.salt() == null && detail.reason() == null && detail.details() == null ? null
                    : "entry " + sequence + " is marked erased but still holds its details";
        }
        if (detail.salt() == null || !AuditEntryDetail.seal(detail.salt(), detail.reason(), detail.details()).equals(entry.detailsSeal())) {
            return "the details of entry " + sequence + " were altered: they no longer match the seal in the chain";
        }
        return null;
    }
}
