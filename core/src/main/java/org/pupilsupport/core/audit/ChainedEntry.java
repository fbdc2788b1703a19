package org.pupilsupport.core.audit;

/** One link of a hash chain, as the verifier sees it. */
public interface ChainedEntry {

    long sequenceNumber();

    String previousHash();

    String entryHash();

    /** The entry's content in the canonical form its hash covers (the sequence number and previous hash included). */
    String canonicalContent();
}
