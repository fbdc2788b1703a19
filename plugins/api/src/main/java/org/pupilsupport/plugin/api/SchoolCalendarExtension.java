package org.pupilsupport.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * Extension point through which a borough plugin supplies the borough's school calendar: its published
 * term dates, half terms and closure days. The core combines nothing itself; it asks the plugin that
 * serves the acting borough and, if there is none or it fails, falls back to a baseline of weekdays less
 * English bank holidays, telling the officer so.
 *
 * <p>Most plugins build the answer with {@link TermTimeCalendar#parse}, from a term-dates file in the
 * plugin jar.
 *
 * @since 1.0
 */
public interface SchoolCalendarExtension extends ExtensionPoint {

    /**
     * The borough's calendar. Called rarely (the host keeps the answer), so it may read files.
     *
     * @since 1.0
     */
    SchoolCalendar schoolCalendar();
}
