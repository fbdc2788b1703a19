package org.pupilsupport.web.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.pupilsupport.core.access.Permission;

/**
 * The permission each area of the site needs in the acting borough, checked on every request (GET and
 * postback) before any page code runs. The services check again underneath: this table keeps people off
 * pages they could not use, the services keep the data safe whatever the page does.
 */
public final class PagePermissions {

    /** By path prefix; the longest matching prefix wins, so a specific page can differ from its folder. */
    private static final Map<String, Permission> BY_PATH = new LinkedHashMap<>();

    static {
        BY_PATH.put("/officer/", Permission.FIND_CHILDREN);
        BY_PATH.put("/officer/import-ctf.xhtml", Permission.IMPORT_FILES);
        BY_PATH.put("/officer/new-child.xhtml", Permission.CHANGE_CHILD_RECORDS);
        BY_PATH.put("/officer/dashboard.xhtml", Permission.WORK_ON_CASES);
        BY_PATH.put("/officer/case.xhtml", Permission.WORK_ON_CASES);
        BY_PATH.put("/officer/new-case.xhtml", Permission.WORK_ON_CASES);
        BY_PATH.put("/officer/notification.xhtml", Permission.WORK_ON_CASES);
        BY_PATH.put("/audit/entries.xhtml", Permission.READ_AUDIT_TRAIL);
        BY_PATH.put("/audit/verify.xhtml", Permission.VERIFY_AUDIT_TRAIL);
        BY_PATH.put("/oversight/break-glass.xhtml", Permission.READ_BREAK_GLASS_REPORT);
        BY_PATH.put("/privacy/erasure.xhtml", Permission.ERASE_CHILD_RECORDS);
        BY_PATH.put("/privacy/retention.xhtml", Permission.MANAGE_RETENTION_SCHEDULE);
        BY_PATH.put("/privacy/disposal.xhtml", Permission.RUN_DISPOSALS);
        BY_PATH.put("/privacy/requests.xhtml", Permission.HANDLE_DATA_PROTECTION_REQUESTS);
        BY_PATH.put("/privacy/request.xhtml", Permission.HANDLE_DATA_PROTECTION_REQUESTS);
        BY_PATH.put("/officer/log-request.xhtml", Permission.LOG_DATA_PROTECTION_REQUESTS);
        BY_PATH.put("/admin/users.xhtml", Permission.MANAGE_BOROUGH_USERS);
        BY_PATH.put("/admin/teams.xhtml", Permission.MANAGE_TEAMS);
        BY_PATH.put("/admin/calendars.xhtml", Permission.MANAGE_SCHOOL_CALENDARS);
        BY_PATH.put("/system/", Permission.ADMINISTER_INSTALLATION);
    }

    /** Folders (and pages) that need a borough to act for: their audit entries go to its chain. */
    static final java.util.List<String> BOROUGH_AREAS = java.util.List.of("/officer/", "/audit/", "/oversight/", "/privacy/", "/admin/", "/system/", "/account.xhtml");

    private PagePermissions() {
    }

    /** The permission the path needs; empty for pages open to anyone signed in (or to everyone). */
    public static Optional<Permission> neededFor(String servletPath) {
        return BY_PATH.entrySet().stream().filter(entry -> servletPath.startsWith(entry.getKey()))
                .max(java.util.Comparator.comparingInt(entry -> entry.getKey().length())).map(Map.Entry::getValue);
    }

    /** Every guarded path and its permission, for the role-matrix tests and docs/security.md. */
    public static Map<String, Permission> all() {
        return Map.copyOf(BY_PATH);
    }

    static boolean isBoroughArea(String servletPath) {
        return BOROUGH_AREAS.stream().anyMatch(servletPath::startsWith);
    }
}
