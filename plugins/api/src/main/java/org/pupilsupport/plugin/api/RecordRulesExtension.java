package org.pupilsupport.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * Extension point through which a borough plugin states the borough's own rules for keeping children's
 * records in order, where the law leaves them to the council. A borough without it gets the host's
 * defaults, and officers are told so.
 *
 * <p>Example: a plugin whose borough lets a wrong merge of two records be undone for 60 days
 * <pre>{@code
 * @Extension
 * public class ExampleRecordRules implements RecordRulesExtension {
 *     public int mergeReversalDays() { return 60; }
 * }
 * }</pre>
 *
 * @since 1.1
 */
public interface RecordRulesExtension extends ExtensionPoint {

    /**
     * For how many days after two records of the same child were merged a senior officer may still undo
     * the merge (after which the merged record is part of the surviving one for good). At least 1.
     *
     * @since 1.1
     */
    int mergeReversalDays();
}
