package org.pupilsupport.core.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.pupilsupport.core.tenancy.TenantId;

/**
 * Two years of a two-borough service's audit traffic, for the benchmark: officers viewing, searching and
 * changing children's records, signing in and out, auditors reading the trail, and failed sign-ins in the
 * installation's chain. Entries are made by the real {@link AuditChainHead}, so their hashes are the ones
 * the application would write and the chains verify.
 *
 * <p>Some children and some officers are far busier than others (a child with an open case is looked at
 * daily), so the benchmark meets both a child with one entry and one with hundreds. Seeded: the same seed
 * gives the same traffic, apart from the random entry and request ids.
 */
final class SyntheticAuditTraffic {

    static final String MEASURED_BOROUGH = "kingston";
    static final Instant FIRST_ENTRY_AT = Instant.parse("2024-12-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(730);

    private static final List<String> BOROUGHS = List.of("kingston", "richmond");
    private static final int CHILDREN_PER_BOROUGH = 125_000;
    private static final int OFFICERS_PER_BOROUGH = 140;
    private static final int AUDITORS_PER_BOROUGH = 5;
    private static final int ADMINISTRATORS_PER_BOROUGH = 5;
    /** How many entries of the measured borough are kept as {@link Sample}s to draw query parameters from. */
    private static final int SAMPLES_WANTED = 20_000;

    /** One generated entry and the chain it belongs to. */
    record Generated(String chain, AuditEntry entry) {
    }

    /** Facts about a real entry of the measured borough, so every benchmark query is sure to find something. */
    record Sample(long sequenceNumber, Instant occurredAt, String username, AuditAction action, String subjectType, String subjectId) {

        java.time.LocalDate day() {
            return occurredAt.atZone(ZoneOffset.UTC).toLocalDate();
        }
    }

    private record Kind(AuditAction action, String subjectType, double weight) {
    }

    /** Roughly what a pupil support service does in a day, as shares of a borough's entries. */
    private static final List<Kind> KINDS = List.of(
            new Kind(AuditAction.VIEW, "child", 44),
            new Kind(AuditAction.SEARCH, "child", 15),
            new Kind(AuditAction.UPDATE, "child", 10),
            new Kind(AuditAction.CREATE, "child", 3),
            new Kind(AuditAction.DELETE, "child", 0.5),
            new Kind(AuditAction.EXPORT, "child", 1.5),
            new Kind(AuditAction.SIGN_IN, "officer", 10),
            new Kind(AuditAction.SIGN_OUT, "officer", 8),
            new Kind(AuditAction.SWITCH_BOROUGH, "officer", 3),
            new Kind(AuditAction.ADMINISTRATION, "officer", 1),
            new Kind(AuditAction.VIEW, "audit-trail", 4));

    private final long total;
    private final Random random;
    private final Map<String, AuditChainHead> heads = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();
    private final Map<String, List<String>> officers = new LinkedHashMap<>();
    private final Map<String, List<String>> auditors = new LinkedHashMap<>();
    private final Map<String, List<String>> administrators = new LinkedHashMap<>();
    private final List<Sample> samples = new ArrayList<>();
    private final long sampleEvery;
    private final double totalWeight = KINDS.stream().mapToDouble(Kind::weight).sum();
    private long produced;

    SyntheticAuditTraffic(long total, long seed) {
        this.total = total;
        this.random = new Random(seed);
        // About half of all entries are the measured borough's.
        this.sampleEvery = Math.max(1, total / 2 / SAMPLES_WANTED);
        for (String borough : BOROUGHS) {
            heads.put(borough, new AuditChainHead(borough));
            List<String> ids = new ArrayList<>(CHILDREN_PER_BOROUGH);
            for (int i = 0; i < CHILDREN_PER_BOROUGH; i++) {
                ids.add(new UUID(random.nextLong(), random.nextLong()).toString());
            }
            children.put(borough, ids);
            officers.put(borough, people(borough, "officer", OFFICERS_PER_BOROUGH));
            auditors.put(borough, people(borough, "auditor", AUDITORS_PER_BOROUGH));
            administrators.put(borough, people(borough, "admin", ADMINISTRATORS_PER_BOROUGH));
        }
        heads.put(TenantId.INSTALLATION.value(), new AuditChainHead(TenantId.INSTALLATION.value()));
    }

    private static List<String> people(String borough, String kind, int count) {
        List<String> usernames = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            usernames.add(String.format("%s.%s%03d", borough, kind, i));
        }
        return usernames;
    }

    boolean hasNext() {
        return produced < total;
    }

    /** Entries come in time order across all chains, about one every half minute for 2,000,000 over two years. */
    Generated next() {
        long slot = SPAN.toMillis() / total;
        Instant at = FIRST_ENTRY_AT.plusMillis(produced * slot + (long) (random.nextDouble() * slot));
        produced++;
        if (random.nextInt(100) == 0) {
            return failedSignIn(at);
        }
        String borough = BOROUGHS.get(random.nextInt(BOROUGHS.size()));
        Kind kind = kind();
        AuditContext who = new AuditContext();
        AuditEvent event;
        if (kind.action() == AuditAction.VIEW && kind.subjectType().equals("audit-trail")) {
            who.actingAs(busiest(auditors.get(borough)), Set.of("auditor", "dpo"), address());
            String child = random.nextInt(3) == 0 ? busiest(children.get(borough)) : null;
            event = AuditEvent.about(AuditAction.VIEW, "audit-trail", child, AuditOutcome.SUCCESS)
                    .withDetails("filter: " + (child == null ? "everything" : "subject=" + child) + "; offset=0 results=25");
        } else if (kind.subjectType().equals("officer")) {
            boolean administration = kind.action() == AuditAction.ADMINISTRATION;
            String actor = busiest(administration ? administrators.get(borough) : officers.get(borough));
            who.actingAs(actor, administration ? Set.of("administrator", "officer") : Set.of("officer"), address());
            String subject = administration ? busiest(officers.get(borough)) : actor;
            event = AuditEvent.about(kind.action(), "officer", subject, AuditOutcome.SUCCESS)
                    .withDetails(kind.action() == AuditAction.SWITCH_BOROUGH ? "from richmond to " + borough : null);
        } else {
            who.actingAs(busiest(officers.get(borough)), Set.of("officer"), address());
            event = childEvent(kind.action(), busiest(children.get(borough)));
        }
        AuditEntry entry = heads.get(borough).append(at, who, event);
        if (borough.equals(MEASURED_BOROUGH) && entry.sequenceNumber() % sampleEvery == 0) {
            samples.add(new Sample(entry.sequenceNumber(), entry.occurredAt(), entry.username(), entry.action(), entry.subjectType(),
                    entry.subjectId()));
        }
        return new Generated(borough, entry);
    }

    private Generated failedSignIn(Instant at) {
        String borough = BOROUGHS.get(random.nextInt(BOROUGHS.size()));
        String typed = random.nextInt(4) == 0 ? "unknown.user" + random.nextInt(1000) : busiest(officers.get(borough));
        AuditContext who = new AuditContext();
        who.actingAs(typed, Set.of(), address());
        AuditEvent event = AuditEvent.about(AuditAction.SIGN_IN_FAILED, "officer", typed, AuditOutcome.REFUSED)
                .withDetails("wrong username or password");
        String chain = TenantId.INSTALLATION.value();
        return new Generated(chain, heads.get(chain).append(at, who, event));
    }

    private AuditEvent childEvent(AuditAction action, String child) {
        return switch (action) {
            case SEARCH -> AuditEvent.about(action, "child", null, AuditOutcome.SUCCESS)
                    .withDetails("name=" + (char) ('a' + random.nextInt(26)) + "son; results=" + random.nextInt(40));
            case UPDATE -> AuditEvent.about(action, "child", child, AuditOutcome.SUCCESS)
                    .withDetails("legalName.family: Smith -> Smyth\nschool: URN 102" + random.nextInt(1000) + " -> URN 102" + random.nextInt(1000));
            case CREATE, DELETE -> AuditEvent.about(action, "child", child, AuditOutcome.SUCCESS)
                    .withDetails("upn=A" + (100_000_000_000L + random.nextInt(Integer.MAX_VALUE)) + " born 2015-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
            case EXPORT -> AuditEvent.about(action, "child", child, AuditOutcome.SUCCESS).withDetails("subject access request");
            default -> AuditEvent.about(action, "child", child, random.nextInt(100) == 0 ? AuditOutcome.NOT_FOUND : AuditOutcome.SUCCESS);
        };
    }

    private Kind kind() {
        double pick = random.nextDouble() * totalWeight;
        for (Kind kind : KINDS) {
            pick -= kind.weight();
            if (pick < 0) {
                return kind;
            }
        }
        return KINDS.get(0);
    }

    /** Skewed towards the start of the list: the first few are by far the busiest. */
    private String busiest(List<String> candidates) {
        double skewed = Math.pow(random.nextDouble(), 2);
        return candidates.get((int) (skewed * candidates.size()));
    }

    private String address() {
        return "198.51.100." + (1 + random.nextInt(250));
    }

    /** The chains' heads once every entry has been produced, to be stored as the application would. */
    Map<String, AuditChainHead> heads() {
        return heads;
    }

    List<Sample> samples() {
        return samples;
    }

    long childrenInBoroughs() {
        return children.values().stream().mapToLong(List::size).sum();
    }

    long usersInBoroughs() {
        return officers.values().stream().mapToLong(List::size).sum() + auditors.values().stream().mapToLong(List::size).sum()
                + administrators.values().stream().mapToLong(List::size).sum();
    }
}
