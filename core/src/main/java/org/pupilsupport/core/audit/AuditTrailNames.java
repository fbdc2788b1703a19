package org.pupilsupport.core.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.children.ChildRepository;
import org.pupilsupport.core.children.ChildSearchText;
import org.pupilsupport.core.officers.OfficerAccounts;
import org.pupilsupport.core.officers.SignedInOfficer;
import org.pupilsupport.core.time.Clocks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The audit trail in people's terms, so an auditor can answer "who looked at this child?": a child found by
 * name or UPN (the look-up is itself recorded), and entries read with people's and children's names instead
 * of usernames and record ids, actions and outcomes in words, UK local time and client addresses in plain form.
 * The stored entries stay exactly as they were written: only their reading changes.
 */
@ApplicationScoped
@Transactional
public class AuditTrailNames {

    /** Enough to choose from; an auditor with more matches types more of the name. */
    public static final int MOST_CHILDREN_OFFERED = 20;

    private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss").withZone(Clocks.ENGLAND);
    private static final DateTimeFormatter BORN = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final Pattern RECORD_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    ChildRepository children;

    @Inject
    OfficerAccounts accounts;

    @Inject
    AuditTrail trail;

    /** A child the auditor may mean, by name, date of birth and UPN. */
    public record ChildChoice(String id, String name, LocalDate dateOfBirth, String upn, boolean restricted, boolean processingStopped) {

        public static ChildChoice of(Child child) {
            return new ChildChoice(child.id(), child.legalName().forename() + " " + child.legalName().surname(), child.dateOfBirth(),
                    child.upn() == null ? null : child.upn().value(), child.isRestricted(), child.isProcessingStopped());
        }

        /** Name, date of birth and UPN in one line, to tell children of the same name apart. */
        public String description() {
            return name + ", born " + (dateOfBirth == null ? "unknown" : BORN.format(dateOfBirth)) + (upn == null ? "" : ", UPN " + upn)
                    + (processingStopped ? " (processing stopped on objection)" : restricted ? " (restricted)" : "");
        }
    }

    /** One entry as an auditor reads it, beside the entry as stored. */
    public record ReadableEntry(AuditEntry entry, String when, String person, String action, String subject, String outcome,
                                String details, String from) {
    }

    /**
     * The acting borough's children matching a name or a UPN, at most {@value #MOST_CHILDREN_OFFERED}; the
     * look-up is recorded like any search of children.
     *
     * @throws IllegalArgumentException if nothing was typed, or the text is no name and no whole identifier
     */
    @Requires(Permission.READ_AUDIT_TRAIL)
    public List<ChildChoice> childrenMatching(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Enter the child's name or UPN");
        }
        ChildSearchText.problemWith(text).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        // The trail and the DPO's records must be reachable whatever the record's state, restricted included.
        List<Child> found = children.searchIncludingRestricted(text.strip(), 0, MOST_CHILDREN_OFFERED);
        trail.record(AuditEvent.about(AuditAction.SEARCH, "child", found.size() == 1 ? found.get(0).id() : null, AuditOutcome.SUCCESS)
                .withDetails("audit trail look-up of a child: terms=\"" + text.strip() + "\" results=" + found.size()));
        return found.stream().map(AuditTrailNames::choiceOf).toList();
    }

    /** The child a record id names, for showing which child the trail is filtered by. */
    @Requires(Permission.READ_AUDIT_TRAIL)
    public Optional<ChildChoice> child(String childId) {
        return childId == null || childId.isBlank() ? Optional.empty() : children.find(childId.strip()).map(AuditTrailNames::choiceOf);
    }

    /** The entries as an auditor reads them, in the same order. */
    @Requires(Permission.READ_AUDIT_TRAIL)
    public List<ReadableEntry> readable(List<AuditEntry> entries) {
        return new Reading().of(entries);
    }

    /** A reading for a long walk over the trail (the CSV export), looking each name up once. */
    Reading reading() {
        return new Reading();
    }

    private static ChildChoice choiceOf(Child child) {
        return ChildChoice.of(child);
    }

    /** Names looked up once per reading, however many entries share them. */
    final class Reading {

        private final Map<String, String> people = new HashMap<>();
        private final Map<String, Optional<String>> records = new HashMap<>();

        List<ReadableEntry> of(List<AuditEntry> entries) {
            List<ReadableEntry> readable = new ArrayList<>(entries.size());
            for (AuditEntry entry : entries) {
                readable.add(new ReadableEntry(entry, UK_TIME.format(entry.occurredAt()), person(entry.username()), entry.action().label(),
                        subject(entry.subjectType(), entry.subjectId()), entry.outcome().label(), namesIn(entry.details()),
                        plainAddress(entry.clientAddress())));
            }
            return readable;
        }

        String person(String username) {
            if (username == null || username.isBlank()) {
                return "";
            }
            if (AuditContext.SYSTEM.equals(username)) {
                return "the system";
            }
            return people.computeIfAbsent(username, name -> accounts.describe(name).map(SignedInOfficer::displayName)
                    .filter(display -> !display.isBlank() && !display.equals(name)).map(display -> display + " (" + name + ")").orElse(name));
        }

        String subject(String type, String id) {
            String what = type == null ? "" : switch (type) {
                case "child", "child-allocation" -> "child";
                case "case" -> "case";
                case "officer", "account" -> "account";
                case "team" -> "team";
                case "audit-trail" -> "the audit trail";
                case "audit-chain" -> "the audit chain";
                case "dashboard" -> "My day";
                case "break-glass-report" -> "the break-glass report";
                case "ctf-file" -> "a Common Transfer File";
                case "school-register" -> "the school register";
                case "permission" -> "a permission";
                default -> type.replace('-', ' ');
            };
            if (id == null || id.isBlank()) {
                return what;
            }
            String named = switch (type == null ? "" : type) {
                case "officer", "account" -> person(id);
                default -> namesIn(id);
            };
            return what.isEmpty() ? named : what + ": " + named;
        }

        /** Replaces each record id in the text with the child's or team's name, where the borough has one. */
        String namesIn(String text) {
            if (text == null || text.isEmpty()) {
                return text;
            }
            Matcher ids = RECORD_ID.matcher(text);
            StringBuilder named = new StringBuilder();
            while (ids.find()) {
                String id = ids.group();
                ids.appendReplacement(named, Matcher.quoteReplacement(recordName(id).orElse(id)));
            }
            ids.appendTail(named);
            return named.toString();
        }

        private Optional<String> recordName(String id) {
            return records.computeIfAbsent(id, key -> children.find(key).map(child -> choiceOf(child).description())
                    .or(() -> children.teamName(key).map(team -> "team " + team)));
        }
    }

    /**
     * A client address as a person reads it: the loopback address as "this computer", IPv6 shortened
     * (0:0:0:0:0:0:0:1 is ::1), anything else as stored.
     */
    static String plainAddress(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        String shortened = address.contains(":") ? shortenIpv6(address) : address;
        if ("::1".equals(shortened) || shortened.startsWith("127.")) {
            return "this computer (" + shortened + ")";
        }
        return shortened;
    }

    private static String shortenIpv6(String address) {
        String[] groups = address.split(":", -1);
        if (groups.length != 8 || address.contains("::") || address.contains(".")) {
            return address;
        }
        for (int i = 0; i < groups.length; i++) {
            String trimmed = groups[i].replaceFirst("^0+(?=.)", "");
            groups[i] = trimmed.toLowerCase(java.util.Locale.ROOT);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int start = 0; start < groups.length; start++) {
            int length = 0;
            while (start + length < groups.length && groups[start + length].equals("0")) {
                length++;
            }
            if (length > bestLength) {
                bestStart = start;
                bestLength = length;
            }
        }
        if (bestStart < 0) {
            return String.join(":", groups);
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }
}
