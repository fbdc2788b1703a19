package org.pupilsupport.core.children.ctf;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.pupilsupport.core.children.InvalidUpnException;
import org.pupilsupport.core.children.Upn;
import org.pupilsupport.core.children.ctf.CtfFileRejectedException.Reason;
import org.pupilsupport.core.children.ctf.CtfProblem.Effect;

/**
 * Reads the CTF elements Pupil Support uses (the header and one pupil at a time) from an {@link XmlCursor},
 * skipping every other element with its subtree unread. Element names are matched by local name and
 * without regard to case, so small differences between suppliers' files and between CTF versions do not
 * lose data; the elements read are listed in {@code package-info.java}.
 */
final class CtfElementReader {

    private static final UnaryOperator<String> AS_WRITTEN = CtfElementReader::stripped;
    private static final UnaryOperator<String> NAME = text -> collapsed(stripped(text));
    private static final UnaryOperator<String> CODE = text -> upper(stripped(text));
    private static final UnaryOperator<String> POSTCODE = text -> upper(collapsed(stripped(text)));

    private final XmlCursor cursor;
    private final CtfReadingLimits limits;

    CtfElementReader(XmlCursor cursor, CtfReadingLimits limits) {
        this.cursor = cursor;
        this.limits = limits;
    }

    /**
     * Reads the {@code Header} the cursor stands at, up to its end tag.
     *
     * @throws CtfFileRejectedException if the header gives no version, or one Pupil Support does not read
     */
    CtfHeader readHeader() throws CtfFileRejectedException, IOException {
        int headerLine = cursor.line();
        ProblemList problems = new ProblemList(limits.maxEntriesPerPupil());
        Field documentName = new Field("document name", Effect.VALUE_LEFT_OUT, NAME);
        Field version = new Field("CTF version", Effect.VALUE_LEFT_OUT, AS_WRITTEN);
        Field createdAt = new Field("date and time the file was made", Effect.VALUE_LEFT_OUT, AS_WRITTEN);
        Field qualifier = new Field("document qualifier", Effect.VALUE_LEFT_OUT, AS_WRITTEN);
        Field supplier = new Field("supplier", Effect.VALUE_LEFT_OUT, NAME);
        SchoolDraft source = null;
        SchoolDraft destination = null;
        while (cursor.nextChild()) {
            switch (cursor.elementKey()) {
                case "documentname" -> documentName.read(problems);
                case "ctfversion" -> version.read(problems);
                case "datetime" -> createdAt.read(problems);
                case "documentqualifier" -> qualifier.read(problems);
                case "supplierid" -> supplier.read(problems);
                case "sourceschool" -> source = readSchool("sending school", problems);
                case "destschool" -> destination = readSchool("receiving school", problems);
                default -> cursor.skipElement();
            }
        }
        CtfVersion readable = readableVersion(version, headerLine);
        if (source == null) {
            problems.add(headerLine, "sending school", "The header does not name the sending school.",
                    Effect.VALUE_LEFT_OUT);
        }
        return new CtfHeader(documentName.value, readable, dateTime(createdAt, problems), qualifier.value,
                supplier.value, source == null ? null : source.establishment(),
                source == null ? null : source.academicYear.value,
                destination == null ? null : destination.establishment(), problems.asList());
    }

    /** Reads the {@code Pupil} the cursor stands at, up to its end tag. Never fails for the pupil's data. */
    CtfPupil readPupil() throws CtfFileRejectedException, IOException {
        PupilDraft pupil = new PupilDraft(cursor.line());
        readPupilFields(pupil);
        return pupil.toPupil();
    }

    private void readPupilFields(PupilDraft pupil) throws CtfFileRejectedException, IOException {
        while (cursor.nextChild()) {
            switch (cursor.elementKey()) {
                case "upn" -> pupil.upn.read(pupil.problems);
                case "formerupn" -> pupil.readFormerUpn();
                case "surname" -> pupil.surname.read(pupil.problems);
                case "forename" -> pupil.forename.read(pupil.problems);
                case "middlenames" -> pupil.middleNames.read(pupil.problems);
                case "preferredsurname" -> pupil.preferredSurname.read(pupil.problems);
                case "preferredforename" -> pupil.preferredForename.read(pupil.problems);
                case "formersurname" -> pupil.formerSurname.read(pupil.problems);
                case "dob" -> pupil.dateOfBirth.read(pupil.problems);
                case "sex" -> pupil.sex.read(pupil.problems);
                case "ethnicity" -> pupil.ethnicity.read(pupil.problems);
                case "enrolstatus" -> pupil.enrolmentStatus.read(pupil.problems);
                // CTF groups most details under BasicDetails; reading the group like the pupil itself also
                // copes with a supplier or version that places a field (MiddleNames, say) one level up or down
                case "basicdetails" -> readPupilFields(pupil);
                case "senhistory" -> readSenHistory(pupil);
                case "address" -> pupil.readAddress();
                case "contacts" -> readContacts(pupil);
                case "schoolhistory" -> readSchoolHistory(pupil);
                default -> cursor.skipElement();
            }
        }
    }

    private void readSenHistory(PupilDraft pupil) throws CtfFileRejectedException, IOException {
        while (cursor.nextChild()) {
            if (!cursor.elementKey().equals("sen")) {
                cursor.skipElement();
                continue;
            }
            int line = cursor.line();
            int number = pupil.senHistory.size() + 1;
            Field startDate = new Field("start date of SEN entry " + number, Effect.VALUE_LEFT_OUT, AS_WRITTEN);
            Field provision = new Field("provision of SEN entry " + number, Effect.VALUE_LEFT_OUT, CODE);
            while (cursor.nextChild()) {
                switch (cursor.elementKey()) {
                    case "startdate" -> startDate.read(pupil.problems);
                    case "senprovision" -> provision.read(pupil.problems);
                    default -> cursor.skipElement();
                }
            }
            if (provision.value == null) {
                pupil.problems.add(line, provision.label, "SEN entry " + number
                        + " gives no provision (E, K or N). It was left out.", Effect.VALUE_LEFT_OUT);
            } else {
                pupil.addCapped(pupil.senHistory, new CtfSenEntry(date(startDate, pupil.problems), provision.value),
                        "SEN entries", line);
            }
        }
    }

    private void readContacts(PupilDraft pupil) throws CtfFileRejectedException, IOException {
        while (cursor.nextChild()) {
            if (!cursor.elementKey().equals("contact")) {
                cursor.skipElement();
                continue;
            }
            int line = cursor.line();
            String who = "contact " + (pupil.contacts.size() + 1);
            ProblemList problems = pupil.problems;
            Field order = new Field("order of " + who, Effect.VALUE_LEFT_OUT, AS_WRITTEN);
            Field title = new Field("title of " + who, Effect.VALUE_LEFT_OUT, NAME);
            Field surname = new Field("surname of " + who, Effect.VALUE_LEFT_OUT, NAME);
            Field forename = new Field("forename of " + who, Effect.VALUE_LEFT_OUT, NAME);
            Field relationship = new Field("relationship of " + who, Effect.VALUE_LEFT_OUT, CODE);
            Field responsibility = new Field("parental responsibility of " + who, Effect.VALUE_LEFT_OUT, AS_WRITTEN);
            Field livesWith = new Field("whether the pupil lives with " + who, Effect.VALUE_LEFT_OUT, AS_WRITTEN);
            Field email = new Field("email address of " + who, Effect.VALUE_LEFT_OUT, AS_WRITTEN);
            Field addressAsPupil = new Field("whether " + who + " lives at the pupil's address",
                    Effect.VALUE_LEFT_OUT, AS_WRITTEN);
            List<CtfPhone> phones = new ArrayList<>();
            CtfAddress address = null;
            while (cursor.nextChild()) {
                switch (cursor.elementKey()) {
                    case "order" -> order.read(problems);
                    case "title" -> title.read(problems);
                    case "surname" -> surname.read(problems);
                    case "forename" -> forename.read(problems);
                    case "relationship" -> relationship.read(problems);
                    case "responsibility" -> responsibility.read(problems);
                    case "liveswith" -> livesWith.read(problems);
                    case "email" -> email.read(problems);
                    case "addressaspupil" -> addressAsPupil.read(problems);
                    case "phones" -> readPhones(pupil, phones, who);
                    case "address" -> address = readAddress("address of " + who, problems);
                    default -> cursor.skipElement();
                }
            }
            boolean sameAsPupil = Boolean.TRUE.equals(yesNo(addressAsPupil, problems));
            pupil.addCapped(pupil.contacts, new CtfContact(wholeNumber(order, problems), title.value, surname.value,
                    forename.value, relationship.value, yesNo(responsibility, problems), yesNo(livesWith, problems),
                    phones, email.value, sameAsPupil ? null : address, sameAsPupil), "contacts", line);
        }
    }

    private void readPhones(PupilDraft pupil, List<CtfPhone> phones, String who)
            throws CtfFileRejectedException, IOException {
        while (cursor.nextChild()) {
            if (!cursor.elementKey().equals("phone")) {
                cursor.skipElement();
                continue;
            }
            int line = cursor.line();
            Field type = new Field("telephone type of " + who, Effect.VALUE_LEFT_OUT, CODE);
            Field number = new Field("telephone number of " + who, Effect.VALUE_LEFT_OUT, AS_WRITTEN);
            while (cursor.nextChild()) {
                switch (cursor.elementKey()) {
                    case "telephonetype" -> type.read(pupil.problems);
                    case "phoneno", "telephonenumber" -> number.read(pupil.problems);
                    default -> cursor.skipElement();
                }
            }
            if (number.value == null) {
                pupil.problems.add(line, number.label, "A telephone entry of " + who + " has no number. It was left out.",
                        Effect.VALUE_LEFT_OUT);
            } else {
                pupil.addCapped(phones, new CtfPhone(type.value, number.value), "telephone numbers for " + who, line);
            }
        }
    }

    private void readSchoolHistory(PupilDraft pupil) throws CtfFileRejectedException, IOException {
        while (cursor.nextChild()) {
            if (!cursor.elementKey().equals("school")) {
                cursor.skipElement();
                continue;
            }
            int line = cursor.line();
            SchoolDraft school = readSchool("school " + (pupil.schoolHistory.size() + 1) + " in the school history",
                    pupil.problems);
            pupil.addCapped(pupil.schoolHistory, new CtfSchoolHistoryEntry(school.establishment(),
                    date(school.entryDate, pupil.problems), date(school.leavingDate, pupil.problems),
                    school.leavingReason.value), "schools in the school history", line);
        }
    }

    /** Reads a school element: the header's source and destination, or an entry of a pupil's school history. */
    private SchoolDraft readSchool(String which, ProblemList problems) throws CtfFileRejectedException, IOException {
        SchoolDraft school = new SchoolDraft(which);
        while (cursor.nextChild()) {
            switch (cursor.elementKey()) {
                case "lea" -> school.laCode.read(problems);
                case "estab" -> school.establishmentNumber.read(problems);
                case "urn" -> school.urn.read(problems);
                case "schoolname" -> school.name.read(problems);
                case "academicyear" -> school.academicYear.read(problems);
                case "entrydate" -> school.entryDate.read(problems);
                case "leavingdate" -> school.leavingDate.read(problems);
                case "leavingreason" -> school.leavingReason.read(problems);
                default -> cursor.skipElement();
            }
        }
        return school;
    }

    /** Reads an {@code Address}; null when it holds nothing usable. */
    private CtfAddress readAddress(String whose, ProblemList problems) throws CtfFileRejectedException, IOException {
        AddressDraft address = new AddressDraft(whose);
        readAddressParts(address, problems);
        return address.toAddress();
    }

    private void readAddressParts(AddressDraft address, ProblemList problems)
            throws CtfFileRejectedException, IOException {
        while (cursor.nextChild()) {
            String key = cursor.elementKey();
            switch (key) {
                // the two ways a CTF writes an address; either may hold the postcode, depending on supplier
                case "bs7666address", "addresslines" -> readAddressParts(address, problems);
                case "saon" -> address.saon.read(problems);
                case "paon" -> address.paon.read(problems);
                case "street" -> address.street.read(problems);
                case "locality" -> address.locality.read(problems);
                case "town" -> address.town.read(problems);
                case "administrativearea" -> address.administrativeArea.read(problems);
                case "posttown" -> address.postTown.read(problems);
                case "postcode" -> address.postcode.read(problems);
                case "zip" -> address.zip.read(problems);
                case "uniquepropertyreferencenumber", "uprn" -> address.uprn.read(problems);
                default -> {
                    if (key.startsWith("addressline")) {
                        Field line = new Field("a line of the " + address.whose, Effect.VALUE_LEFT_OUT, NAME);
                        line.read(problems);
                        if (line.value != null && address.freeLines.size() < limits.maxEntriesPerPupil()) {
                            address.freeLines.add(line.value);
                        }
                    } else {
                        cursor.skipElement();
                    }
                }
            }
        }
    }

    private CtfVersion readableVersion(Field version, int headerLine) throws CtfFileRejectedException {
        if (version.value == null) {
            throw new CtfFileRejectedException(Reason.UNSUPPORTED_VERSION, headerLine,
                    "The file's header (line " + headerLine + ") does not say which CTF version it is, so Pupil "
                            + "Support cannot read it safely. Ask the sending school to export the CTF again.");
        }
        return CtfVersion.parse(version.value)
                .filter(parsed -> CtfReader.SUPPORTED_MAJOR_VERSIONS.contains(parsed.major()))
                .orElseThrow(() -> new CtfFileRejectedException(Reason.UNSUPPORTED_VERSION, version.line,
                        "This file is CTF version " + version.value + "; Pupil Support reads versions "
                                + CtfReader.supportedVersionsInWords() + ". Ask the sending school to export it "
                                + "again in one of those versions."));
    }

    private static LocalDateTime dateTime(Field field, ProblemList problems) {
        if (field.value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(field.value);
        } catch (DateTimeParseException notLocal) {
            try {
                // some systems add their UTC offset; the sender's wall-clock time is what officers compare
                return OffsetDateTime.parse(field.value).toLocalDateTime();
            } catch (DateTimeParseException notOffset) {
                problems.add(field.line, field.label, "The " + field.label + " '" + field.value
                        + "' is not a date and time such as 2025-07-18T14:32:10. It was left out.", field.ifUnusable);
                return null;
            }
        }
    }

    /** A strict year-month-day date: 2014-02-30 is refused rather than quietly moved to March. */
    private static LocalDate date(Field field, ProblemList problems) {
        if (field.value == null) {
            return null;
        }
        try {
            return LocalDate.parse(field.value);
        } catch (DateTimeParseException e) {
            problems.add(field.line, field.label, "The " + field.label + " '" + field.value
                    + "' is not a real date written as year-month-day, such as 2014-09-01." + field.consequence(),
                    field.ifUnusable);
            return null;
        }
    }

    /** XML's true/false (or 1/0); null when not stated or not usable. */
    private static Boolean yesNo(Field field, ProblemList problems) {
        if (field.value == null) {
            return null;
        }
        switch (field.value.toLowerCase(Locale.ROOT)) {
            case "true", "1":
                return Boolean.TRUE;
            case "false", "0":
                return Boolean.FALSE;
            default:
                problems.add(field.line, field.label, "The " + field.label + " is given as '" + field.value
                        + "', which is neither true nor false." + field.consequence(), field.ifUnusable);
                return null;
        }
    }

    private static Integer wholeNumber(Field field, ProblemList problems) {
        if (field.value == null) {
            return null;
        }
        try {
            return Integer.valueOf(field.value);
        } catch (NumberFormatException e) {
            problems.add(field.line, field.label, "The " + field.label + " '" + field.value
                    + "' is not a whole number." + field.consequence(), field.ifUnusable);
            return null;
        }
    }

    private static String stripped(String text) {
        if (text == null) {
            return null;
        }
        String result = text.strip();
        return result.isEmpty() ? null : result;
    }

    /** For quoting another sentence after a colon. */
    private static String lowerFirst(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static String collapsed(String text) {
        return text == null ? null : text.replaceAll("\\s+", " ");
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    /**
     * A value the file should give at most once. The first is kept; a repeat is reported and ignored, and
     * a value that is too long or not plain text is reported as unusable rather than kept in part.
     */
    private final class Field {
        final String label;
        final Effect ifUnusable;
        private final UnaryOperator<String> tidy;
        private boolean plural;
        String value;
        int line;
        private boolean seen;

        Field(String label, Effect ifUnusable, UnaryOperator<String> tidy) {
            this.label = label;
            this.ifUnusable = ifUnusable;
            this.tidy = tidy;
        }

        /** For a label such as "middle names", so messages read "are", not "is". */
        Field plural() {
            plural = true;
            return this;
        }

        void read(ProblemList problems) throws CtfFileRejectedException, IOException {
            XmlCursor.Text text = cursor.text();
            if (seen) {
                problems.add(text.line(), label, "The " + label + (plural ? " are" : " is")
                        + " given more than once; the first, on line " + line + ", was used.", Effect.VALUE_LEFT_OUT);
                return;
            }
            seen = true;
            line = text.line();
            if (text.tooLong()) {
                problems.add(line, label, "The " + label + (plural ? " are" : " is") + " longer than "
                        + String.format(Locale.UK, "%,d", limits.maxTextLength())
                        + " characters, far longer than it could be." + consequence(), ifUnusable);
            } else if (text.holdsElements()) {
                problems.add(line, label, "The " + label + (plural ? " hold" : " holds") + " other elements instead of plain text."
                        + consequence(), ifUnusable);
            } else {
                value = tidy.apply(text.value());
            }
        }

        /** What happens to an unusable value, for the end of a problem's message. */
        String consequence() {
            return ifUnusable == Effect.VALUE_LEFT_OUT ? " It was left out." : "";
        }
    }

    /** A school as read so far: the header uses its identity and academic year, the history its dates. */
    private final class SchoolDraft {
        final Field laCode;
        final Field establishmentNumber;
        final Field urn;
        final Field name;
        final Field academicYear;
        final Field entryDate;
        final Field leavingDate;
        final Field leavingReason;

        SchoolDraft(String which) {
            laCode = new Field("LA code of the " + which, Effect.VALUE_LEFT_OUT, AS_WRITTEN);
            establishmentNumber = new Field("establishment number of the " + which, Effect.VALUE_LEFT_OUT, AS_WRITTEN);
            urn = new Field("URN of the " + which, Effect.VALUE_LEFT_OUT, AS_WRITTEN);
            name = new Field("name of the " + which, Effect.VALUE_LEFT_OUT, NAME);
            academicYear = new Field("academic year of the " + which, Effect.VALUE_LEFT_OUT, AS_WRITTEN);
            entryDate = new Field("entry date of " + which, Effect.VALUE_LEFT_OUT, AS_WRITTEN);
            leavingDate = new Field("leaving date of " + which, Effect.VALUE_LEFT_OUT, AS_WRITTEN);
            leavingReason = new Field("leaving reason of " + which, Effect.VALUE_LEFT_OUT, CODE);
        }

        CtfEstablishment establishment() {
            return new CtfEstablishment(laCode.value, establishmentNumber.value, urn.value, name.value);
        }
    }

    /** An address as read so far, in either of the CTF's two forms. */
    private final class AddressDraft {
        final String whose;
        final Field saon;
        final Field paon;
        final Field street;
        final Field locality;
        final Field town;
        final Field administrativeArea;
        final Field postTown;
        final Field postcode;
        final Field zip;
        final Field uprn;
        final List<String> freeLines = new ArrayList<>();

        AddressDraft(String whose) {
            this.whose = whose;
            saon = new Field("flat or building name (SAON) of the " + whose, Effect.VALUE_LEFT_OUT, NAME);
            paon = new Field("house number or name (PAON) of the " + whose, Effect.VALUE_LEFT_OUT, NAME);
            street = new Field("street of the " + whose, Effect.VALUE_LEFT_OUT, NAME);
            locality = new Field("locality of the " + whose, Effect.VALUE_LEFT_OUT, NAME);
            town = new Field("town of the " + whose, Effect.VALUE_LEFT_OUT, NAME);
            administrativeArea = new Field("administrative area of the " + whose, Effect.VALUE_LEFT_OUT, NAME);
            postTown = new Field("post town of the " + whose, Effect.VALUE_LEFT_OUT, NAME);
            postcode = new Field("postcode of the " + whose, Effect.VALUE_LEFT_OUT, POSTCODE);
            zip = new Field("zip code of the " + whose, Effect.VALUE_LEFT_OUT, POSTCODE);
            uprn = new Field("property reference (UPRN) of the " + whose, Effect.VALUE_LEFT_OUT, AS_WRITTEN);
        }

        /**
         * The BS 7666 parts when the file gives them (they are the structured, checkable form), otherwise the
         * free lines. A town repeated as the post town, as is common, appears once.
         */
        CtfAddress toAddress() {
            List<String> lines = new ArrayList<>();
            boolean structured = paon.value != null || street.value != null || saon.value != null;
            if (structured) {
                addDistinct(lines, saon.value);
                addDistinct(lines, paon.value == null ? street.value
                        : street.value == null ? paon.value : paon.value + " " + street.value);
                addDistinct(lines, locality.value);
                addDistinct(lines, town.value);
                addDistinct(lines, administrativeArea.value);
                addDistinct(lines, postTown.value);
            } else {
                freeLines.forEach(line -> addDistinct(lines, line));
            }
            String code = postcode.value != null ? postcode.value : zip.value;
            if (lines.isEmpty() && code == null && uprn.value == null) {
                return null;
            }
            return new CtfAddress(lines, code, uprn.value);
        }

        private static void addDistinct(List<String> lines, String line) {
            if (line != null && lines.stream().noneMatch(line::equalsIgnoreCase)) {
                lines.add(line);
            }
        }
    }

    /** One pupil as read so far; becomes an immutable {@link CtfPupil} at the pupil's end tag. */
    private final class PupilDraft {
        final int line;
        final ProblemList problems = new ProblemList(limits.maxEntriesPerPupil());
        final Field upn = new Field("UPN", Effect.PUPIL_REJECTED, AS_WRITTEN);
        final Field surname = new Field("legal surname", Effect.PUPIL_REJECTED, NAME);
        final Field forename = new Field("legal forename", Effect.PUPIL_REJECTED, NAME);
        final Field middleNames = new Field("middle names", Effect.VALUE_LEFT_OUT, NAME).plural();
        final Field preferredSurname = new Field("preferred surname", Effect.VALUE_LEFT_OUT, NAME);
        final Field preferredForename = new Field("preferred forename", Effect.VALUE_LEFT_OUT, NAME);
        final Field formerSurname = new Field("former surname", Effect.VALUE_LEFT_OUT, NAME);
        final Field dateOfBirth = new Field("date of birth", Effect.PUPIL_REJECTED, AS_WRITTEN);
        final Field sex = new Field("sex", Effect.VALUE_LEFT_OUT, CODE);
        final Field ethnicity = new Field("ethnicity", Effect.VALUE_LEFT_OUT, CODE);
        final Field enrolmentStatus = new Field("enrolment status", Effect.VALUE_LEFT_OUT, CODE);
        final List<Upn> formerUpns = new ArrayList<>();
        final List<CtfSenEntry> senHistory = new ArrayList<>();
        final List<CtfContact> contacts = new ArrayList<>();
        final List<CtfSchoolHistoryEntry> schoolHistory = new ArrayList<>();
        private boolean addressSeen;
        private CtfAddress address;

        PupilDraft(int line) {
            this.line = line;
        }

        /** A former UPN may repeat (a pupil can have had several); each is checked like the UPN itself. */
        void readFormerUpn() throws CtfFileRejectedException, IOException {
            Field former = new Field("former UPN", Effect.VALUE_LEFT_OUT, AS_WRITTEN);
            former.read(problems);
            if (former.value == null) {
                return;
            }
            try {
                addCapped(formerUpns, Upn.parse(former.value), "former UPNs", former.line);
            } catch (InvalidUpnException e) {
                problems.add(former.line, former.label, "The former UPN '" + former.value + "' is not valid: "
                        + lowerFirst(e.getMessage()) + ". It was left out.", Effect.VALUE_LEFT_OUT);
            }
        }

        void readAddress() throws CtfFileRejectedException, IOException {
            int addressLine = cursor.line();
            CtfAddress read = CtfElementReader.this.readAddress("pupil's address", problems);
            if (addressSeen) {
                problems.add(addressLine, "pupil's address", "The pupil's address is given more than once; the "
                        + "first was used.", Effect.VALUE_LEFT_OUT);
                return;
            }
            addressSeen = true;
            address = read;
        }

        /** Adds to one of the pupil's lists unless it is full; the first overflow is reported once. */
        <T> void addCapped(List<T> list, T item, String what, int atLine) {
            if (list.size() < limits.maxEntriesPerPupil()) {
                list.add(item);
            } else if (!problems.concerns("too many " + what)) {
                problems.add(atLine, "too many " + what, "This pupil has more than " + limits.maxEntriesPerPupil()
                        + " " + what + " in the file; those after the first " + limits.maxEntriesPerPupil()
                        + " were left out.", Effect.VALUE_LEFT_OUT);
            }
        }

        CtfPupil toPupil() {
            Upn validUpn = checkedUpn();
            required(surname, "The file gives no legal surname for this pupil.");
            required(forename, "The file gives no legal forename for this pupil.");
            required(dateOfBirth, "The file gives no date of birth for this pupil, so they cannot be matched safely.");
            LocalDate born = date(dateOfBirth, problems);
            CtfPupilNames names = new CtfPupilNames(surname.value, forename.value, middleNames.value,
                    preferredSurname.value, preferredForename.value, formerSurname.value);
            return new CtfPupil(line, upn.value, validUpn, formerUpns, names, born, sex.value, ethnicity.value,
                    enrolmentStatus.value, senHistory, address, contacts, schoolHistory, problems.asList());
        }

        private Upn checkedUpn() {
            required(upn, "The file gives no UPN for this pupil, so they cannot be matched or added.");
            if (upn.value == null) {
                return null;
            }
            try {
                return Upn.parse(upn.value);
            } catch (InvalidUpnException e) {
                problems.add(upn.line, upn.label, e.getMessage() + ".", Effect.PUPIL_REJECTED);
                return null;
            }
        }

        /** A required value that is simply absent; one that was present but unusable is already reported. */
        private void required(Field field, String message) {
            if (field.value == null && !problems.concerns(field.label)) {
                problems.add(line, field.label, message, Effect.PUPIL_REJECTED);
            }
        }
    }
}
