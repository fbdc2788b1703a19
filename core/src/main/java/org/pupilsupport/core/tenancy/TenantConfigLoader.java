package org.pupilsupport.core.tenancy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads every borough's {@code tenant.properties} from a configuration directory (one sub-directory per
 * borough) and validates it, so that a mistake stops start-up with a message naming the file and field
 * rather than surfacing later as a wrong deadline or a leak between boroughs.
 */
public final class TenantConfigLoader {

    static final String FILE_NAME = "tenant.properties";

    private static final Pattern LA_CODE = Pattern.compile("\\d{3}");
    private static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private TenantConfigLoader() {
    }

    /** @throws TenantConfigurationException naming the file and field at fault */
    public static List<Tenant> load(Path configDirectory) {
        if (!Files.isDirectory(configDirectory)) {
            throw new TenantConfigurationException("Borough configuration directory " + configDirectory + " does not exist");
        }
        List<Path> boroughDirectories;
        try (Stream<Path> children = Files.list(configDirectory)) {
            // Hidden folders (.git, editor settings) are not boroughs.
            boroughDirectories = children.filter(Files::isDirectory)
                    .filter(directory -> !directory.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new TenantConfigurationException("Cannot list borough configuration directory " + configDirectory, e);
        }
        List<Tenant> tenants = new ArrayList<>();
        Map<String, Path> laCodesSeen = new HashMap<>();
        for (Path directory : boroughDirectories) {
            Path file = directory.resolve(FILE_NAME);
            Tenant tenant = read(file);
            Path earlier = laCodesSeen.putIfAbsent(tenant.laCode(), file);
            if (earlier != null) {
                throw new TenantConfigurationException(file + ": field 'la.code' " + tenant.laCode() + " is already used by " + earlier);
            }
            tenants.add(tenant);
        }
        if (tenants.isEmpty()) {
            throw new TenantConfigurationException("No borough is configured: " + configDirectory + " has no sub-directory with a " + FILE_NAME);
        }
        return List.copyOf(tenants);
    }

    static Tenant read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TenantConfigurationException(file + ": file is missing");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new TenantConfigurationException(file + ": cannot be read as a properties file (" + e.getMessage() + ")", e);
        }
        Fields fields = new Fields(file, properties);
        String folderName = file.getParent().getFileName().toString();
        String id = fields.required("id");
        TenantId tenantId;
        try {
            tenantId = TenantId.of(id);
        } catch (IllegalArgumentException e) {
            throw fields.invalid("id", "is not a usable borough id (" + e.getMessage() + ")");
        }
        if (tenantId.equals(TenantId.INSTALLATION)) {
            throw fields.invalid("id", "'" + id + "' is reserved for the installation's own audit chain");
        }
        if (!id.equals(folderName)) {
            throw fields.invalid("id", "must equal the folder name '" + folderName + "', found '" + id + "'");
        }
        String displayName = fields.required("name");
        String laCode = fields.matching("la.code", LA_CODE, "must be a three-digit DfE local authority code");
        String plugin = fields.matching("plugin", PLUGIN_ID, "must be a plugin id (lower-case letters, digits, hyphens)");
        String dpoName = fields.required("dpo.name");
        String dpoEmail = fields.matching("dpo.email", EMAIL, "must be an email address");
        String pupilReferralUnit = properties.getProperty("provider.pupil-referral-unit");
        return new Tenant(tenantId, displayName, laCode, plugin, dpoName, dpoEmail,
                pupilReferralUnit == null || pupilReferralUnit.isBlank() ? null : pupilReferralUnit.strip());
    }

    private record Fields(Path file, Properties properties) {

        String required(String key) {
            String value = properties.getProperty(key);
            if (value == null || value.isBlank()) {
                throw new TenantConfigurationException(file + ": field '" + key + "' is missing or empty");
            }
            return value.strip();
        }

        String matching(String key, Pattern pattern, String rule) {
            String value = required(key);
            if (!pattern.matcher(value).matches()) {
                throw invalid(key, rule + ", found '" + value + "'");
            }
            return value;
        }

        TenantConfigurationException invalid(String key, String problem) {
            return new TenantConfigurationException(file + ": field '" + key + "' " + problem);
        }
    }
}
