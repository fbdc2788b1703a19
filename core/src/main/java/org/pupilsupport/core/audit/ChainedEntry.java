package org.pupilsupport.core.audit;

/** One link of a hash chain, as the verifier sees it. */
public interface ChainedEntry {

    long sequenceNumber();

    String previousHash();

    String entryHash();

    /** The entry's content in the canonical form its hash covers (the sequence number and previous hash included). */
    String canonicalContent();

    /** The seal of the entry's reason and details that the hash covers, or null when it has none. */
    String detailsSeal();

    /** The reason and details as stored beside the chain, or null when no detail row exists. */
    Detail storedDetail();

    /** The id of the erasure this entry records (action ERASE on an "erasure"), or null for any other entry. */
    String erasureRecorded();

    /**
     * @param salt      null once erased
     * @param erasureId the erasure that cleared the text, or null while it is there
     */
    record Detail(String salt, String reason, String details, String erasureId) {
    }
}
