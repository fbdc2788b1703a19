package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.access.AccessDeniedException;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditChains;
import org.pupilsupport.core.audit.AuditEntry;
import org.pupilsupport.core.audit.AuditVerification;
import org.pupilsupport.core.audit.ChainVerification;
import org.pupilsupport.core.cases.CaseSource;
import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.cases.Casework.NewChildCase;
import org.pupilsupport.core.cases.ContactChannel;
import org.pupilsupport.core.cases.ServiceArea;
import org.pupilsupport.core.children.CarerContact;
import org.pupilsupport.core.children.CarerRelationship;
import org.pupilsupport.core.children.ChildNotFoundException;
import org.pupilsupport.core.children.ChildRecordAccess;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRegister.NewAddress;
import org.pupilsupport.core.children.ChildRegister.NewChild;
import org.pupilsupport.core.children.SensitiveDetails;
import org.pupilsupport.core.children.SocialCareStatus;
import org.pupilsupport.core.children.Upn;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.privacy.ChildErasure;
import org.pupilsupport.core.privacy.ErasureGround;
import org.pupilsupport.core.privacy.LegalHold;
import org.pupilsupport.core.privacy.LegalHoldReason;
import org.pupilsupport.core.privacy.LegalHolds;
import org.pupilsupport.core.privacy.RecordHeldException;
import org.pupilsupport.core.startup.InstallationSettings;
import org.pupilsupport.core.tenancy.TenantId;
import org.pupilsupport.core.validation.InvalidCommandException;

/**
 * Erasing a child on the real server and database (Derby, and PostgreSQL in CI): afterwards no table, no column
 * and no stored file holds the child's names, UPN, date of birth, postcode, carer or the contents of its files;
 * both boroughs' chains still verify; the sibling and the other borough's children are untouched; a legal hold
 * stops the erasure until it is released.
 */
@ExtendWith(ArquillianExtension.class)
class ChildErasureIT {

    private static final TenantId KINGSTON = TenantId.of("kingston");
    private static final TenantId RICHMOND = TenantId.of("richmond");
    private static final Random RANDOM = new Random();

    @Deployment
    static WebArchive deployment() {
        return Deployments.shippedWarWith(ChildErasureIT.class, TestOfficers.class);
    }

    @Inject
    TestOfficers officers;

    @Inject
    ChildRegister children;

    @Inject
    Casework casework;

    @Inject
    ChildErasure erasure;

    @Inject
    LegalHolds holds;

    @Inject
    AuditVerification verification;

    @Inject
    AuditChains chains;

    @Inject
    InstallationSettings settings;

    @Resource(lookup = "jdbc/pupilsupport")
    DataSource dataSource;

    private String senior;
    private String dpo;
    private String surname;
    private String upn;
    private String postcode;
    private String carer;
    private String carerPhone;
    private String fileText;
    private String street;
    private LocalDate born;
    private String childId;
    private String caseReference;
    private String siblingId;
    private String richmondChildId;

    private static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return letters.toString();
    }

    /** A child known to the service in every way it records: record, history, carer, case, contact, file, trail. */
    @BeforeEach
    void aChildWithEverythingTheServiceHolds() {
        senior = officers.newAccount("erase.senior", KINGSTON, BoroughRole.SENIOR_OFFICER);
        dpo = officers.newAccount("erase.dpo", KINGSTON, BoroughRole.DATA_PROTECTION_OFFICER);
        String outsider = officers.newAccount("erase.outsider", KINGSTON, BoroughRole.OFFICER);
        officers.newTeam(KINGSTON, senior);
        surname = "Erasure" + letters(8);
        upn = Upn.issue("314", String.format("%04d", RANDOM.nextInt(10000)), 2014, String.format("%03d", RANDOM.nextInt(1000))).value();
        postcode = "KT" + (1 + RANDOM.nextInt(9)) + " " + (1 + RANDOM.nextInt(9)) + letters(2).toUpperCase(Locale.ROOT);
        carer = "Perpetua Carer" + letters(6);
        carerPhone = "07700 9" + String.format("%05d", RANDOM.nextInt(100000));
        fileText = "Letter to the family, reference " + letters(12);
        street = "12 Quarrel" + letters(6) + " Lane";
        // A birthday no other test uses (LocalDate.of(2010, 3, 3) is taken), so its text is this child's alone.
        born = LocalDate.of(2010, 4, 1).plusDays(RANDOM.nextInt(240));

        officers.actAs(senior, KINGSTON);
        childId = children.register(new NewChild("Zephyrine", null, surname, born, upn));
        children.moveHome(childId, new NewAddress(street, null, "Kingston upon Thames", postcode, LocalDate.of(2024, 9, 1)));
        children.addContact(childId, new CarerContact.Details(carer, CarerRelationship.MOTHER, true, true, carerPhone, null, null, null));
        children.recordSensitiveDetails(childId, new SensitiveDetails(SocialCareStatus.CHILD_IN_NEED, "Worries raised by " + carer));
        children.search(surname, 0, 5);
        caseReference = casework.recordChildCase(new NewChildCase(ServiceArea.MISSING_EDUCATION, childId, null,
                CaseSource.SCHOOL_NOTIFICATION, LocalDate.of(2026, 11, 2), "Zephyrine " + surname + " not seen since half term", true)).toString();
        String contactId = casework.addContact(caseReference, LocalDateTime.of(2026, 11, 3, 10, 0), ContactChannel.TELEPHONE, carer,
                "Spoke to " + carer + " on " + carerPhone).id();
        casework.attach(caseReference, contactId, "letter-" + surname + ".txt", fileText.getBytes(StandardCharsets.UTF_8));
        siblingId = children.register(new NewChild("Otto", null, "Sibling" + letters(8), LocalDate.of(2016, 1, 5), null));

        officers.actAs(outsider, KINGSTON);
        children.openGivingReason(childId, "Duty call from " + carer + " asking about Zephyrine's school place");

        String richmondOfficer = officers.newAccount("erase.richmond", RICHMOND, BoroughRole.SENIOR_OFFICER);
        officers.newTeam(RICHMOND, richmondOfficer);
        officers.actAs(richmondOfficer, RICHMOND);
        richmondChildId = children.register(new NewChild("Ines", null, "Richmondkept" + letters(8), LocalDate.of(2012, 5, 6), null));
    }

    private List<String> whatIdentifiesTheChild() {
        return List.of(surname, "Zephyrine " + surname, upn, postcode, postcode.replace(" ", ""), carer, carerPhone, fileText,
                born.toString(), born.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), street);
    }

    @Test
    void afterErasureNothingOfTheChildRemainsButTombstonesAndEveryChainStillVerifies() throws Exception {
        assertFalse(whereTheDatabaseHolds(whatIdentifiesTheChild()).isEmpty(), "the scan finds the child before erasure");
        assertFalse(filesHolding(fileText).isEmpty(), "and the file");

        officers.actAs(dpo, KINGSTON);
        ChildErasure.Outcome outcome = erasure.erase(childId, ErasureGround.ERASURE_REQUEST,
                "Erasure request 2026/041 granted: no statutory duty needs the record any longer");

        assertEquals(1, outcome.childRecords());
        assertEquals(1, outcome.cases());
        assertEquals(1, outcome.files());
        assertTrue(outcome.auditDetails() > 0, "the trail's text about the child was emptied");
        assertEquals(List.of(), whereTheDatabaseHolds(whatIdentifiesTheChild()));
        assertEquals(List.of(), filesHolding(fileText));
        assertEquals(List.of("CASE:" + caseReference, "CHILD:" + childId), tombstonesOf(outcome.erasureId()));

        officers.actAsSystemIn(KINGSTON);
        Map<TenantId, ChainVerification.Result> results = verification.verifyEveryChain();
        assertTrue(results.get(KINGSTON).intact(), String.valueOf(results.get(KINGSTON).problem()));
        assertTrue(results.get(RICHMOND).intact(), String.valueOf(results.get(RICHMOND).problem()));

        officers.actAs(dpo, KINGSTON);
        List<AuditEntry> trail = chains.entriesAbout("child", childId);
        assertFalse(trail.isEmpty(), "the trail still says someone looked at and changed a record");
        assertTrue(trail.stream().allMatch(entry -> entry.details() == null && entry.reason() == null));
        AuditEntry recorded = chains.entriesAbout(AuditEntry.ERASURE_SUBJECT, outcome.erasureId()).get(0);
        assertEquals(AuditAction.ERASE, recorded.action());
        assertEquals(dpo, recorded.username());

        officers.actAs(senior, KINGSTON);
        assertInstanceOf(ChildRecordAccess.NotFound.class, children.open(childId));
        assertEquals("Otto", ((ChildRecordAccess.Granted) children.open(siblingId)).child().legalName().forename(),
                "the sibling's record is untouched");
        officers.actAs(officers.newAccount("erase.check", RICHMOND, BoroughRole.SENIOR_OFFICER), RICHMOND);
        assertEquals(1, children.search("Richmondkept", 0, 500).stream().filter(child -> child.id().equals(richmondChildId)).count(),
                "the other borough's child is untouched");
    }

    @Test
    void aHeldRecordCannotBeErasedUntilTheHoldIsReleased() throws Exception {
        officers.actAs(dpo, KINGSTON);
        LegalHold hold = holds.place(childId, LegalHoldReason.COMPLAINT, "Stage 2 complaint 2026/17 under investigation");
        assertTrue(holds.active().stream().anyMatch(active -> active.id().equals(hold.id())), "holds are listed");

        RecordHeldException refused = assertThrows(RecordHeldException.class,
                () -> erasure.erase(childId, ErasureGround.ERASURE_REQUEST, "Erasure request 2026/042 granted"));
        assertTrue(refused.getMessage().startsWith("This record is under legal hold for a complaint being investigated since "),
                refused.getMessage());
        officers.actAs(senior, KINGSTON);
        assertEquals(surname, ((ChildRecordAccess.Granted) children.open(childId)).child().legalName().surname(), "nothing was erased");

        officers.actAs(dpo, KINGSTON);
        holds.release(hold.id(), "Complaint closed; no further action");
        assertEquals(1, erasure.erase(childId, ErasureGround.ERASURE_REQUEST, "Erasure request 2026/042 granted").childRecords());
        assertEquals(List.of(), whereTheDatabaseHolds(List.of(surname, upn)));
    }

    @Test
    void aReasonThatNamesTheChildIsRefusedAndChangesNothing() throws Exception {
        officers.actAs(dpo, KINGSTON);
        InvalidCommandException named = assertThrows(InvalidCommandException.class,
                () -> erasure.erase(childId, ErasureGround.ERASURE_REQUEST, "Mother of Zephyrine " + surname + " asked"));
        assertTrue(named.problems().get(0).message().startsWith("Leave out Zephyrine"), named.problems().get(0).message());
        assertThrows(InvalidCommandException.class, () -> erasure.erase(childId, ErasureGround.ERASURE_REQUEST, "  "));

        officers.actAs(senior, KINGSTON);
        assertEquals(surname, ((ChildRecordAccess.Granted) children.open(childId)).child().legalName().surname());
        assertFalse(filesHolding(fileText).isEmpty());
    }

    @Test
    void onlyTheDpoErasesOrHolds() {
        officers.actAs(senior, KINGSTON);
        assertThrows(AccessDeniedException.class, () -> erasure.erase(childId, ErasureGround.ERASURE_REQUEST, "Not mine to decide"));
        assertThrows(AccessDeniedException.class, () -> holds.place(childId, LegalHoldReason.LITIGATION, "Claim expected"));
        officers.actAs(officers.newAccount("erase.richmond.dpo", RICHMOND, BoroughRole.DATA_PROTECTION_OFFICER), RICHMOND);
        assertThrows(ChildNotFoundException.class, () -> erasure.erase(childId, ErasureGround.ERASURE_REQUEST, "Wrong borough"),
                "a Richmond DPO cannot reach a Kingston child");
    }

    /** "TABLE.COLUMN: text" for every text column of every table holding any of the texts, ignoring case. */
    private List<String> whereTheDatabaseHolds(List<String> texts) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rows = metadata.getColumns(null, connection.getSchema(), "%", "%")) {
                while (rows.next()) {
                    int type = rows.getInt("DATA_TYPE");
                    if (Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.NCHAR).contains(type)) {
                        columns.add(new String[] {rows.getString("TABLE_NAME"), rows.getString("COLUMN_NAME")});
                    }
                }
            }
            assertTrue(columns.size() > 100, "the scan sees the whole schema, not " + columns.size() + " columns");
            for (String[] column : columns) {
                for (String text : texts) {
                    String sql = "SELECT COUNT(*) FROM " + quoted(metadata, column[0]) + " WHERE LOWER(CAST(" + quoted(metadata, column[1])
                            + " AS VARCHAR(32000))) LIKE ?";
                    try (PreparedStatement query = connection.prepareStatement(sql)) {
                        query.setString(1, "%" + text.toLowerCase(Locale.ROOT) + "%");
                        try (ResultSet count = query.executeQuery()) {
                            count.next();
                            if (count.getLong(1) > 0) {
                                found.add(column[0] + "." + column[1] + ": " + text);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String quoted(DatabaseMetaData metadata, String name) throws SQLException {
        String quote = metadata.getIdentifierQuoteString();
        return quote + name + quote;
    }

    private List<String> tombstonesOf(String erasureId) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT RECORD_KIND, RECORD_REF FROM TOMBSTONE WHERE ERASURE_ID = ? ORDER BY RECORD_KIND")) {
            query.setString(1, erasureId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1).toUpperCase(Locale.ROOT) + ":" + rows.getString(2));
                }
            }
        }
        return found;
    }

    private List<Path> filesHolding(String text) throws IOException {
        Path folder = settings.attachmentsDirectory();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains(text);
                } catch (IOException unreadable) {
                    throw new java.io.UncheckedIOException(unreadable);
                }
            }).toList();
        }
    }
}
