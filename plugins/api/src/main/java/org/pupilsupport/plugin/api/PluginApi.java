package org.pupilsupport.plugin.api;

/**
 * The version of this API, which the host reports to PF4J as its system version so that a plugin
 * declaring {@code Plugin-Requires} outside it is refused instead of failing at run time.
 *
 * @since 1.0
 */
public final class PluginApi {

    /** Semantic version: a breaking change to any extension point raises the major number; 1.1 added {@link RecordRulesExtension}, 1.2 {@link CaseProtocolExtension}. */
    public static final String VERSION = "1.2.0";

    private PluginApi() {
    }
}
