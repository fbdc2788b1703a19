package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.children.ChildRecordAccess;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRegister.NewChild;
import org.pupilsupport.core.children.ChildSummary;
import org.pupilsupport.core.children.SenProvision;
import org.pupilsupport.core.children.Upn;
import org.pupilsupport.core.children.ctf.CtfFileRejectedException;
import org.pupilsupport.core.children.ctf.CtfImportPreview;
import org.pupilsupport.core.children.ctf.CtfImportPreview.Outcome;
import org.pupilsupport.core.children.ctf.CtfImports;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.tenancy.TenantId;

/**
 * Importing Common Transfer Files on the real server and database: the preview classifies each pupil
 * without writing, the commit writes all of it, a stale preview or a hostile file writes nothing, and a
 * Kingston import never touches Richmond.
 */
@ExtendWith(ArquillianExtension.class)
class CtfImportIT {

    private static final TenantId KINGSTON = TenantId.of("kingston");
    private static final TenantId RICHMOND = TenantId.of("richmond");
    private static final List<String> REAL_FILES = List.of("v25-three-pupils.xml", "v25-some-pupils-rejected.xml", "v24-two-pupils.xml");

    @Deployment
    static WebArchive deployment() {
        WebArchive war = Deployments.shippedWarWith(CtfImportIT.class, TestOfficers.class);
        // Real-looking files as schools' systems write them, from the reader's tests.
        for (String name : REAL_FILES) {
            war.addAsResource(new java.io.File("../core/src/test/resources/ctf/" + name), "ctf/" + name);
        }
        return war;
    }

    @Inject
    TestOfficers officers;

    @Inject
    CtfImports imports;

    @Inject
    org.pupilsupport.core.privacy.RecordRestrictions restrictions;

    @Inject
    ChildRegister children;

    @Inject
    org.pupilsupport.core.audit.AuditChains chains;

    @Inject
    org.pupilsupport.core.children.BreakGlassReport report;

    private String senior;
    private String surname;
    private Upn newUpn;
    private Upn knownUpn;
    private String knownChild;

    @BeforeEach
    void aKnownChildAndAFileAboutItAndTwoOthers() {
        senior = officers.newAccount("import.senior", KINGSTON, BoroughRole.SENIOR_OFFICER);
        officers.newTeam(KINGSTON, senior);
        surname = "Ctftest" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "k");
        // A random establishment number keeps the UPNs unique across runs on a database kept between them.
        String establishment = String.format("%04d", (System.nanoTime() / 1000) % 10000);
        newUpn = Upn.issue("314", establishment, 2016, "101");
        knownUpn = Upn.issue("314", establishment, 2016, "102");
        officers.actAs(senior, KINGSTON);
        knownChild = children.register(new NewChild("Known", null, surname, LocalDate.of(2015, 5, 5), knownUpn.value()));
    }

    private String file(String version) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <CTfile>
                  <Header>
                    <DocumentName>Common Transfer File</DocumentName>
                    <CTFversion>%1$s</CTFversion>
                    <DateTime>2026-11-20T10:00:00</DateTime>
                    <DocumentQualifier>full</DocumentQualifier>
                    <SourceSchool><LEA>314</LEA><Estab>2000</Estab><SchoolName>Demo school</SchoolName></SourceSchool>
                    <DestSchool><LEA>314</LEA><Estab>MMM</Estab></DestSchool>
                  </Header>
                  <CTFpupilData>
                    <Pupil>
                      <UPN>%2$s</UPN><Surname>%4$s</Surname><Forename>Newby</Forename><DOB>2016-02-02</DOB><Sex>M</Sex>
                      <BasicDetails><Ethnicity>WIRI</Ethnicity><EnrolStatus>C</EnrolStatus></BasicDetails>
                      <Address><AddressLines><AddressLine1>5 River Walk</AddressLine1><AddressLine2>Kingston upon Thames</AddressLine2></AddressLines><PostCode>KT1 1AA</PostCode></Address>
                      <Contacts><Contact><Surname>%4$s</Surname><Forename>Nia</Forename><Relationship>PAM</Relationship><Responsibility>true</Responsibility><AddressAsPupil>true</AddressAsPupil></Contact></Contacts>
                      <SchoolHistory><School><LEA>314</LEA><Estab>2000</Estab><EntryDate>2020-09-02</EntryDate><LeavingDate>2026-11-19</LeavingDate></School></SchoolHistory>
                    </Pupil>
                    <Pupil>
                      <UPN>%3$s</UPN><Surname>%4$s</Surname><Forename>Known</Forename><DOB>2015-05-05</DOB><Sex>F</Sex>
                      <SENhistory><SEN><StartDate>2024-01-08</StartDate><SENprovision>K</SENprovision></SEN></SENhistory>
                    </Pupil>
                    <Pupil>
                      <UPN>A314200016999</UPN><Surname>%4$s</Surname><Forename>Broken</Forename><DOB>2016-03-03</DOB>
                    </Pupil>
                  </CTFpupilData>
                </CTfile>
                """.formatted(version, newUpn.value(), knownUpn.value(), surname);
    }

    private CtfImportPreview preview(String content) throws Exception {
        officers.actAs(senior, KINGSTON);
        return imports.preview(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void thePreviewSaysWhatWouldHappenAndWritesNothing() throws Exception {
        CtfImportPreview preview = preview(file("25.0"));
        assertEquals(List.of(Outcome.NEW, Outcome.CHANGED, Outcome.REJECTED), preview.pupils().stream().map(CtfImportPreview.PupilPreview::outcome).toList());
        assertTrue(preview.pupils().get(1).notes().contains("SEN provision K from 2024-01-08"), preview.pupils().get(1).notes().toString());
        assertTrue(preview.pupils().get(2).notes().get(0).contains("check letter"), preview.pupils().get(2).notes().toString());
        assertEquals(List.of(knownChild), matching(surname), "nothing written by the preview");
    }

    @Test
    void committingWritesEveryPreviewedChangeAndNothingForRejectedPupils() throws Exception {
        CtfImportPreview preview = preview(file("24.1"));
        officers.actAs(senior, KINGSTON);
        assertEquals(2, imports.commit(preview));

        officers.actAs(senior, KINGSTON);
        List<String> found = matching(surname);
        assertEquals(2, found.size(), "the known child and the new one, not the rejected one");
        Child created = opened(children.search(newUpn.value(), 0, 5).get(0).id());
        assertEquals("Newby " + surname, created.knownAs());
        assertEquals("WIRI", created.ethnicityCode());
        assertEquals("5 River Walk, Kingston upon Thames, KT1 1AA", created.currentAddress().orElseThrow().oneLine());
        assertEquals("Nia " + surname, created.contacts().get(0).name());
        assertTrue(created.contacts().get(0).hasParentalResponsibility());
        assertEquals(LocalDate.of(2026, 11, 19), created.enrolments().get(0).end(), "the enrolment at the sending school, ended");
        Child known = opened(knownChild);
        assertEquals(SenProvision.SEN_SUPPORT, known.currentSenProvision().orElseThrow());

        officers.actAs(senior, KINGSTON);
        CtfImportPreview again = imports.preview(new ByteArrayInputStream(file("25.0").getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.REJECTED),
                again.pupils().stream().map(CtfImportPreview.PupilPreview::outcome).toList(), "a second import changes nothing");
    }

    @Test
    void aPupilMatchingARestrictedRecordIsRejectedAndTheRestOfTheFileIsImported() throws Exception {
        String dpo = officers.newAccount("import.dpo", KINGSTON, BoroughRole.DATA_PROTECTION_OFFICER);
        officers.actAs(dpo, KINGSTON);
        restrictions.restrict(knownChild, "Accuracy contested by the parent");

        CtfImportPreview preview = preview(file("25.0"));
        CtfImportPreview.PupilPreview matched = preview.pupils().get(1);
        assertEquals(Outcome.REJECTED, matched.outcome());
        assertTrue(matched.notes().stream().anyMatch(note -> note.contains("restricted")), matched.notes().toString());
        officers.actAs(senior, KINGSTON);
        assertEquals(1, imports.commit(preview), "only the new pupil is written");
        officers.actAs(senior, KINGSTON);
        assertFalse(opened(knownChild).currentSenProvision().isPresent(), "the restricted record is unchanged");

        officers.actAs(dpo, KINGSTON);
        restrictions.lift(knownChild, "Record checked with the parent");
    }

    @Test
    void aPreviewOvertakenByAChangeCommitsNothing() throws Exception {
        CtfImportPreview preview = preview(file("25.0"));
        officers.actAs(senior, KINGSTON);
        children.recordSenProvision(knownChild, SenProvision.EHC_PLAN, LocalDate.of(2025, 3, 1));
        officers.actAs(senior, KINGSTON);
        IllegalStateException stale = assertThrows(IllegalStateException.class, () -> imports.commit(preview));
        assertTrue(stale.getMessage().contains("preview the file again"), stale.getMessage());
        assertEquals(List.of(knownChild), matching(surname), "not even the new pupil was recorded");
    }

    @Test
    void hostileOrWrongFilesAreRefusedWithAReasonAndWriteNothing() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE CTfile [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <CTfile><Header><CTFversion>25.0</CTFversion></Header><CTFpupilData><Pupil><Surname>&secret;</Surname></Pupil></CTFpupilData></CTfile>
                """;
        CtfFileRejectedException unsafe = assertThrows(CtfFileRejectedException.class, () -> preview(xxe));
        assertTrue(unsafe.getMessage().contains("DOCTYPE"), unsafe.getMessage());
        CtfFileRejectedException version = assertThrows(CtfFileRejectedException.class, () -> preview(file("26.0")));
        assertTrue(version.getMessage().contains("versions 24 and 25"), version.getMessage());
        String truncated = file("25.0").substring(0, file("25.0").indexOf("<Pupil>", 600));
        assertThrows(CtfFileRejectedException.class, () -> preview(truncated));
        assertEquals(List.of(knownChild), matching(surname));
    }

    @Test
    void aKingstonImportNeverTouchesRichmond() throws Exception {
        String richmondOfficer = officers.newAccount("richmond.holder", RICHMOND, BoroughRole.OFFICER);
        officers.newTeam(RICHMOND, richmondOfficer);
        officers.actAs(richmondOfficer, RICHMOND);
        // The same child, recorded by Richmond too (a move between boroughs); a surname sorting last keeps
        // the record off the first page of Richmond's list, which browser tests read.
        String richmondChild = children.register(new NewChild("Known", null, "Zz" + surname, LocalDate.of(2015, 5, 5), knownUpn.value()));

        CtfImportPreview preview = preview(file("25.0"));
        assertEquals(knownChild, preview.pupils().get(1).existingChildId(), "matched in Kingston only");
        officers.actAs(senior, KINGSTON);
        imports.commit(preview);

        officers.actAs(richmondOfficer, RICHMOND);
        Child untouched = assertInstanceOf(ChildRecordAccess.Granted.class, children.open(richmondChild)).child();
        assertFalse(untouched.currentSenProvision().isPresent(), "Richmond's child has no SEN from Kingston's file");
        assertEquals(List.of(richmondChild), children.search(knownUpn.value(), 0, 10).stream().map(ChildSummary::id).toList());
    }

    @Test
    void aMatchedChildUnknownToTheImporterShowsOnlyIdentifyingFieldsUnlessAReasonIsGivenAndRecorded() throws Exception {
        String stranger = officers.newAccount("import.stranger", KINGSTON, BoroughRole.SENIOR_OFFICER);
        officers.newTeam(KINGSTON, stranger);
        officers.actAs(stranger, KINGSTON);
        CtfImportPreview withoutReason = imports.preview(new ByteArrayInputStream(file("25.0").getBytes(StandardCharsets.UTF_8)));
        CtfImportPreview.PupilPreview matched = withoutReason.pupils().get(1);
        assertEquals(Outcome.REJECTED, matched.outcome(), "left out: the importer does not know the child");
        assertEquals(null, matched.existingChildId());
        assertEquals(1, matched.notes().size(), "nothing of the record is shown: " + matched.notes());
        assertTrue(matched.notes().get(0).contains("give a reason"), matched.notes().toString());
        officers.actAs(stranger, KINGSTON);
        assertInstanceOf(ChildRecordAccess.ReasonRequired.class, children.open(knownChild), "previewing opened nothing for later");

        String reason = "Year 7 transfer batch from the sending school, checked with the admissions team";
        officers.actAs(stranger, KINGSTON);
        CtfImportPreview withReason = imports.preview(new ByteArrayInputStream(file("25.0").getBytes(StandardCharsets.UTF_8)), reason);
        assertEquals(Outcome.CHANGED, withReason.pupils().get(1).outcome());
        officers.actAs(stranger, KINGSTON);
        assertEquals(2, imports.commit(withReason));

        officers.actAsSystemIn(KINGSTON);
        org.pupilsupport.core.audit.AuditEntry breakGlass = chains.entriesAbout("child", knownChild).stream()
                .filter(entry -> entry.action() == org.pupilsupport.core.audit.AuditAction.BREAK_GLASS).findFirst().orElseThrow();
        assertEquals(reason, breakGlass.reason());
        assertEquals(stranger, breakGlass.username());
        String lead = officers.newAccount("import.lead", KINGSTON, BoroughRole.SENIOR_OFFICER);
        officers.actAs(lead, KINGSTON);
        org.pupilsupport.core.children.BreakGlassReport.Line line = report.lastThirtyDays().stream()
                .filter(candidate -> candidate.childId().equals(knownChild)).findFirst().orElseThrow();
        assertEquals(stranger, line.username());
        assertEquals(reason, line.reason());
        assertEquals(org.pupilsupport.core.children.BreakGlassPurpose.IMPORTED_FILE, line.purpose());
    }

    /**
     * A file that disagrees with the record about who the child is changes nothing of it: the file's UPN with
     * another date of birth, or the child's name and date of birth with another UPN, may be a different child.
     * A UPN the record has left (a former one) still finds the child, and does not take the record back to it.
     */
    @Test
    void aFileThatDisagreesWithTheRecordAboutWhoTheChildIsChangesNothingOfIt() throws Exception {
        Upn otherUpn = Upn.issue("314", knownUpn.value().substring(4, 8), 2016, "103");
        String conflicting = pupilsFile(
                pupil(knownUpn.value(), "Known", surname, "2015-06-06"),
                pupil(otherUpn.value(), "Known", surname, "2015-05-05"));
        CtfImportPreview preview = preview(conflicting);
        assertEquals(List.of(Outcome.REJECTED, Outcome.REJECTED), preview.pupils().stream().map(CtfImportPreview.PupilPreview::outcome).toList());
        assertTrue(preview.pupils().get(0).notes().get(0).contains("different date of birth"), preview.pupils().get(0).notes().toString());
        assertTrue(preview.pupils().get(1).notes().get(0).contains("different UPN"), preview.pupils().get(1).notes().toString());
        assertFalse(String.join(" ", preview.pupils().get(0).notes()).contains("2015-05-05"), "the record's date of birth is not shown");
        assertFalse(preview.hasChanges());
        Child untouched = opened(knownChild);
        assertEquals(LocalDate.of(2015, 5, 5), untouched.dateOfBirth());
        assertEquals(knownUpn, untouched.upn());

        Upn replacement = Upn.issue("314", knownUpn.value().substring(4, 8), 2016, "104");
        officers.actAs(senior, KINGSTON);
        children.replaceUpn(knownChild, replacement.value());
        CtfImportPreview olderSchool = preview(pupilsFile(pupil(knownUpn.value(), "Known", surname, "2015-05-05")));
        CtfImportPreview.PupilPreview same = olderSchool.pupils().get(0);
        assertEquals(knownChild, same.existingChildId(), "a former UPN finds the child");
        assertTrue(same.notes().contains("the file gives former UPN " + knownUpn.value() + "; the record keeps " + replacement.value()), same.notes().toString());
        if (olderSchool.hasChanges()) {
            officers.actAs(senior, KINGSTON);
            imports.commit(olderSchool);
        }
        assertEquals(replacement, opened(knownChild).upn(), "the record keeps its current UPN");
    }

    /** A school's extended ethnicity code (White - English) is kept as the main code it belongs to, not dropped. */
    @Test
    void anExtendedEthnicityCodeIsRecordedUnderItsMainCode() throws Exception {
        Upn english = Upn.issue("314", knownUpn.value().substring(4, 8), 2016, "105");
        Upn unknown = Upn.issue("314", knownUpn.value().substring(4, 8), 2016, "106");
        CtfImportPreview preview = preview(pupilsFile(
                "<Pupil><UPN>" + english.value() + "</UPN><Surname>" + surname + "</Surname><Forename>Eng</Forename><DOB>2016-04-04</DOB>"
                        + "<BasicDetails><Ethnicity>WENG</Ethnicity></BasicDetails></Pupil>",
                "<Pupil><UPN>" + unknown.value() + "</UPN><Surname>" + surname + "</Surname><Forename>Unk</Forename><DOB>2016-05-05</DOB>"
                        + "<BasicDetails><Ethnicity>ZZZZ</Ethnicity></BasicDetails></Pupil>"));
        assertTrue(preview.pupils().get(0).notes().contains("ethnicity given as an extended DfE code: recorded under its main code"),
                preview.pupils().get(0).notes().toString());
        assertTrue(preview.pupils().get(1).notes().stream().anyMatch(note -> note.startsWith("ethnicity left out")), preview.pupils().get(1).notes().toString());
        officers.actAs(senior, KINGSTON);
        assertEquals(2, imports.commit(preview));
        officers.actAs(senior, KINGSTON);
        String englishChild = children.search(english.value(), 0, 5).get(0).id();
        officers.actAs(senior, KINGSTON);
        String unknownChild = children.search(unknown.value(), 0, 5).get(0).id();
        assertEquals("WBRI", opened(englishChild).ethnicityCode());
        assertEquals(null, opened(unknownChild).ethnicityCode());
    }

    private static String pupil(String upn, String forename, String surname, String dateOfBirth) {
        return "<Pupil><UPN>" + upn + "</UPN><Surname>" + surname + "</Surname><Forename>" + forename + "</Forename><DOB>"
                + dateOfBirth + "</DOB><Sex>F</Sex></Pupil>";
    }

    private static String pupilsFile(String... pupils) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <CTfile>
                  <Header>
                    <DocumentName>Common Transfer File</DocumentName><CTFversion>25.0</CTFversion>
                    <DateTime>2026-11-20T10:00:00</DateTime><DocumentQualifier>full</DocumentQualifier>
                    <SourceSchool><LEA>314</LEA><Estab>2000</Estab><SchoolName>Demo school</SchoolName></SourceSchool>
                    <DestSchool><LEA>314</LEA><Estab>MMM</Estab></DestSchool>
                  </Header>
                  <CTFpupilData>%s</CTFpupilData>
                </CTfile>
                """.formatted(String.join("\n", pupils));
    }

    /**
     * "Import all of it" imports every pupil the preview would create or change, in files as schools send them.
     * UPNs and surnames are made unique, so each run imports new children whatever the database holds.
     */
    @Test
    void importingARealFileWritesEveryPupilThePreviewPromised() throws Exception {
        for (String name : REAL_FILES) {
            String content = freshPupils(new String(getClass().getClassLoader().getResourceAsStream("ctf/" + name).readAllBytes(), StandardCharsets.UTF_8));
            CtfImportPreview preview = preview(content);
            long promised = preview.count(Outcome.NEW) + preview.count(Outcome.CHANGED);
            assertTrue(promised > 0, name + ": " + preview.summary());
            officers.actAs(senior, KINGSTON);
            assertEquals(promised, imports.commit(preview), name + ": " + preview.summary());
            for (CtfImportPreview.PupilPreview pupil : preview.pupils()) {
                if (pupil.outcome() == Outcome.REJECTED) {
                    continue;
                }
                officers.actAs(senior, KINGSTON);
                List<ChildSummary> found = children.search(pupil.upn().strip(), 0, 5);
                assertEquals(1, found.size(), name + " line " + pupil.line() + " (" + pupil.name() + ") is on record");
                assertEquals(Set.of(Outcome.NEW), Set.of(pupil.outcome()), name + " line " + pupil.line());
            }
        }
    }

    /** The file with each valid UPN replaced by a new one and each surname made unique to this run. */
    private String freshPupils(String content) {
        String run = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "r");
        java.util.regex.Matcher upns = java.util.regex.Pattern.compile("(<(?:[a-z]+:)?UPN>)\\s*([^<]*?)\\s*(</(?:[a-z]+:)?UPN>)").matcher(content);
        StringBuilder replaced = new StringBuilder();
        int serial = 100;
        while (upns.find()) {
            String upn = upns.group(2);
            String fresh = upn;
            try {
                Upn.parse(upn);
                fresh = Upn.issue("314", String.format("%04d", (System.nanoTime() / 1000) % 10000), 2014, String.valueOf(serial++)).value();
            } catch (IllegalArgumentException invalid) {
                // An invalid UPN stays as it is: the file means that pupil to be rejected.
            }
            upns.appendReplacement(replaced, java.util.regex.Matcher.quoteReplacement(upns.group(1) + fresh + upns.group(3)));
        }
        upns.appendTail(replaced);
        return replaced.toString().replaceAll("(<(?:[a-z]+:)?Surname>)([^<]+)(</)", "$1$2" + run + "$3");
    }

    private List<String> matching(String name) {
        officers.actAs(senior, KINGSTON);
        return children.search(name, 0, 10).stream().map(ChildSummary::id).toList();
    }

    private Child opened(String id) {
        officers.actAs(senior, KINGSTON);
        return assertInstanceOf(ChildRecordAccess.Granted.class, children.open(id)).child();
    }
}
