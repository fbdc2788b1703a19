package org.pupilsupport.core.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.cases.ServiceArea;
import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.tenancy.Tenant;
import org.pupilsupport.core.tenancy.TenantConfigurationException;
import org.pupilsupport.core.tenancy.TenantDirectory;
import org.pupilsupport.core.validation.InvalidCommandException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * At start-up, gives each borough that has no retention schedule the one in its {@code retention.csv}, so an
 * installation starts with a schedule its DPO then keeps in the web. A borough without the file starts with none,
 * and so disposes of nothing until its DPO sets one.
 */
@ApplicationScoped
public class RetentionSeeding {

    public static final String FILE = "retention.csv";

    private static final Logger LOG = Logger.getLogger(RetentionSeeding.class.getName());

    @Inject
    TenantDirectory tenants;

    @Inject
    ActingBorough actingBorough;

    @Inject
    Actor actor;

    @Inject
    RetentionSchedule schedule;

    @jakarta.enterprise.context.control.ActivateRequestContext
    public void seedBoroughsWithoutSchedule(Path configDirectory) {
        actor.actAsSystem();
        for (Tenant tenant : tenants.all()) {
            Path file = configDirectory.resolve(tenant.id().value()).resolve(FILE);
            if (!Files.isRegularFile(file)) {
                LOG.warning(() -> tenant.displayName() + " has no " + FILE + ": it has no retention schedule until its DPO sets one");
                continue;
            }
            actingBorough.actFor(tenant.id());
            Seed seed = read(file);
            schedule.seed(seed.lines(), seed.placeholders());
        }
    }

    record Seed(List<RetentionTerms> lines, List<Boolean> placeholders) {
    }

    /**
     * @throws TenantConfigurationException naming the file and line of the first problem
     */
    static Seed read(Path file) {
        List<RetentionTerms> lines = new ArrayList<>();
        List<Boolean> placeholders = new ArrayList<>();
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new TenantConfigurationException(file + " cannot be read: " + unreadable.getMessage());
        }
        for (int number = 1; number <= text.size(); number++) {
            String line = text.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",", 8);
            try {
                if (fields.length != 8) {
                    throw new IllegalArgumentException("expected 8 fields, found " + fields.length);
                }
                RetentionTerms terms = new RetentionTerms(RecordKind.valueOf(fields[0].strip()),
                        fields[1].isBlank() ? null : ServiceArea.valueOf(fields[1].strip()), Integer.parseInt(fields[2].strip()),
                        Integer.parseInt(fields[3].strip()), RetentionTrigger.valueOf(fields[4].strip()), RetentionAction.valueOf(fields[5].strip()),
                        fields[7]).checked();
                lines.add(terms);
                placeholders.add(switch (fields[6].strip().toLowerCase(Locale.ROOT)) {
                    case "yes" -> true;
                    case "no" -> false;
                    default -> throw new IllegalArgumentException("placeholder must be yes or no, not " + fields[6].strip());
                });
            } catch (InvalidCommandException invalid) {
                throw new TenantConfigurationException(file + " line " + number + ": " + invalid.problems().get(0).message());
            } catch (IllegalArgumentException wrong) {
                throw new TenantConfigurationException(file + " line " + number + ": " + wrong.getMessage());
            }
        }
        return new Seed(lines, placeholders);
    }
}
