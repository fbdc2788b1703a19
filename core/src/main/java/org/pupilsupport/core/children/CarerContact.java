package org.pupilsupport.core.children;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.pupilsupport.core.validation.FieldProblems;

/**
 * A parent or carer: who they are to the child, whether they hold parental responsibility (which decides
 * who must be consulted and notified) and whether the child lives with them, and how to reach them.
 */
@Embeddable
public class CarerContact {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{7,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int LONGEST_TEXT = 100;

    @Column(name = "CONTACT_ID", nullable = false, length = 36)
    private String id;

    @Column(name = "NAME", nullable = false, length = LONGEST_TEXT)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "RELATIONSHIP", nullable = false, length = 20)
    private CarerRelationship relationship;

    @Column(name = "PARENTAL_RESPONSIBILITY", nullable = false)
    private boolean parentalResponsibility;

    @Column(name = "LIVES_WITH", nullable = false)
    private boolean livesWith;

    @Column(name = "PHONE", length = 20)
    private String phone;

    @Column(name = "OTHER_PHONE", length = 20)
    private String otherPhone;

    @Column(name = "EMAIL", length = LONGEST_TEXT)
    private String email;

    /** Null when the carer lives at the child's address. */
    @Column(name = "ADDRESS", length = 250)
    private String address;

    protected CarerContact() {
        // for JPA
    }

    /** @throws IllegalArgumentException with an officer-readable message if a detail is missing or malformed */
    public CarerContact(Details details) {
        this.id = UUID.randomUUID().toString();
        apply(details);
    }

    /** A copy with the same id and details, for keeping the details as they were before a change. */
    static CarerContact copyOf(CarerContact original) {
        CarerContact copy = new CarerContact();
        // Field by field, not through apply: details kept as they were must not be refused by today's checks.
        copy.id = original.id;
        copy.name = original.name;
        copy.relationship = original.relationship;
        copy.parentalResponsibility = original.parentalResponsibility;
        copy.livesWith = original.livesWith;
        copy.phone = original.phone;
        copy.otherPhone = original.otherPhone;
        copy.email = original.email;
        copy.address = original.address;
        return copy;
    }

    /** What an officer enters about a parent or carer. */
    public record Details(String name, CarerRelationship relationship, boolean parentalResponsibility, boolean livesWith,
                          String phone, String otherPhone, String email, String address) {
    }

    void apply(Details details) {
        // Every field is checked before any is refused, so the officer sees all that needs correcting at once.
        FieldProblems problems = new FieldProblems();
        String cleanedName = problems.check("name", () -> {
            String cleaned = details.name() == null ? "" : details.name().strip().replaceAll("\\s+", " ");
            if (cleaned.isEmpty()) {
                throw new IllegalArgumentException("Enter the parent's or carer's name");
            }
            if (cleaned.length() > LONGEST_TEXT) {
                throw new IllegalArgumentException("A name is at most " + LONGEST_TEXT + " characters");
            }
            return cleaned;
        });
        CarerRelationship checkedRelationship = problems.check("relationship",
                () -> Required.value(details.relationship(), "Choose how they are related to the child"));
        String checkedPhone = problems.check("phone", () -> phone(details.phone()));
        String checkedOtherPhone = problems.check("otherPhone", () -> phone(details.otherPhone()));
        String checkedEmail = problems.check("email", () -> email(details.email()));
        String cleanedAddress = problems.check("address", () -> {
            String cleaned = details.address() == null || details.address().isBlank() ? null : details.address().strip();
            if (cleaned != null && cleaned.length() > 250) {
                throw new IllegalArgumentException("An address is at most 250 characters");
            }
            return cleaned;
        });
        problems.throwIfAny();
        this.name = cleanedName;
        this.relationship = checkedRelationship;
        this.parentalResponsibility = details.parentalResponsibility();
        this.livesWith = details.livesWith();
        this.phone = checkedPhone;
        this.otherPhone = checkedOtherPhone;
        this.email = checkedEmail;
        this.address = cleanedAddress;
    }

    private static String phone(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.strip();
        if (!PHONE.matcher(cleaned).matches()) {
            throw new IllegalArgumentException("\"" + cleaned + "\" is not a phone number: use digits, spaces and an optional leading +");
        }
        return cleaned;
    }

    private static String email(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.strip().toLowerCase(Locale.ROOT);
        if (cleaned.length() > LONGEST_TEXT || !EMAIL.matcher(cleaned).matches()) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not an email address");
        }
        return cleaned;
    }

    public Details details() {
        return new Details(name, relationship, parentalResponsibility, livesWith, phone, otherPhone, email, address);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public CarerRelationship relationship() {
        return relationship;
    }

    public boolean hasParentalResponsibility() {
        return parentalResponsibility;
    }

    public boolean livesWithChild() {
        return livesWith;
    }

    public String phone() {
        return phone;
    }

    public String otherPhone() {
        return otherPhone;
    }

    public String email() {
        return email;
    }

    /** Null when the carer lives at the child's address. */
    public String address() {
        return address;
    }
}
