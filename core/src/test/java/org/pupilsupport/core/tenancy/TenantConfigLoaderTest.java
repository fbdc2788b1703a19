package org.pupilsupport.core.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantConfigLoaderTest {

    @TempDir
    Path config;

    /** A complete, valid set of fields for a borough whose folder is {@code id}. */
    private static Map<String, String> fields(String id, String laCode) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("name", "Borough of " + id);
        fields.put("la.code", laCode);
        fields.put("plugin", id);
        fields.put("dpo.name", "Data Protection Officer, " + id);
        fields.put("dpo.email", "dpo@" + id + ".example.org");
        return fields;
    }

    private Path write(String folder, Map<String, String> fields) throws IOException {
        Path directory = Files.createDirectories(config.resolve(folder));
        String text = fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n", "", "\n"));
        return Files.writeString(directory.resolve("tenant.properties"), text);
    }

    private String loadFailure() {
        return assertThrows(TenantConfigurationException.class, () -> TenantConfigLoader.load(config)).getMessage();
    }

    @Test
    void loadsEveryBoroughInFolderOrderWithAllFields() throws IOException {
        write("richmond", fields("richmond", "318"));
        write("kingston", fields("kingston", "314"));

        List<Tenant> tenants = TenantConfigLoader.load(config);

        assertEquals(List.of(
                new Tenant(TenantId.of("kingston"), "Borough of kingston", "314", "kingston",
                        "Data Protection Officer, kingston", "dpo@kingston.example.org"),
                new Tenant(TenantId.of("richmond"), "Borough of richmond", "318", "richmond",
                        "Data Protection Officer, richmond", "dpo@richmond.example.org")),
                tenants);
    }

    @Test
    void aBoroughMayNameItsOwnPupilReferralUnit() throws IOException {
        Map<String, String> kingston = fields("kingston", "314");
        kingston.put("provider.pupil-referral-unit", " Malden Oaks School ");
        write("kingston", kingston);
        write("richmond", fields("richmond", "318"));

        List<Tenant> tenants = TenantConfigLoader.load(config);

        assertEquals("Malden Oaks School", tenants.get(0).pupilReferralUnit());
        assertEquals(null, tenants.get(1).pupilReferralUnit(), "optional: a borough without one names none");
    }

    @Test
    void ignoresPlainFilesBesideTheBoroughFolders() throws IOException {
        write("kingston", fields("kingston", "314"));
        Files.writeString(config.resolve("README.txt"), "one folder per borough");

        assertEquals(List.of(TenantId.of("kingston")), TenantConfigLoader.load(config).stream().map(Tenant::id).toList());
    }

    @Test
    void trailingSpacesAroundValuesAreDropped() throws IOException {
        Map<String, String> fields = fields("kingston", "314  ");
        fields.put("name", "Kingston upon Thames   ");
        write("kingston", fields);

        Tenant kingston = TenantConfigLoader.load(config).get(0);

        assertEquals("314", kingston.laCode());
        assertEquals("Kingston upon Thames", kingston.displayName());
    }

    @Test
    void aMissingFieldNamesTheFileAndTheField() throws IOException {
        Map<String, String> fields = fields("kingston", "314");
        fields.remove("dpo.email");
        Path file = write("kingston", fields);

        assertEquals(file + ": field 'dpo.email' is missing or empty", loadFailure());
    }

    @Test
    void anEmptyFieldCountsAsMissing() throws IOException {
        Map<String, String> fields = fields("kingston", "314");
        fields.put("name", "   ");
        Path file = write("kingston", fields);

        assertEquals(file + ": field 'name' is missing or empty", loadFailure());
    }

    @Test
    void aTwoDigitLaCodeIsRefusedQuotingTheValue() throws IOException {
        Path file = write("kingston", fields("kingston", "31"));

        assertEquals(file + ": field 'la.code' must be a three-digit DfE local authority code, found '31'", loadFailure());
    }

    @Test
    void aFourDigitLaCodeIsRefusedQuotingTheValue() throws IOException {
        Path file = write("kingston", fields("kingston", "3141"));

        assertEquals(file + ": field 'la.code' must be a three-digit DfE local authority code, found '3141'", loadFailure());
    }

    @Test
    void theIdMustEqualTheFolderName() throws IOException {
        Path file = write("kingston", fields("richmond", "314"));

        assertEquals(file + ": field 'id' must equal the folder name 'kingston', found 'richmond'", loadFailure());
    }

    @Test
    void anIdThatIsNotABoroughIdIsRefused() throws IOException {
        Path file = write("Kingston", fields("Kingston", "314"));

        assertEquals(file + ": field 'id' is not a usable borough id (A borough id is 2 to 30 lower-case letters, digits or hyphens,"
                + " starting with a letter: 'Kingston')", loadFailure());
    }

    @Test
    void anInvalidEmailIsRefusedQuotingTheValue() throws IOException {
        Map<String, String> fields = fields("kingston", "314");
        fields.put("dpo.email", "dpo.kingston.example.org");
        Path file = write("kingston", fields);

        assertEquals(file + ": field 'dpo.email' must be an email address, found 'dpo.kingston.example.org'", loadFailure());
    }

    @Test
    void anLaCodeUsedByTwoBoroughsNamesBothFiles() throws IOException {
        Path kingston = write("kingston", fields("kingston", "314"));
        Path richmond = write("richmond", fields("richmond", "314"));

        assertEquals(richmond + ": field 'la.code' 314 is already used by " + kingston, loadFailure());
    }

    @Test
    void aMissingDirectoryIsReported() {
        Path nowhere = config.resolve("nowhere");

        TenantConfigurationException refused = assertThrows(TenantConfigurationException.class, () -> TenantConfigLoader.load(nowhere));

        assertEquals("Borough configuration directory " + nowhere + " does not exist", refused.getMessage());
    }

    @Test
    void aDirectoryWithNoBoroughsIsReported() {
        assertEquals("No borough is configured: " + config + " has no sub-directory with a tenant.properties", loadFailure());
    }

    @Test
    void aBoroughFolderWithoutItsFileIsReported() throws IOException {
        write("kingston", fields("kingston", "314"));
        Files.createDirectory(config.resolve("richmond"));

        assertEquals(config.resolve("richmond").resolve("tenant.properties") + ": file is missing", loadFailure());
    }

    @Test
    void theRepositoryTenantConfigurationLoads() {
        // Surefire runs in the core module's directory; the shipped configuration sits beside it
        List<Tenant> tenants = TenantConfigLoader.load(Path.of("../tenant-config"));

        Map<String, String> laCodes = tenants.stream().collect(Collectors.toMap(t -> t.id().value(), Tenant::laCode));
        assertEquals("314", laCodes.get("kingston"));
        assertEquals("318", laCodes.get("richmond"));
    }

    @Test
    void hiddenFoldersBesideTheBoroughsAreNotBoroughs() throws IOException {
        write("kingston", fields("kingston", "314"));
        Files.createDirectories(config.resolve(".git"));

        assertEquals(List.of("kingston"), TenantConfigLoader.load(config).stream().map(tenant -> tenant.id().value()).toList());
    }

    @Test
    void noBoroughMayTakeTheInstallationsAuditChainId() throws IOException {
        Path file = write("installation", fields("installation", "999"));

        assertEquals(file + ": field 'id' 'installation' is reserved for the installation's own audit chain", loadFailure());
    }
}
