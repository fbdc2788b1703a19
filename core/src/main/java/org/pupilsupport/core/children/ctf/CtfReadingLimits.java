package org.pupilsupport.core.children.ctf;

/**
 * How much a Common Transfer File may hold before it is refused, so that a hostile or broken file cannot
 * exhaust the server's memory or time. The defaults are far above what any school sends: a whole
 * secondary school is about 2,000 pupils and a few megabytes.
 *
 * @param maxFileBytes       the largest file read; beyond it the file is rejected as too large
 * @param maxTextLength      the longest single value kept (a name, a code, an address line); a longer value
 *                           is left out as a problem of its pupil rather than held in memory
 * @param maxDepth           the deepest nesting of elements; a CTF nests about eight deep
 * @param maxEntriesPerPupil the most entries kept in any one list of a pupil (contacts, phones, SEN entries,
 *                           schools, problems); the rest are left out with a problem saying so
 */
public record CtfReadingLimits(long maxFileBytes, int maxTextLength, int maxDepth, int maxEntriesPerPupil) {

    /** 50 MB, 1,000 characters, 40 levels, 100 entries. */
    public static final CtfReadingLimits DEFAULT = new CtfReadingLimits(50L * 1024 * 1024, 1_000, 40, 100);

    public CtfReadingLimits {
        if (maxFileBytes < 1 || maxTextLength < 1 || maxDepth < 1 || maxEntriesPerPupil < 1) {
            throw new IllegalArgumentException("Every CTF reading limit is at least 1");
        }
    }

    /** These limits with another file size cap, for a borough that receives unusually large files. */
    public CtfReadingLimits withMaxFileBytes(long bytes) {
        return new CtfReadingLimits(bytes, maxTextLength, maxDepth, maxEntriesPerPupil);
    }
}
