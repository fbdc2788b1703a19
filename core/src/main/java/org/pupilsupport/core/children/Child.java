package org.pupilsupport.core.children;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.pupilsupport.core.schools.School;
import org.pupilsupport.core.validation.FieldProblems;
import org.pupilsupport.core.tenancy.TenantScopedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A child known to the borough's Pupil Support Service: the aggregate root every case hangs from.
 *
 * <p>The record belongs to one borough (tenant). A child who moves to another borough moves by a
 * recorded transfer, never by a shared query. The identifier is an opaque random id, so it can appear in
 * a URL without revealing anything about the child or hinting at other records.
 *
 * <p>The UPN may be missing (not yet known, or the child has never been on a roll in England); when
 * present it is valid, temporary UPNs included.
 */
@Entity
@Table(name = "CHILD")
public class Child extends TenantScopedEntity {

    /** Children of compulsory school age and younger: a date of birth further back is a typing mistake. */
    static final int OLDEST_AGE_YEARS = 25;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Embedded
    private LegalName legalName;

    @Column(name = "DATE_OF_BIRTH", nullable = false)
    private LocalDate dateOfBirth;

    @Column(name = "UPN", length = 13)
    private Upn upn;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "SCHOOL_URN")
    private School school;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    /** Sensitive: reaches a screen only through an audited reveal. Null until recorded. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "SOCIAL_CARE_STATUS", length = 30)
    private SocialCareStatus socialCareStatus;

    /** Sensitive, like the social-care status. */
    @Column(name = "CONCERNS_SUMMARY", length = SensitiveDetails.LONGEST_CONCERNS)
    private String concernsSummary;

    @Column(name = "PREFERRED_FORENAME", length = LegalName.MAX_LENGTH)
    private String preferredForename;

    @Column(name = "PREFERRED_SURNAME", length = LegalName.MAX_LENGTH)
    private String preferredSurname;

    /** Null until recorded. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "SEX", length = 20)
    private Sex sex;

    /** A code of the DfE ethnicity code set (reference data), REFU or NOBT included; null until recorded. */
    @Column(name = "ETHNICITY_CODE", length = 10)
    private String ethnicityCode;

    // The collections below are loaded when a whole record is opened (see loadWholeRecord), never for lists.
    @ElementCollection
    @CollectionTable(name = "CHILD_FORMER_UPN", joinColumns = @JoinColumn(name = "CHILD_ID"))
    @OrderBy("untilDate")
    private List<FormerIdentifier> formerUpns = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "CHILD_FORMER_SURNAME", joinColumns = @JoinColumn(name = "CHILD_ID"))
    @OrderBy("untilDate")
    private List<FormerIdentifier> formerSurnames = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "CHILD_ADDRESS", joinColumns = @JoinColumn(name = "CHILD_ID"))
    @OrderBy("fromDate")
    private List<HomeAddress> addresses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "CHILD_CONTACT", joinColumns = @JoinColumn(name = "CHILD_ID"))
    @OrderBy("name")
    private List<CarerContact> contacts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "CHILD_ENROLMENT", joinColumns = @JoinColumn(name = "CHILD_ID"))
    @OrderBy("startDate")
    private List<Enrolment> enrolments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "CHILD_ROLL_DELETION", joinColumns = @JoinColumn(name = "CHILD_ID"))
    @OrderBy("deletedOn")
    private List<RollDeletion> rollDeletions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "CHILD_SEN", joinColumns = @JoinColumn(name = "CHILD_ID"))
    @OrderBy("fromDate")
    private List<SenRecord> senHistory = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "CHILD_CHANGE", joinColumns = @JoinColumn(name = "CHILD_ID"))
    @OrderBy("changedAt")
    private List<RecordChange> changes = new ArrayList<>();

    /** Derived from the legal, preferred and former names on every change of them, for search (see NameTokens). */
    @ElementCollection
    @CollectionTable(name = "CHILD_NAME_TOKEN", joinColumns = @JoinColumn(name = "CHILD_ID"))
    @Column(name = "TOKEN", nullable = false, length = NameTokens.LONGEST_TOKEN)
    private java.util.Set<String> nameTokens = new java.util.HashSet<>();

    /**
     * Processing restricted by the DPO (UK GDPR Article 18): the record is read-only for everyone and leaves every
     * list, search and count. Set and cleared only by the privacy service that records why.
     */
    @Column(name = "RESTRICTED_AT")
    @jakarta.persistence.Convert(converter = org.pupilsupport.core.audit.UtcTimestampConverter.class)
    private Instant restrictedAt;

    /**
     * The data protection request whose objection (UK GDPR Article 21(1)) was upheld, when the restriction is the
     * stopping of processing it ordered: every page showing the record says processing stopped, and why.
     */
    @Column(name = "STOPPED_ON_REQUEST", length = 20)
    private String processingStoppedOnRequest;

    /** Set when this record was found to duplicate another and merged into it; it then leaves lists and searches. */
    @Column(name = "MERGED_INTO_ID", length = 36)
    private String mergedIntoId;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Child() {
        // for JPA
    }

    /**
     * @param upn    may be null when not yet known
     * @param school may be null when the child is on no roll; otherwise a single registration from today
     * @throws IllegalArgumentException if the date of birth is in the future or implausibly old
     */
    public Child(LegalName legalName, LocalDate dateOfBirth, Upn upn, School school, Clock clock) {
        this.id = UUID.randomUUID().toString();
        this.legalName = Objects.requireNonNull(legalName, "legal name");
        this.dateOfBirth = checkedDateOfBirth(dateOfBirth, clock);
        this.upn = upn;
        this.createdAt = clock.instant();
        refreshNameTokens();
        if (school != null) {
            enrol(school, EnrolmentStatus.CURRENT_SINGLE, LocalDate.now(clock));
        }
    }

    /** Dates in messages read as officers see them on every page, e.g. 21 Oct 2026. */
    private static final DateTimeFormatter OFFICER_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

    static LocalDate checkedDateOfBirth(LocalDate dateOfBirth, Clock clock) {
        if (dateOfBirth == null) {
            throw new IllegalArgumentException("Enter the child's date of birth");
        }
        LocalDate today = LocalDate.now(clock);
        if (dateOfBirth.isAfter(today)) {
            throw new IllegalArgumentException("The date of birth " + OFFICER_DATE.format(dateOfBirth) + " is in the future");
        }
        if (Period.between(dateOfBirth, today).getYears() >= OLDEST_AGE_YEARS) {
            throw new IllegalArgumentException("The date of birth " + OFFICER_DATE.format(dateOfBirth) + " would make the child " + OLDEST_AGE_YEARS + " or older: check the year");
        }
        return dateOfBirth;
    }

    /** Records what is known of social care and the concerns behind the referral; both are sensitive. */
    public void recordSensitiveDetails(SensitiveDetails details) {
        this.socialCareStatus = details.socialCareStatus();
        this.concernsSummary = details.concernsSummary();
    }

    /**
     * Corrects or changes the legal name. A changed surname is kept as a former surname (until yesterday),
     * so a search by the old name still finds the child.
     */
    public void changeLegalName(LegalName changed, LocalDate today) {
        Objects.requireNonNull(changed, "legal name");
        if (!changed.surname().equalsIgnoreCase(legalName.surname())) {
            formerSurnames.add(new FormerIdentifier(legalName.surname(), today.minusDays(1)));
        }
        this.legalName = changed;
        refreshNameTokens();
    }

    /** The names the child is known by, if not the legal ones; blank means "as legal". */
    public void recordPreferredName(String forename, String surname) {
        this.preferredForename = optionalName(forename, "preferred forename");
        this.preferredSurname = optionalName(surname, "preferred surname");
        refreshNameTokens();
    }

    private void refreshNameTokens() {
        if (mergedIntoId != null || restrictedAt != null) {
            return;
        }
        java.util.Set<String> wanted = tokensOfNames();
        // Changed in place, so the collection table sees only the difference.
        nameTokens.retainAll(wanted);
        nameTokens.addAll(wanted);
    }

    private java.util.Set<String> tokensOfNames() {
        java.util.List<String> names = new ArrayList<>(java.util.Arrays.asList(legalName.forename(), legalName.middleNames(),
                legalName.surname(), preferredForename, preferredSurname));
        formerSurnames.forEach(former -> names.add(former.value()));
        return NameTokens.of(names.toArray(String[]::new));
    }

    /**
     * Whether every typed word starts one of the record's names, worked out from the names themselves: for a record
     * that keeps no search tokens (a restricted one), which only the data protection officer's look-up reaches.
     */
    public boolean namesMatch(String typed) {
        java.util.Set<String> tokens = tokensOfNames();
        java.util.Set<String> words = NameTokens.typed(typed);
        return !words.isEmpty() && words.stream().allMatch(word -> tokens.stream().anyMatch(token -> token.startsWith(word)));
    }

    private static String optionalName(String text, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.strip().replaceAll("\\s+", " ");
        if (cleaned.length() > LegalName.MAX_LENGTH) {
            throw new IllegalArgumentException("The " + label + " can be at most " + LegalName.MAX_LENGTH + " characters");
        }
        return cleaned;
    }

    /** @throws IllegalArgumentException if the date of birth is in the future or implausibly old */
    public void correctDateOfBirth(LocalDate corrected, Clock clock) {
        this.dateOfBirth = checkedDateOfBirth(corrected, clock);
    }

    public void recordSex(Sex recorded) {
        this.sex = recorded;
    }

    /** The code must already be checked against the reference data; null clears it. */
    void recordEthnicity(String checkedCode) {
        this.ethnicityCode = checkedCode;
    }

    /**
     * Gives the child a new UPN, typically a permanent one replacing a temporary one. The old UPN is kept
     * as a former UPN, so files and searches using it still find the child.
     */
    public void replaceUpn(Upn replacement, LocalDate today) {
        Required.value(replacement, "Enter the new UPN");
        if (replacement.equals(upn)) {
            throw new IllegalArgumentException("The child already has UPN " + replacement.value());
        }
        if (upn != null) {
            formerUpns.add(new FormerIdentifier(upn.value(), today.minusDays(1)));
        }
        this.upn = replacement;
    }

    /**
     * Records a move: the current address ends the day before the new one starts.
     *
     * @throws IllegalArgumentException if the move predates the current address or the child's birth
     */
    public void moveHome(HomeAddress newAddress) {
        if (newAddress.from().isBefore(dateOfBirth)) {
            throw new IllegalArgumentException("The move-in date " + newAddress.from() + " is before the child was born");
        }
        currentAddress().ifPresent(current -> {
            if (!newAddress.from().isAfter(current.from())) {
                throw new IllegalArgumentException("The move-in date must be after " + current.from()
                        + ", when the child moved to the current address; correct that address instead");
            }
            current.endOn(newAddress.from().minusDays(1));
        });
        addresses.add(newAddress);
    }

    public Optional<HomeAddress> currentAddress() {
        return addresses.stream().filter(HomeAddress::isCurrent).findFirst();
    }

    public CarerContact addContact(CarerContact.Details details) {
        CarerContact contact = new CarerContact(details);
        contacts.add(contact);
        return contact;
    }

    /** @throws IllegalArgumentException if the child has no such contact */
    public void updateContact(String contactId, CarerContact.Details details) {
        contact(contactId).apply(details);
    }

    public void removeContact(String contactId) {
        contacts.remove(contact(contactId));
    }

    public CarerContact contact(String contactId) {
        return contacts.stream().filter(contact -> contact.id().equals(contactId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("This child has no such parent or carer on record"));
    }

    /**
     * Puts the child on a school's roll. A child has at most one main school (single registration C or
     * dual main M) at a time, and a subsidiary registration (S) only beside a main one.
     *
     * @throws IllegalArgumentException if the enrolment breaks those rules or starts before birth
     */
    /**
     * @throws org.pupilsupport.core.validation.InvalidCommandException naming the fields {@code schoolUrn}, {@code status}
     *                                                                  and {@code onRollSince}
     */
    public Enrolment enrol(School enrollingSchool, EnrolmentStatus status, LocalDate start) {
        FieldProblems problems = new FieldProblems();
        problems.check("schoolUrn", () -> Required.value(enrollingSchool, "Choose the school"));
        if (start == null || start.isBefore(dateOfBirth)) {
            problems.add("onRollSince", "Enter a start date on or after the child's date of birth");
        }
        Optional<Enrolment> currentMain = currentEnrolments().stream().filter(enrolment -> enrolment.status().isMain()).findFirst();
        if (status.isMain() && currentMain.isPresent()) {
            problems.add("status", "The child is still on the roll of school " + currentMain.get().schoolUrn()
                    + " since " + currentMain.get().start() + ": record the leaving date there first");
        }
        if (status == EnrolmentStatus.SUBSIDIARY_DUAL && currentMain.isEmpty()) {
            problems.add("status", "A subsidiary registration (S) needs a current main school (M) first");
        }
        if (enrollingSchool != null && currentEnrolments().stream().anyMatch(enrolment -> enrolment.schoolUrn() == enrollingSchool.urn())) {
            problems.add("schoolUrn", "The child is already on this school's roll");
        }
        problems.throwIfAny();
        Enrolment enrolment = new Enrolment(enrollingSchool.urn(), status, start);
        enrolments.add(enrolment);
        if (status.isMain()) {
            this.school = enrollingSchool;
        }
        return enrolment;
    }

    /** Records the last day on a school's roll. */
    public void leaveSchool(String enrolmentId, LocalDate lastDay) {
        Enrolment enrolment = enrolments.stream().filter(candidate -> candidate.id().equals(enrolmentId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("This child has no such enrolment on record"));
        if (!enrolment.isCurrent()) {
            throw new IllegalArgumentException("The child already left that school on " + enrolment.end());
        }
        enrolment.endOn(Required.value(lastDay, "Enter the last day on the school's roll"));
        if (school != null && school.urn() == enrolment.schoolUrn() && enrolment.status().isMain()) {
            this.school = null;
        }
    }

    /**
     * A school's deletion of the child from its roll: kept, and the child's current registration there ends on
     * the day of deletion.
     */
    void recordRollDeletion(RollDeletion deletion) {
        rollDeletions.add(Objects.requireNonNull(deletion, "deletion"));
        currentEnrolments().stream().filter(enrolment -> enrolment.schoolUrn() == deletion.schoolUrn()).findFirst()
                .ifPresent(enrolment -> leaveSchool(enrolment.id(), deletion.deletedOn().isBefore(enrolment.start()) ? enrolment.start()
                        : deletion.deletedOn()));
    }

    public List<RollDeletion> rollDeletions() {
        return java.util.Collections.unmodifiableList(rollDeletions);
    }

    public List<Enrolment> currentEnrolments() {
        return enrolments.stream().filter(Enrolment::isCurrent).toList();
    }

    /** @throws IllegalArgumentException if the date is before the latest recorded provision's */
    public void recordSenProvision(SenProvision provision, LocalDate from) {
        FieldProblems problems = new FieldProblems();
        problems.check("provision", () -> Required.value(provision, "Choose the SEN provision"));
        problems.check("from", () -> Required.value(from, "Enter the date the provision started"));
        if (from != null && !senHistory.isEmpty() && !from.isAfter(senHistory.get(senHistory.size() - 1).from())) {
            problems.add("from", "The provision must start after " + senHistory.get(senHistory.size() - 1).from()
                    + ", the start of the latest one recorded");
        }
        problems.throwIfAny();
        senHistory.add(new SenRecord(provision, from));
    }

    public Optional<SenProvision> currentSenProvision() {
        return senHistory.isEmpty() ? Optional.empty() : Optional.of(senHistory.get(senHistory.size() - 1).provision());
    }

    /** Adds a line to the record's own history, shown on the child's page. */
    void noteChange(Instant at, String by, String description) {
        changes.add(new RecordChange(at, by, description));
    }

    /**
     * Copies what this record lacks from a duplicate of the same child: its UPN (as a former UPN) and
     * former UPNs and surnames, addresses other than the current one, parents and carers, past enrolments
     * and SEN periods not already held. Nothing of this record is overwritten.
     *
     * @return what was copied, as "kind:key" lines, so the merge can be reversed exactly
     */
    List<String> absorb(Child duplicate, java.time.LocalDate today) {
        List<String> copied = new ArrayList<>();
        java.util.Set<String> knownUpns = new java.util.HashSet<>();
        if (upn != null) {
            knownUpns.add(upn.value());
        }
        formerUpns.forEach(former -> knownUpns.add(former.value()));
        List<String> duplicateUpns = new ArrayList<>();
        if (duplicate.upn != null) {
            duplicateUpns.add(duplicate.upn.value());
        }
        duplicate.formerUpns.forEach(former -> duplicateUpns.add(former.value()));
        for (String value : duplicateUpns) {
            if (knownUpns.add(value)) {
                formerUpns.add(new FormerIdentifier(value, today));
                copied.add("former-upn:" + value);
            }
        }
        java.util.Set<String> knownSurnames = new java.util.HashSet<>();
        knownSurnames.add(legalName.surname().toUpperCase(java.util.Locale.ROOT));
        formerSurnames.forEach(former -> knownSurnames.add(former.value().toUpperCase(java.util.Locale.ROOT)));
        List<String> duplicateSurnames = new ArrayList<>(List.of(duplicate.legalName.surname()));
        duplicate.formerSurnames.forEach(former -> duplicateSurnames.add(former.value()));
        for (String surname : duplicateSurnames) {
            if (knownSurnames.add(surname.toUpperCase(java.util.Locale.ROOT))) {
                formerSurnames.add(new FormerIdentifier(surname, today));
                copied.add("former-surname:" + surname);
            }
        }
        for (HomeAddress address : duplicate.addresses) {
            boolean held = addresses.stream().anyMatch(mine -> mine.postcode().equals(address.postcode()) && mine.line1().equalsIgnoreCase(address.line1()));
            // Only past addresses: the survivor's current address stays the current one.
            if (!held && !address.isCurrent()) {
                addresses.add(address);
                copied.add("address:" + address.id());
            }
        }
        addresses.sort(java.util.Comparator.comparing(HomeAddress::from));
        for (CarerContact contact : duplicate.contacts) {
            if (contacts.stream().noneMatch(mine -> mine.name().equalsIgnoreCase(contact.name()))) {
                contacts.add(contact);
                copied.add("contact:" + contact.id());
            }
        }
        for (Enrolment enrolment : duplicate.enrolments) {
            boolean held = enrolments.stream().anyMatch(mine -> mine.schoolUrn() == enrolment.schoolUrn() && mine.start().equals(enrolment.start()));
            if (!held && !enrolment.isCurrent()) {
                enrolments.add(enrolment);
                copied.add("enrolment:" + enrolment.id());
            }
        }
        enrolments.sort(java.util.Comparator.comparing(Enrolment::start));
        for (SenRecord sen : duplicate.senHistory) {
            if (senHistory.stream().noneMatch(mine -> mine.from().equals(sen.from()))) {
                senHistory.add(sen);
                copied.add("sen:" + sen.from());
            }
        }
        senHistory.sort(java.util.Comparator.comparing(SenRecord::from));
        refreshNameTokens();
        return copied;
    }

    /** Takes back out what a merge copied in (see {@link #absorb}). */
    void release(List<String> copied) {
        for (String line : copied) {
            String kind = line.substring(0, line.indexOf(':'));
            String key = line.substring(line.indexOf(':') + 1);
            switch (kind) {
                case "former-upn" -> formerUpns.removeIf(former -> former.value().equals(key));
                case "former-surname" -> formerSurnames.removeIf(former -> former.value().equals(key));
                case "address" -> addresses.removeIf(address -> address.id().equals(key));
                case "contact" -> contacts.removeIf(contact -> contact.id().equals(key));
                case "enrolment" -> enrolments.removeIf(enrolment -> enrolment.id().equals(key));
                case "sen" -> senHistory.removeIf(sen -> sen.from().toString().equals(key));
                default -> throw new IllegalStateException("Unknown merged item " + line);
            }
        }
        refreshNameTokens();
    }

    void retireAsMergedInto(String survivorId) {
        if (survivorId.equals(id)) {
            throw new IllegalArgumentException("A record cannot be merged into itself");
        }
        this.mergedIntoId = survivorId;
        // A retired record is found through its survivor, which now carries its names and UPNs.
        nameTokens.clear();
    }

    void reinstate() {
        this.mergedIntoId = null;
        refreshNameTokens();
    }

    /** The words search finds this record by; package-private, for the model's own tests. */
    java.util.Set<String> nameTokens() {
        return java.util.Collections.unmodifiableSet(nameTokens);
    }

    public boolean isRestricted() {
        return restrictedAt != null;
    }

    /** For {@code RecordRestrictions} only, which records who restricted the record and why. */
    public void restrictProcessing(Instant at) {
        this.restrictedAt = at;
        // Like a merged record, a restricted one leaves officers' name searches by having no tokens to be found by.
        nameTokens.clear();
    }

    /** Processing stopped because an objection was upheld: restricted as above, naming the request. */
    public void stopProcessing(Instant at, String requestReference) {
        restrictProcessing(at);
        this.processingStoppedOnRequest = requestReference;
    }

    public boolean isProcessingStopped() {
        return processingStoppedOnRequest != null;
    }

    /** The request whose upheld objection stopped processing, or null. */
    public String processingStoppedOnRequest() {
        return processingStoppedOnRequest;
    }

    /** For {@code RecordRestrictions} only, which records who lifted the restriction and why. */
    public void liftRestriction() {
        this.restrictedAt = null;
        this.processingStoppedOnRequest = null;
        refreshNameTokens();
    }

    /** The record this one was merged into, or null while it stands on its own. */
    public String mergedIntoId() {
        return mergedIntoId;
    }

    /** Loads every part of the record while its transaction is open, for a page that shows it all. */
    void loadWholeRecord() {
        rollDeletions.size();
        formerUpns.size();
        formerSurnames.size();
        addresses.size();
        contacts.size();
        enrolments.size();
        senHistory.size();
        changes.size();
    }

    /** Package-private on purpose: screens get these only through the register's audited reveal. */
    SensitiveDetails sensitiveDetails() {
        return new SensitiveDetails(socialCareStatus, concernsSummary);
    }

    public String id() {
        return id;
    }

    public LegalName legalName() {
        return legalName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    /** May be null when the UPN is not known. */
    public Upn upn() {
        return upn;
    }

    /** May be null when the child is on no school's roll. */
    public School school() {
        return school;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String preferredForename() {
        return preferredForename;
    }

    public String preferredSurname() {
        return preferredSurname;
    }

    /** The name to use when speaking to or about the child: preferred parts where recorded, else legal. */
    public String knownAs() {
        return (preferredForename == null ? legalName.forename() : preferredForename) + " "
                + (preferredSurname == null ? legalName.surname() : preferredSurname);
    }

    /** Null until recorded. */
    public Sex sex() {
        return sex;
    }

    /** Null until recorded. */
    public String ethnicityCode() {
        return ethnicityCode;
    }

    public List<FormerIdentifier> formerUpns() {
        return Collections.unmodifiableList(formerUpns);
    }

    public List<FormerIdentifier> formerSurnames() {
        return Collections.unmodifiableList(formerSurnames);
    }

    /** Oldest first; the last is current unless the child's whereabouts are unknown. */
    public List<HomeAddress> addresses() {
        return Collections.unmodifiableList(addresses);
    }

    public List<CarerContact> contacts() {
        return Collections.unmodifiableList(contacts);
    }

    /** Oldest first. */
    public List<Enrolment> enrolments() {
        return Collections.unmodifiableList(enrolments);
    }

    /** Oldest first. */
    public List<SenRecord> senHistory() {
        return Collections.unmodifiableList(senHistory);
    }

    /** Oldest first. */
    public List<RecordChange> changes() {
        return Collections.unmodifiableList(changes);
    }

    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Child that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
