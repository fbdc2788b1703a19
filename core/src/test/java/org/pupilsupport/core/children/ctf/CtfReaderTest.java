package org.pupilsupport.core.children.ctf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.children.Upn;

/** What a sound (or partly sound) Common Transfer File yields: the header and every pupil, problems included. */
class CtfReaderTest {

    private record ReadFile(CtfHeader header, List<CtfPupil> pupils) {
    }

    private static ReadFile read(String resource) throws Exception {
        try (InputStream file = CtfReaderTest.class.getResourceAsStream("/ctf/" + resource)) {
            assertNotNull(file, "test resource " + resource);
            List<CtfPupil> pupils = new ArrayList<>();
            CtfHeader header = new CtfReader().read(file, pupils::add);
            return new ReadFile(header, pupils);
        }
    }

    private static ReadFile readText(String xml) throws Exception {
        List<CtfPupil> pupils = new ArrayList<>();
        CtfHeader header = new CtfReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), pupils::add);
        return new ReadFile(header, pupils);
    }

    /** A version 25 file with one pupil whose elements are given; the other pupil fields are left to the caller. */
    private static String fileWithPupil(String pupilElements) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <CTfile>
                  <Header><CTFversion>25.0</CTFversion></Header>
                  <CTFpupilData>
                    <Pupil>
                """ + pupilElements + """
                    </Pupil>
                  </CTFpupilData>
                </CTfile>
                """;
    }

    @Test
    void readsTheHeaderOfAVersion25File() throws Exception {
        CtfHeader header = read("v25-three-pupils.xml").header();

        assertEquals("Common Transfer File", header.documentName());
        assertEquals(new CtfVersion("25.0", 25), header.version());
        assertEquals(LocalDateTime.of(2025, 7, 18, 14, 32, 10), header.createdAt());
        assertEquals("full", header.documentQualifier());
        assertFalse(header.isPartial());
        assertEquals("Example MIS", header.supplierId());
        assertEquals(new CtfEstablishment("314", "2005", "199001", "Riverside Primary School"), header.sourceSchool());
        assertEquals("2024", header.academicYear());
        assertEquals(new CtfEstablishment("318", "4001", null, null), header.destinationSchool());
        assertEquals(List.of(), header.problems());
    }

    @Test
    void deliversEveryPupilInFileOrderWithTheLineWhereEachStarts() throws Exception {
        List<CtfPupil> pupils = read("v25-three-pupils.xml").pupils();

        assertEquals(List.of("Z314200514001", "H314200515017", "X314200516102"),
                pupils.stream().map(pupil -> pupil.upn().value()).toList());
        assertEquals(List.of(23, 179, 236), pupils.stream().map(CtfPupil::line).toList());
        assertTrue(pupils.stream().noneMatch(CtfPupil::isRejected));
        assertTrue(pupils.stream().allMatch(pupil -> pupil.problems().isEmpty()), () -> pupils.toString());
    }

    @Test
    void readsEveryIdentityFieldOfAPupil() throws Exception {
        CtfPupil amelia = read("v25-three-pupils.xml").pupils().get(0);

        assertEquals("Z314200514001", amelia.upnAsWritten());
        assertEquals(new Upn("Z314200514001"), amelia.upn());
        assertEquals(List.of(new Upn("C31420051901A")), amelia.formerUpns());
        assertEquals(new CtfPupilNames("Okafor-Smith", "Amelia", "Rose Adaeze", "Smith", "Millie", "Okafor"),
                amelia.names());
        assertEquals(LocalDate.of(2014, 3, 12), amelia.dateOfBirth());
        assertEquals("F", amelia.sex());
        assertEquals("WBRI", amelia.ethnicity());
        assertEquals("C", amelia.enrolmentStatus());
    }

    @Test
    void readsTheSenHistoryWithCodesInUpperCase() throws Exception {
        CtfPupil amelia = read("v25-three-pupils.xml").pupils().get(0);

        assertEquals(List.of(new CtfSenEntry(LocalDate.of(2019, 9, 4), "K"), new CtfSenEntry(LocalDate.of(2022, 1, 10), "E")),
                amelia.senHistory());
    }

    @Test
    void flattensABs7666AddressLeavingOutATownRepeatedAsThePostTown() throws Exception {
        CtfPupil amelia = read("v25-three-pupils.xml").pupils().get(0);

        assertEquals(new CtfAddress(List.of("Flat 3", "14 Meadow Lane", "Norbiton", "Kingston upon Thames", "Greater London"),
                "KT1 2AB", "128001234567"), amelia.address());
    }

    @Test
    void readsContactsWithTheirPhonesAndWhetherTheyShareThePupilsAddress() throws Exception {
        List<CtfContact> contacts = read("v25-three-pupils.xml").pupils().get(0).contacts();

        CtfContact mother = contacts.get(0);
        assertEquals(new CtfContact(1, "Mrs", "Okafor", "Grace", "PAM", true, true,
                List.of(new CtfPhone("H", "020 8123 4567"), new CtfPhone("M", "07700 900123")),
                "grace.okafor@example.org", null, true), mother);

        CtfContact father = contacts.get(1);
        assertEquals(new CtfContact(2, "Mr", "Smith", "Daniel", "PAF", true, false,
                List.of(new CtfPhone("W", "020 7946 0001")), null,
                new CtfAddress(List.of("22 Canal Walk", "Twickenham", "Middlesex"), "TW1 3XY", null), false), father);
    }

    @Test
    void readsTheSchoolHistoryWithAnOpenEndedCurrentSchool() throws Exception {
        List<CtfSchoolHistoryEntry> history = read("v25-three-pupils.xml").pupils().get(0).schoolHistory();

        assertEquals(List.of(
                new CtfSchoolHistoryEntry(new CtfEstablishment("868", "3002", null, "Oakfield Infant School"),
                        LocalDate.of(2018, 9, 5), LocalDate.of(2021, 7, 21), "MOV"),
                new CtfSchoolHistoryEntry(new CtfEstablishment("314", "2005", null, "Riverside Primary School"),
                        LocalDate.of(2021, 9, 2), null, null)), history);
    }

    @Test
    void acceptsPredefinedAndCharacterEntitiesAndCdataWhichAreOrdinaryXml() throws Exception {
        CtfPupil oliver = read("v25-three-pupils.xml").pupils().get(1);

        assertEquals("h314200515017", oliver.upnAsWritten());
        assertEquals(new Upn("H314200515017"), oliver.upn());
        assertEquals("Zoë", oliver.contacts().get(0).forename());
        assertEquals("St Mary & St John CE Primary School", oliver.schoolHistory().get(0).school().name());
        assertEquals("Riverside Primary & Nursery", oliver.schoolHistory().get(1).school().name());
        assertEquals(new CtfAddress(List.of("5 The Crescent", "Surbiton"), "KT6 4BN", null), oliver.address());
        assertEquals("M", oliver.enrolmentStatus());
        assertEquals(false, oliver.contacts().get(0).parentalResponsibility());
        assertNull(oliver.contacts().get(0).livesWithPupil(), "not stated");
    }

    @Test
    void leavesOutWhatAMinimalPupilDoesNotGive() throws Exception {
        CtfPupil zofia = read("v25-three-pupils.xml").pupils().get(2);

        assertEquals(new CtfPupilNames("Nowak", "Zofia", null, null, null, null), zofia.names());
        assertNull(zofia.address());
        assertNull(zofia.ethnicity());
        assertEquals(List.of(), zofia.formerUpns());
        assertEquals(List.of(), zofia.contacts());
        assertEquals(List.of(), zofia.senHistory());
        assertEquals(List.of(), zofia.schoolHistory());
        assertFalse(zofia.isRejected());
    }

    @Test
    void readsAVersion24FileWrittenWithPrefixesAndFieldsInOtherPlaces() throws Exception {
        ReadFile file = read("v24-two-pupils.xml");

        CtfHeader header = file.header();
        assertEquals(24, header.version().major());
        assertTrue(header.isPartial());
        assertEquals(LocalDateTime.of(2024, 12, 2, 9, 5), header.createdAt());
        assertEquals(new CtfEstablishment("MMM", "MMMM", null, null), header.destinationSchool());

        CtfPupil ffion = file.pupils().get(0);
        assertEquals(new Upn("Q318400113045"), ffion.upn());
        assertEquals("Mair", ffion.names().middleNames());
        assertEquals(List.of(new Upn("A868300212230"), new Upn("E318400113046")), ffion.formerUpns());
        assertEquals("S", ffion.enrolmentStatus());
        assertEquals(List.of(new CtfSenEntry(LocalDate.of(2023, 3, 1), "E")), ffion.senHistory());
        assertEquals(new CtfAddress(List.of("Rose Cottage Church Road", "Ham", "Richmond"), "TW10 7ZZ", "100023456789"),
                ffion.address());
        assertEquals(List.of(new CtfPhone("M", "07700 900789")), ffion.contacts().get(0).phones());
        assertEquals(LocalDate.of(2024, 11, 29), ffion.schoolHistory().get(0).leavingDate());
        assertEquals(2, file.pupils().size());
        assertTrue(file.pupils().stream().noneMatch(CtfPupil::isRejected));
    }

    @Test
    void listsEachRejectedPupilWithItsReasonAndStillReadsTheOthers() throws Exception {
        ReadFile file = read("v25-some-pupils-rejected.xml");
        List<CtfPupil> pupils = file.pupils();

        assertEquals(5, pupils.size());
        assertFalse(pupils.get(0).isRejected());
        assertFalse(pupils.get(3).isRejected(), "values left out do not reject a pupil");

        CtfPupil wrongCheckLetter = pupils.get(1);
        assertTrue(wrongCheckLetter.isRejected());
        assertNull(wrongCheckLetter.upn());
        assertEquals("C314200514001", wrongCheckLetter.upnAsWritten());
        assertEquals(List.of("Line 31: The check letter of UPN C314200514001 should be Z, not C: check it was copied correctly."),
                describe(wrongCheckLetter.rejections()));

        CtfPupil noDateOfBirth = pupils.get(2);
        assertTrue(noDateOfBirth.isRejected());
        assertEquals(List.of("Line 38: The file gives no date of birth for this pupil, so they cannot be matched safely."),
                describe(noDateOfBirth.rejections()));
    }

    @Test
    void reportsValuesLeftOutWithoutRejectingThePupil() throws Exception {
        CtfPupil isla = read("v25-some-pupils-rejected.xml").pupils().get(3);

        assertEquals(List.of(
                "Line 52: The former UPN 'B318400114310' is not valid: the check letter of UPN B318400114310 should be C, "
                        + "not B: check it was copied correctly. It was left out.",
                "Line 56: The start date of SEN entry 1 '2021-02-30' is not a real date written as year-month-day, "
                        + "such as 2014-09-01. It was left out.",
                "Line 66: The parental responsibility of contact 1 is given as 'maybe', which is neither true nor false. "
                        + "It was left out."), describe(isla.problems()));
        assertEquals(List.of(), isla.formerUpns());
        assertEquals(List.of(new CtfSenEntry(null, "K")), isla.senHistory());
        assertNull(isla.contacts().get(0).parentalResponsibility());
    }

    @Test
    void rejectsAPupilWithNoSurnameAndADateOfBirthInTheWrongOrder() throws Exception {
        CtfPupil leo = read("v25-some-pupils-rejected.xml").pupils().get(4);

        assertEquals(List.of(
                "Line 71: The file gives no legal surname for this pupil.",
                "Line 74: The date of birth '12/03/2014' is not a real date written as year-month-day, such as 2014-09-01."),
                describe(leo.rejections()));
        assertNull(leo.dateOfBirth());
        assertEquals("Leo", leo.names().legalForename());
    }

    @Test
    void listsAnUnreadableHeaderDateAsAProblemWithoutRejectingTheFile() throws Exception {
        CtfHeader header = read("v25-some-pupils-rejected.xml").header();

        assertEquals(25, header.version().major());
        assertNull(header.createdAt());
        assertEquals(List.of("Line 7: The date and time the file was made '18/07/2025 14:32' is not a date and time "
                + "such as 2025-07-18T14:32:10. It was left out."), describe(header.problems()));
    }

    @Test
    void rejectsAPupilWithNoUpnAndOneWithAnImpossibleDate() throws Exception {
        ReadFile file = readText(fileWithPupil("""
                      <Surname>Clarke</Surname><Forename>Ava</Forename><DOB>2014-02-30</DOB>
                """));

        CtfPupil pupil = file.pupils().get(0);
        assertNull(pupil.upnAsWritten());
        assertEquals(List.of(
                "Line 5: The file gives no UPN for this pupil, so they cannot be matched or added.",
                "Line 6: The date of birth '2014-02-30' is not a real date written as year-month-day, such as 2014-09-01."),
                describe(pupil.rejections()));
    }

    @Test
    void keepsTheFirstOfARepeatedValueAndSaysSo() throws Exception {
        CtfPupil pupil = readText(fileWithPupil("""
                      <UPN>K314200517003</UPN><Surname>Clarke</Surname><Surname>Clark</Surname>
                      <Forename>Ava</Forename><DOB>2017-02-14</DOB>
                """)).pupils().get(0);

        assertEquals("Clarke", pupil.names().legalSurname());
        assertFalse(pupil.isRejected());
        assertEquals(List.of("Line 6: The legal surname is given more than once; the first, on line 6, was used."),
                describe(pupil.problems()));
    }

    @Test
    void leavesOutAValueLongerThanTheLimitWithoutHoldingIt() throws Exception {
        String longName = "A".repeat(5_000);
        CtfPupil pupil = readText(fileWithPupil("<UPN>K314200517003</UPN><Surname>Clarke</Surname><Forename>Ava</Forename>"
                + "<DOB>2017-02-14</DOB><BasicDetails><MiddleNames>" + longName + "</MiddleNames></BasicDetails>"))
                .pupils().get(0);

        assertNull(pupil.names().middleNames());
        assertFalse(pupil.isRejected());
        assertEquals(List.of("Line 6: The middle names are longer than 1,000 characters, far longer than it could be. "
                + "It was left out."), describe(pupil.problems()));
    }

    @Test
    void rejectsAPupilWhoseRequiredValueIsTooLongOrNotPlainText() throws Exception {
        CtfPupil pupil = readText(fileWithPupil("<UPN><Value>K314200517003</Value></UPN><Surname>" + "B".repeat(2_000)
                + "</Surname><Forename>Ava</Forename><DOB>2017-02-14</DOB>")).pupils().get(0);

        assertEquals(List.of(
                "Line 6: The UPN holds other elements instead of plain text.",
                "Line 6: The legal surname is longer than 1,000 characters, far longer than it could be."),
                describe(pupil.rejections()));
    }

    @Test
    void capsEachListOfAPupilAndSaysWhatWasLeftOut() throws Exception {
        StringBuilder contacts = new StringBuilder("<Contacts>");
        for (int i = 1; i <= 5; i++) {
            contacts.append("<Contact><Order>").append(i).append("</Order><Surname>Parent</Surname></Contact>");
        }
        contacts.append("</Contacts>");
        String xml = fileWithPupil("<UPN>K314200517003</UPN><Surname>Clarke</Surname><Forename>Ava</Forename>"
                + "<DOB>2017-02-14</DOB>" + contacts);
        List<CtfPupil> pupils = new ArrayList<>();

        new CtfReader(new CtfReadingLimits(1_000_000, 100, 40, 3))
                .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), pupils::add);

        CtfPupil pupil = pupils.get(0);
        assertEquals(List.of(1, 2, 3), pupil.contacts().stream().map(CtfContact::order).toList());
        assertEquals(List.of("Line 6: This pupil has more than 3 contacts in the file; those after the first 3 were left out."),
                describe(pupil.problems()));
    }

    @Test
    void readsOnlyTheHeaderWhenAskedTo() throws Exception {
        try (InputStream file = CtfReaderTest.class.getResourceAsStream("/ctf/truncated.xml")) {
            CtfHeader header = new CtfReader().readHeader(file);

            assertEquals(new CtfEstablishment("314", "2005", "199001", "Riverside Primary School"), header.sourceSchool());
        }
    }

    @Test
    void deliversTheFirstPupilBeforeTheRestOfTheFileIsRead() throws Exception {
        CountingStream file = new CountingStream(CtfTestFiles.generated(2_000));
        List<Long> bytesReadAtEachPupil = new ArrayList<>();

        new CtfReader().read(file, pupil -> bytesReadAtEachPupil.add(file.bytesRead));

        assertEquals(2_000, bytesReadAtEachPupil.size());
        assertTrue(bytesReadAtEachPupil.get(0) < file.bytesRead / 10,
                "the first pupil arrived after " + bytesReadAtEachPupil.get(0) + " of " + file.bytesRead + " bytes");
    }

    private static List<String> describe(List<CtfProblem> problems) {
        return problems.stream().map(CtfProblem::describe).toList();
    }

    /** Counts the bytes taken from the file, to show when pupils are delivered. */
    private static final class CountingStream extends java.io.FilterInputStream {
        long bytesRead;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytesRead++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                bytesRead += n;
            }
            return n;
        }
    }
}
