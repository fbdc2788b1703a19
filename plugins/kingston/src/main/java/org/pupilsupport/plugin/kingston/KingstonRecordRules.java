package org.pupilsupport.plugin.kingston;

import org.pf4j.Extension;
import org.pupilsupport.plugin.api.RecordRulesExtension;

/**
 * Kingston's record-keeping rules. PLACEHOLDER values, like the term dates: the council's own figure was not
 * available here; confirm it with the borough's data protection officer before relying on it.
 */
@Extension
public class KingstonRecordRules implements RecordRulesExtension {

    /** Merges stay reversible for 30 days. */
    static final int MERGE_REVERSAL_DAYS = 30;

    @Override
    public int mergeReversalDays() {
        return MERGE_REVERSAL_DAYS;
    }
}
