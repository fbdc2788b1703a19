package org.pupilsupport.core.schools.gias;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes an invented GIAS establishment extract as large as wanted, laid out like the real one: about 130
 * columns, Windows-1252, CR LF line endings, dates as dd-mm-yyyy, a quarter of the schools closed, some
 * names with accents, commas or quotes. The same seed and size give the same bytes, so benchmarks compare
 * like with like. Every row is sound.
 *
 * <p>To write a file: {@code java ... GiasExtractGenerator <file> [rows, default 50000] [seed, default 1]}
 * (see {@link GiasReadBenchmark} for the class path).
 */
public final class GiasExtractGenerator {

    /** The columns of a real extract; the register reads about twenty of them and ignores the rest. */
    static final List<String> HEADINGS = List.of("URN", "LA (code)", "LA (name)", "EstablishmentNumber", "EstablishmentName",
            "TypeOfEstablishment (code)", "TypeOfEstablishment (name)", "EstablishmentTypeGroup (code)", "EstablishmentTypeGroup (name)",
            "EstablishmentStatus (code)", "EstablishmentStatus (name)", "ReasonEstablishmentOpened (code)", "ReasonEstablishmentOpened (name)",
            "OpenDate", "ReasonEstablishmentClosed (code)", "ReasonEstablishmentClosed (name)", "CloseDate", "PhaseOfEducation (code)",
            "PhaseOfEducation (name)", "StatutoryLowAge", "StatutoryHighAge", "Boarders (code)", "Boarders (name)", "NurseryProvision (name)",
            "OfficialSixthForm (code)", "OfficialSixthForm (name)", "Gender (code)", "Gender (name)", "ReligiousCharacter (code)",
            "ReligiousCharacter (name)", "ReligiousEthos (name)", "Diocese (code)", "Diocese (name)", "AdmissionsPolicy (code)",
            "AdmissionsPolicy (name)", "SchoolCapacity", "SpecialClasses (code)", "SpecialClasses (name)", "CensusDate", "NumberOfPupils",
            "NumberOfBoys", "NumberOfGirls", "PercentageFSM", "TrustSchoolFlag (code)", "TrustSchoolFlag (name)", "Trusts (code)",
            "Trusts (name)", "SchoolSponsorFlag (name)", "SchoolSponsors (name)", "FederationFlag (name)", "Federations (code)",
            "Federations (name)", "UKPRN", "FEHEIdentifier", "FurtherEducationType (name)", "OfstedLastInsp", "LastChangedDate", "Street",
            "Locality", "Address3", "Town", "County (name)", "Postcode", "SchoolWebsite", "TelephoneNum", "HeadTitle (name)",
            "HeadFirstName", "HeadLastName", "HeadPreferredJobTitle", "BSOInspectorateName (name)", "InspectorateReport",
            "DateOfLastInspectionVisit", "NextInspectionVisit", "TeenMoth (name)", "TeenMothPlaces", "CCF (name)", "SENPRU (name)",
            "EBD (name)", "PlacesPRU", "FTProv (name)", "EdByOther (name)", "Section41Approved (name)", "SEN1 (name)", "SEN2 (name)",
            "SEN3 (name)", "SEN4 (name)", "SEN5 (name)", "SEN6 (name)", "SEN7 (name)", "SEN8 (name)", "SEN9 (name)", "SEN10 (name)",
            "SEN11 (name)", "SEN12 (name)", "SEN13 (name)", "TypeOfResourcedProvision (name)", "ResourcedProvisionOnRoll",
            "ResourcedProvisionCapacity", "SenUnitOnRoll", "SenUnitCapacity", "GOR (code)", "GOR (name)", "DistrictAdministrative (code)",
            "DistrictAdministrative (name)", "AdministrativeWard (code)", "AdministrativeWard (name)", "ParliamentaryConstituency (code)",
            "ParliamentaryConstituency (name)", "UrbanRural (code)", "UrbanRural (name)", "GSSLACode (name)", "Easting", "Northing",
            "MSOA (name)", "LSOA (name)", "InspectorateName (name)", "SENStat", "SENNoStat", "BoardingEstablishment (name)", "PropsName",
            "PreviousLA (code)", "PreviousLA (name)", "PreviousEstablishmentNumber", "OfstedRating (name)", "RSCRegion (name)",
            "Country (name)", "UPRN", "SiteName", "QABName (code)", "QABName (name)", "EstablishmentAccredited (code)",
            "EstablishmentAccredited (name)", "QABReport", "CHNumber", "MSOA (code)", "LSOA (code)", "FSM", "AccreditationExpiryDate");

    private static final String[][] LOCAL_AUTHORITIES = {{"202", "Camden"}, {"204", "Hackney"}, {"206", "Islington"},
        {"208", "Lambeth"}, {"210", "Southwark"}, {"212", "Wandsworth"}, {"302", "Barnet"}, {"304", "Brent"}, {"306", "Croydon"},
        {"307", "Ealing"}, {"313", "Hounslow"}, {"314", "Kingston upon Thames"}, {"315", "Merton"}, {"318", "Richmond upon Thames"},
        {"319", "Sutton"}, {"330", "Birmingham"}, {"352", "Manchester"}, {"383", "Leeds"}, {"850", "Hampshire"}, {"868", "Windsor and Maidenhead"},
        {"886", "Kent"}, {"936", "Surrey"}};
    private static final String[] PLACES = {"Oakfield", "Riverside", "Hollybank", "Kingfisher", "Meadowbank", "Thornhill", "Ashcombe",
        "Beechwood", "Elmhurst", "Willow Lane", "Cedars Park", "Fairmead", "Lime Grove", "Hawthorn Park", "Grange", "Brook Farm"};
    private static final String[] SAINTS = {"St Mary's", "St Joseph's", "St Thérèse's", "St Aidan's", "St Agnès", "Holy Trinity",
        "St John the Baptist", "Our Lady of Lourdes", "St Cuthbert's", "St Brendan's"};
    private static final String[] TOWNS = {"London", "Kingston upon Thames", "Surbiton", "Twickenham", "Croydon", "Birmingham",
        "Manchester", "Leeds", "Winchester", "Maidstone", "Guildford", "Maidenhead"};
    private static final String[] STREETS = {"Church Road", "High Street", "Grange Road", "Station Road", "Park Lane", "School Lane",
        "Victoria Road", "Mill Lane", "The Green", "London Road"};
    private static final String[] OUTWARD = {"KT1", "KT2", "KT6", "TW1", "TW9", "SW19", "CR0", "N1", "E8", "B15", "M14", "LS6", "SO23",
        "ME14", "GU1", "SL6"};
    private static final String LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final DateTimeFormatter GIAS_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** Kinds of school, with their GIAS type, type group, phase and statutory ages. */
    private record Kind(String typeCode, String type, String groupCode, String group, String phaseCode, String phase, int low, int high,
                        String suffix) {
    }

    private static final Kind[] KINDS = {
        new Kind("1", "Community school", "4", "Local authority maintained schools", "2", "Primary", 4, 11, "Primary School"),
        new Kind("2", "Voluntary aided school", "4", "Local authority maintained schools", "2", "Primary", 4, 11, "Catholic Primary School"),
        new Kind("3", "Voluntary controlled school", "4", "Local authority maintained schools", "2", "Primary", 4, 11,
                "Church of England Primary School"),
        new Kind("28", "Academy converter", "10", "Academies", "4", "Secondary", 11, 18, "Academy"),
        new Kind("34", "Academy sponsor led", "10", "Academies", "4", "Secondary", 11, 16, "High School"),
        new Kind("1", "Community school", "4", "Local authority maintained schools", "2", "Primary", 3, 7, "Infant and Nursery School"),
        new Kind("15", "Local authority nursery school", "4", "Local authority maintained schools", "1", "Nursery", 2, 5, "Nursery School"),
        new Kind("7", "Community special school", "5", "Special schools", "0", "Not applicable", 3, 19, "School"),
        new Kind("11", "Other independent school", "3", "Independent schools", "7", "All-through", 3, 18, "School"),
        new Kind("18", "Further education", "2", "Colleges", "0", "Not applicable", 16, 99, "College")};

    private final long seed;
    private final int rows;

    GiasExtractGenerator(long seed, int rows) {
        this.seed = seed;
        this.rows = rows;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: GiasExtractGenerator <file to write> [rows, default 50000] [seed, default 1]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        try (OutputStream out = Files.newOutputStream(file)) {
            new GiasExtractGenerator(seed, rows).writeTo(out);
        }
        System.out.printf("Wrote %,d establishments (%,d bytes) to %s%n", rows, Files.size(file), file);
    }

    byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    void writeTo(OutputStream out) throws IOException {
        Random random = new Random(seed);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, GiasExtractReader.GIAS_CHARSET), 64 * 1024);
        writeRow(writer, HEADINGS);
        for (int i = 0; i < rows; i++) {
            writeRow(writer, establishment(100000 + i, random));
        }
        writer.flush();
    }

    private static List<String> establishment(int urn, Random random) {
        String[] la = LOCAL_AUTHORITIES[random.nextInt(LOCAL_AUTHORITIES.length)];
        Kind kind = KINDS[random.nextInt(KINDS.length)];
        int roll = random.nextInt(100);
        String statusCode = roll < 70 ? "1" : roll < 95 ? "2" : roll < 98 ? "4" : "3";
        String status = switch (statusCode) {
            case "1" -> "Open";
            case "2" -> "Closed";
            case "4" -> "Open, but proposed to close";
            default -> "Proposed to open";
        };
        LocalDate opened = LocalDate.of(1950 + random.nextInt(75), 9, 1);
        LocalDate closed = "2".equals(statusCode) ? opened.plusYears(1 + random.nextInt(40)).withMonth(8).withDayOfMonth(31) : null;
        int pupils = 20 + random.nextInt(1500);
        List<String> values = new ArrayList<>(HEADINGS.size());
        for (String heading : HEADINGS) {
            values.add(switch (heading) {
                case "URN" -> String.valueOf(urn);
                case "LA (code)" -> la[0];
                case "LA (name)" -> la[1];
                case "EstablishmentNumber" -> String.valueOf(1000 + random.nextInt(9000));
                case "EstablishmentName" -> name(kind, random);
                case "TypeOfEstablishment (code)" -> kind.typeCode();
                case "TypeOfEstablishment (name)" -> kind.type();
                case "EstablishmentTypeGroup (code)" -> kind.groupCode();
                case "EstablishmentTypeGroup (name)" -> kind.group();
                case "EstablishmentStatus (code)" -> statusCode;
                case "EstablishmentStatus (name)" -> status;
                case "OpenDate" -> GIAS_DATE.format(opened);
                case "CloseDate" -> closed == null ? "" : GIAS_DATE.format(closed);
                case "PhaseOfEducation (code)" -> kind.phaseCode();
                case "PhaseOfEducation (name)" -> kind.phase();
                case "StatutoryLowAge" -> String.valueOf(kind.low());
                case "StatutoryHighAge" -> kind.high() == 99 ? "" : String.valueOf(kind.high());
                case "NumberOfPupils" -> closed == null ? String.valueOf(pupils) : "";
                case "NumberOfBoys" -> closed == null ? String.valueOf(pupils / 2) : "";
                case "NumberOfGirls" -> closed == null ? String.valueOf(pupils - pupils / 2) : "";
                case "UKPRN" -> random.nextInt(3) == 0 ? "" : String.valueOf(10000000 + random.nextInt(90000000));
                case "Street" -> (1 + random.nextInt(200)) + " " + STREETS[random.nextInt(STREETS.length)];
                case "Locality" -> random.nextBoolean() ? "" : PLACES[random.nextInt(PLACES.length)];
                case "Town" -> TOWNS[random.nextInt(TOWNS.length)];
                case "Postcode" -> OUTWARD[random.nextInt(OUTWARD.length)] + " " + random.nextInt(10)
                        + LETTERS.charAt(random.nextInt(LETTERS.length())) + LETTERS.charAt(random.nextInt(LETTERS.length()));
                case "SchoolWebsite" -> "www.school" + urn + ".example";
                case "TelephoneNum" -> "020" + (10000000 + random.nextInt(90000000));
                case "HeadFirstName" -> "Alex";
                case "HeadLastName" -> "Morgan";
                case "Easting" -> String.valueOf(400000 + random.nextInt(200000));
                case "Northing" -> String.valueOf(100000 + random.nextInt(400000));
                case "Country (name)" -> "United Kingdom";
                case "SchoolCapacity" -> String.valueOf(pupils + random.nextInt(200));
                case "PercentageFSM" -> String.format(Locale.ROOT, "%.1f", random.nextDouble() * 40);
                default -> filler(heading, random);
            });
        }
        return values;
    }

    private static String name(Kind kind, Random random) {
        int pick = random.nextInt(20);
        if (pick < 6) {
            return SAINTS[random.nextInt(SAINTS.length)] + " " + kind.suffix();
        }
        if (pick == 6) {
            // Academy trusts' names carry commas, so GIAS quotes them.
            return SAINTS[random.nextInt(SAINTS.length)] + " " + kind.suffix() + ", a Catholic Voluntary Academy";
        }
        if (pick == 7) {
            return "The \"" + PLACES[random.nextInt(PLACES.length)] + "\" " + kind.suffix();
        }
        return PLACES[random.nextInt(PLACES.length)] + " " + kind.suffix();
    }

    /** A value of the kind the column holds, for the columns the register ignores. */
    private static String filler(String heading, Random random) {
        if (random.nextInt(3) == 0) {
            return "";
        }
        if (heading.endsWith("(code)")) {
            return String.valueOf(random.nextInt(20));
        }
        if (heading.endsWith("(name)")) {
            return random.nextBoolean() ? "Not applicable" : "Does not apply";
        }
        if (heading.endsWith("Date") || heading.startsWith("Date") || heading.endsWith("Insp") || heading.endsWith("Visit")) {
            return GIAS_DATE.format(LocalDate.of(2015 + random.nextInt(11), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        }
        return String.valueOf(random.nextInt(1000));
    }

    private static void writeRow(Writer writer, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quotedIfNeeded(values.get(i)));
        }
        writer.write("\r\n");
    }

    private static String quotedIfNeeded(String value) {
        boolean needsQuotes = value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return needsQuotes ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
