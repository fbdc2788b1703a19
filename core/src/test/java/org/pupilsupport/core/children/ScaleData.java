package org.pupilsupport.core.children;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.pupilsupport.core.schools.School;
import org.pupilsupport.core.startup.DatabaseMigrations;

/**
 * Invented but realistic children for one borough, written straight to the tables with JDBC batches: the
 * way to fill a demo with a few hundred children a borough, or a benchmark with a county's worth (Kent has
 * about 250,000 children of school age). The same seed always gives the same children, ids included, so a
 * figure measured on one run can be measured again on the same data.
 *
 * <p>Each child has a legal name drawn from names of many origins (accents, hyphens and apostrophes
 * included), sometimes a middle name or a preferred name, a date of birth making them 4 to 16, a valid UPN
 * issued by the borough's school, a current address with a UK-shaped postcode, and a current single
 * registration at one of the borough's invented schools. About one child in twelve has a former UPN from
 * another authority, and one in fifteen a former surname. The rows are those the {@link Child} aggregate
 * would persist, name tokens computed by {@link NameTokens} as the aggregate computes them.
 *
 * <p>From the command line, against a database the changelog is applied to first:
 *
 * <pre>
 * java -cp ... org.pupilsupport.core.children.ScaleData jdbc-url [children per borough, default 250000] [borough:laCode ...]
 * </pre>
 *
 * With no borough given it loads one, {@code kent} (LA 886): "Kent scale".
 */
public final class ScaleData {

    /** Rows per committed transaction: large enough for bulk speed, small enough for any database's log. */
    static final int CHILDREN_PER_COMMIT = 5_000;
    private static final int PROGRESS_EVERY = 50_000;
    /** Roughly a primary school's roll: the number of schools follows the number of children. */
    private static final int CHILDREN_PER_SCHOOL = 400;
    /** Invented schools take URNs from here, above the demo's own invented schools. */
    private static final int FIRST_URN = School.FIRST_INVENTED_URN + 6_000;
    private static final int URNS_PER_BOROUGH = 1_000;
    /** Ages 4 to 16 span up to 14 calendar years of birth, counted back from this year (index 4 to 17). */
    private static final int YEARS_OF_BIRTH = 18;

    private static final String[] FORENAMES = {"Oliver", "Amelia", "George", "Isla", "Noah", "Ava", "Muhammad", "Olivia", "Leo",
        "Lily", "Harry", "Freya", "Oscar", "Ivy", "Archie", "Florence", "Jack", "Sophia", "Arthur", "Mia", "Zoë", "Chloé", "Renée",
        "José", "Zoltán", "Łukasz", "Søren", "Björn", "Siobhán", "Aoife", "Niamh", "Seán", "Dáire", "Ayşe", "Çağrı", "Emre", "Aaliyah",
        "Fatima", "Aisha", "Yusuf", "Ibrahim", "Priya", "Arjun", "Ananya", "Rohan", "Kwame", "Adaeze", "Chidi", "Oluwaseun", "Wei",
        "Mei", "Hiroshi", "Yuki", "Thi Hoa", "Nguyễn", "Dmitri", "Anastasia", "Małgorzata", "Agnieszka", "Ioana", "Ștefan", "Mateus",
        "João", "Inês", "François", "Hélène", "Jürgen", "Anneliese", "Nikolaos", "Eleni", "Kofi", "Amara", "Tomás", "Maëlle", "Ela"};
    /** Weighted: the first names are the commonest, as Smith and Jones are. */
    private static final String[] SURNAMES = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
        "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Khan",
        "Patel", "Ahmed", "Ali", "Hussain", "Begum", "Singh", "Kaur", "Nguyen", "Chen", "Wang", "Kowalski", "Nowak", "Wiśniewski",
        "Popescu", "Ionescu", "O'Brien", "O'Connor", "McCarthy", "Ní Bhriain", "MacDonald", "Fitzgerald", "Okafor", "Adeyemi",
        "Mensah", "Owusu", "Yılmaz", "Öztürk", "Demir", "García", "Fernández", "López", "Müller", "Schröder", "Jäger", "Dubois",
        "Lefèvre", "Rossi", "Esposito", "Papadopoulos", "Ivanova", "Petrov", "Kim", "Tanaka", "Sato", "Haddad", "Ben Ali",
        "Smith-Jones", "Hughes-Okafor", "Al-Sayed", "da Silva", "van der Berg", "de la Cruz", "Ó Súilleabháin", "Þórsdóttir"};
    private static final String[] MIDDLE_NAMES = {"James", "Rose", "Grace", "Alexander", "Marie", "Ali", "Louise", "Thomas", "Mae",
        "Kumar", "Anne", "Zoë", "Jean-Luc", "Nnamdi"};
    private static final String[] STREETS = {"High Street", "Church Road", "Station Road", "Victoria Road", "Park Avenue", "Mill Lane",
        "London Road", "Queen's Road", "The Crescent", "Orchard Close", "St Mary's Way", "Windmill Hill", "Canterbury Road",
        "Maidstone Road", "Ashford Lane", "Tonbridge Road", "Elm Grove", "Hawthorn Drive", "Kingfisher Walk", "Beech Court"};
    private static final String[] PLACES = {"Oakfield", "Riverside", "Hollybank", "Meadowbank", "Thornhill", "Ashcombe", "Westbrook",
        "Greenacre", "Fairfield", "Brookside", "Hillview", "St Thérèse's", "Saint Agnès", "Holy Trinity", "Marsh Green"};
    private static final String[] ETHNICITIES = {"WBRI", "WBRI", "WBRI", "WIRI", "WOTH", "MWBC", "MWBA", "AIND", "APKN", "ABAN",
        "BAFR", "BCRB", "CHNE", "WROM", "OOTH"};
    private static final String[] FIRST_SYLLABLES = {"Ash", "Pen", "Tre", "Brad", "Whit", "Hol", "Mar", "Stan", "Kil", "Dun", "Fair",
        "Gold", "Hart", "Lang", "Mor", "Nor", "Ock", "Pol", "Rad", "Sel", "Thorn", "Wake", "Yar", "Bel", "Cor", "Dal", "Ell", "Fen",
        "Gar", "Hay", "Ing", "Kin", "Lind", "Mal", "Nan", "Ord", "Pem", "Quen", "Ros", "Sut"};
    private static final String[] LAST_SYLLABLES = {"bury", "wick", "garth", "ford", "ley", "ton", "by", "combe", "well", "stead",
        "worth", "hurst", "mere", "den", "field", "ham", "ridge", "more", "dale", "brook", "croft", "low", "shaw", "thwaite", "wood"};
    private static final String[] ENDINGS = {"e", "en", "er", "s", "son", "ey"};
    private static final String LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    /** A borough and the parts of its identity the data needs. */
    public record Borough(String tenantId, String laCode, String town, String[] postcodeAreas) {

        public static Borough kent() {
            return new Borough("kent", "886", "Maidstone", new String[] {"ME14", "ME15", "ME16", "CT1", "CT2", "TN1", "TN23", "DA1", "BR8"});
        }

        public static Borough kingston() {
            return new Borough("kingston", "314", "Kingston upon Thames", new String[] {"KT1", "KT2", "KT3", "KT5", "KT6", "KT9"});
        }

        public static Borough richmond() {
            return new Borough("richmond", "318", "Richmond", new String[] {"TW1", "TW2", "TW9", "TW10", "TW11", "SW13", "SW14"});
        }

        static Borough named(String tenantId, String laCode) {
            return switch (tenantId) {
                case "kent" -> kent();
                case "kingston" -> kingston();
                case "richmond" -> richmond();
                default -> new Borough(tenantId, laCode, "Newtown", new String[] {"AB1", "CD2", "EF3"});
            };
        }
    }

    /**
     * One generated child, as search sees them: what an officer might type to find them. The samples let a
     * benchmark draw query parameters from children that exist, so no timed search finds nothing.
     */
    public record Sample(String id, String forename, String surname, String upn, String formerUpn, LocalDate dateOfBirth,
            String postcode) {
    }

    /** What a load wrote and how long it took. */
    public record Loaded(Borough borough, int children, int schools, long rows, double seconds, List<Sample> samples) {

        public double childrenPerSecond() {
            return children / seconds;
        }

        public double rowsPerSecond() {
            return rows / seconds;
        }

        public String summary() {
            return String.format(Locale.UK, "Generated %,d children of %s (%,d schools, %,d rows in all) in %.1f s: %,.0f children a second,"
                    + " %,.0f rows a second", children, borough.tenantId(), schools, rows, seconds, childrenPerSecond(), rowsPerSecond());
        }
    }

    private final long seed;
    private final LocalDate today;
    private final Instant createdAt;

    /**
     * @param seed  the same seed gives the same children
     * @param today the day ages are counted from (fixed, so the data does not change with the calendar)
     */
    public ScaleData(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
        this.createdAt = today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 1) {
            System.err.println("Usage: ScaleData <jdbc-url> [children per borough, default 250000] [tenantId:laCode ...]");
            System.exit(2);
        }
        int children = args.length > 1 ? Integer.parseInt(args[1].replace("_", "").replace(",", "")) : 250_000;
        List<Borough> boroughs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String[] parts = args[i].split(":");
            boroughs.add(Borough.named(parts[0], parts.length > 1 ? parts[1] : "999"));
        }
        if (boroughs.isEmpty()) {
            boroughs.add(Borough.kent());
        }
        try (Connection connection = DriverManager.getConnection(args[0], System.getProperty("scale.jdbc.user"),
                System.getProperty("scale.jdbc.password"))) {
            DatabaseMigrations.migrate(connection);
            ScaleData data = new ScaleData(Long.getLong("scale.seed", 20261129), LocalDate.of(2026, 11, 29));
            for (int i = 0; i < boroughs.size(); i++) {
                Loaded loaded = data.load(connection, boroughs.get(i), i, children, 0);
                System.out.println(loaded.summary());
            }
        }
    }

    /**
     * Writes the borough's schools and children, committing every {@value #CHILDREN_PER_COMMIT} children.
     * Leaves the connection with auto-commit off.
     *
     * @param boroughIndex which block of invented URNs the borough's schools take (0, 1, 2...)
     * @param samplesWanted how many children to keep as {@link Sample}s, spread evenly over the load
     */
    public Loaded load(Connection connection, Borough borough, int boroughIndex, int children, int samplesWanted) throws SQLException {
        int schools = Math.max(1, (children + CHILDREN_PER_SCHOOL - 1) / CHILDREN_PER_SCHOOL);
        if (schools > URNS_PER_BOROUGH || FIRST_URN + (boroughIndex + 1) * URNS_PER_BOROUGH > 1_000_000) {
            throw new IllegalArgumentException("Too many children or boroughs for the invented URN block: " + children + " children, borough "
                    + boroughIndex);
        }
        // One stream of randomness per borough, so a borough's children do not depend on the others loaded.
        Random random = new Random(seed * 31 + borough.tenantId().hashCode());
        connection.setAutoCommit(false);
        long started = System.nanoTime();
        int firstUrn = FIRST_URN + boroughIndex * URNS_PER_BOROUGH;
        long rows = insertSchools(connection, borough, firstUrn, schools, random);
        connection.commit();
        // serials issued so far by each school for each year of entry (birth year + 4)
        int[][] issuedAt = new int[schools][YEARS_OF_BIRTH];
        List<Sample> samples = new ArrayList<>();
        int sampleEvery = samplesWanted <= 0 ? Integer.MAX_VALUE : Math.max(1, children / samplesWanted);
        try (PreparedStatement child = connection.prepareStatement("INSERT INTO CHILD (ID, TENANT_ID, LEGAL_FORENAME, LEGAL_MIDDLE_NAMES,"
                + " LEGAL_SURNAME, DATE_OF_BIRTH, UPN, SCHOOL_URN, CREATED_AT, VERSION, PREFERRED_FORENAME, PREFERRED_SURNAME, SEX,"
                + " ETHNICITY_CODE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)");
                PreparedStatement token = connection.prepareStatement("INSERT INTO CHILD_NAME_TOKEN (CHILD_ID, TOKEN) VALUES (?, ?)");
                PreparedStatement address = connection.prepareStatement("INSERT INTO CHILD_ADDRESS (CHILD_ID, ADDRESS_ID, LINE1, LINE2, TOWN,"
                        + " POSTCODE, FROM_DATE, TO_DATE) VALUES (?, ?, ?, NULL, ?, ?, ?, NULL)");
                PreparedStatement enrolment = connection.prepareStatement("INSERT INTO CHILD_ENROLMENT (CHILD_ID, ENROLMENT_ID, SCHOOL_URN,"
                        + " STATUS, START_DATE, END_DATE) VALUES (?, ?, ?, ?, ?, NULL)");
                PreparedStatement formerUpn = connection.prepareStatement("INSERT INTO CHILD_FORMER_UPN (CHILD_ID, VALUE, UNTIL_DATE) VALUES (?, ?, ?)");
                PreparedStatement formerSurname = connection.prepareStatement(
                        "INSERT INTO CHILD_FORMER_SURNAME (CHILD_ID, VALUE, UNTIL_DATE) VALUES (?, ?, ?)")) {
            for (int i = 0; i < children; i++) {
                String id = new UUID(random.nextLong(), random.nextLong()).toString();
                String forename = pick(FORENAMES, random);
                String surname = random.nextInt(10) == 0 ? rareSurname(random) : commonFirst(SURNAMES, random);
                String middle = random.nextInt(3) == 0 ? pick(MIDDLE_NAMES, random) : null;
                String preferredForename = random.nextInt(25) == 0 ? pick(FORENAMES, random) : null;
                String former = random.nextInt(15) == 0 ? commonFirst(SURNAMES, random) : null;
                if (surname.equals(former)) {
                    former = null;
                }
                // aged 4 to 16 today: born between 17 years less a day and 4 years ago
                LocalDate born = today.minusYears(4).minusDays(random.nextInt(365 * 13));
                int school = random.nextInt(schools);
                // a UPN is issued by the school in the child's year of entry: one serial per school and year
                int entryYear = born.getYear() + 4;
                int serial = issuedAt[school][today.getYear() - born.getYear()]++;
                if (serial >= 1_000) {
                    throw new IllegalStateException("More than 1,000 UPNs for one school and year: lower CHILDREN_PER_SCHOOL");
                }
                String upn = Upn.issue(borough.laCode(), establishmentNumber(school), entryYear, String.format(Locale.ROOT, "%03d", serial))
                        .value();
                String sex = random.nextBoolean() ? "FEMALE" : "MALE";
                String postcode = postcode(borough, random);

                child.setString(1, id);
                child.setString(2, borough.tenantId());
                child.setString(3, forename);
                child.setString(4, middle);
                child.setString(5, surname);
                child.setDate(6, Date.valueOf(born));
                child.setString(7, upn);
                child.setInt(8, firstUrn + school);
                child.setTimestamp(9, Timestamp.from(createdAt));
                setNullable(child, 10, preferredForename);
                child.setNull(11, Types.VARCHAR);
                child.setString(12, sex);
                child.setString(13, pick(ETHNICITIES, random));
                child.addBatch();
                rows++;

                Set<String> tokens = NameTokens.of(forename, middle, surname, preferredForename, former);
                for (String each : tokens) {
                    token.setString(1, id);
                    token.setString(2, each);
                    token.addBatch();
                    rows++;
                }

                address.setString(1, id);
                address.setString(2, new UUID(random.nextLong(), random.nextLong()).toString());
                address.setString(3, (1 + random.nextInt(180)) + " " + pick(STREETS, random));
                address.setString(4, borough.town());
                address.setString(5, postcode);
                address.setDate(6, Date.valueOf(born.plusYears(random.nextInt(4))));
                address.addBatch();
                rows++;

                enrolment.setString(1, id);
                enrolment.setString(2, new UUID(random.nextLong(), random.nextLong()).toString());
                enrolment.setInt(3, firstUrn + school);
                enrolment.setString(4, EnrolmentStatus.CURRENT_SINGLE.name());
                enrolment.setDate(5, Date.valueOf(LocalDate.of(born.getYear() + 4 + (born.getMonthValue() >= 9 ? 1 : 0), 9, 1)));
                enrolment.addBatch();
                rows++;

                String formerUpnValue = null;
                if (random.nextInt(12) == 0) {
                    // issued elsewhere before the child moved in: another authority, a serial of its own
                    formerUpnValue = Upn.issue("2" + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(12)),
                            String.format(Locale.ROOT, "%04d", 2000 + i / 1_000 % 8_000), born.getYear() + 4, String.format(Locale.ROOT,
                                    "%03d", i % 1_000)).value();
                    formerUpn.setString(1, id);
                    formerUpn.setString(2, formerUpnValue);
                    formerUpn.setDate(3, Date.valueOf(born.plusYears(6)));
                    formerUpn.addBatch();
                    rows++;
                }
                if (former != null) {
                    formerSurname.setString(1, id);
                    formerSurname.setString(2, former);
                    formerSurname.setDate(3, Date.valueOf(born.plusYears(2 + random.nextInt(3))));
                    formerSurname.addBatch();
                    rows++;
                }
                if (i % sampleEvery == 0 && samples.size() < samplesWanted) {
                    samples.add(new Sample(id, forename, surname, upn, formerUpnValue, born, postcode));
                }
                if ((i + 1) % CHILDREN_PER_COMMIT == 0 || i == children - 1) {
                    // parents before the rows that refer to them
                    child.executeBatch();
                    token.executeBatch();
                    address.executeBatch();
                    enrolment.executeBatch();
                    formerUpn.executeBatch();
                    formerSurname.executeBatch();
                    connection.commit();
                }
                if ((i + 1) % PROGRESS_EVERY == 0) {
                    System.out.printf(Locale.UK, "  %,d children of %s, %,.0f a second so far%n", i + 1, borough.tenantId(),
                            (i + 1) / ((System.nanoTime() - started) / 1e9));
                }
            }
        }
        return new Loaded(borough, children, schools, rows, (System.nanoTime() - started) / 1e9, samples);
    }

    private long insertSchools(Connection connection, Borough borough, int firstUrn, int schools, Random random) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO SCHOOL (URN, LA_CODE, ESTABLISHMENT_NUMBER, NAME, PHASE,"
                + " ESTABLISHMENT_TYPE, ESTABLISHMENT_STATUS, NAME_FOR_SEARCH, TOWN, POSTCODE, STATUTORY_LOW_AGE, STATUTORY_HIGH_AGE)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'Open', ?, ?, ?, ?, ?)")) {
            for (int s = 0; s < schools; s++) {
                boolean secondary = s % 5 == 4;
                String name = pick(PLACES, random) + (secondary ? " Academy " : " Primary School ") + (s + 1);
                insert.setInt(1, firstUrn + s);
                insert.setString(2, borough.laCode());
                insert.setString(3, establishmentNumber(s));
                insert.setString(4, name);
                insert.setString(5, secondary ? "Secondary" : "Primary");
                insert.setString(6, secondary ? "Academy converter" : "Community school");
                insert.setString(7, School.searchable(name));
                insert.setString(8, borough.town());
                insert.setString(9, postcode(borough, random));
                insert.setInt(10, secondary ? 11 : 4);
                insert.setInt(11, secondary ? 18 : 11);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return schools;
    }

    /** Primary schools are numbered from 2000 and secondaries from 4000 in DfE practice; near enough here. */
    private static String establishmentNumber(int school) {
        return String.format(Locale.ROOT, "%04d", (school % 5 == 4 ? 4000 : 2000) + school);
    }

    private static String postcode(Borough borough, Random random) {
        // A few thousand distinct postcodes a borough, as a real one has: a sector digit and two unit letters.
        return borough.postcodeAreas()[random.nextInt(borough.postcodeAreas().length)] + " " + random.nextInt(10)
                + LETTERS.charAt(random.nextInt(LETTERS.length())) + LETTERS.charAt(random.nextInt(LETTERS.length()));
    }

    /**
     * A surname of the long tail every real register has: syllables run together (Ashbury, Penwick,
     * Tregarthen...), some thousands of them, each held by a few children in a county.
     */
    private static String rareSurname(Random random) {
        String name = pick(FIRST_SYLLABLES, random) + pick(LAST_SYLLABLES, random);
        return random.nextInt(3) == 0 ? name + pick(ENDINGS, random) : name;
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    /** Skewed towards the start of the list: the square of a uniform number. */
    private static String commonFirst(String[] values, Random random) {
        double u = random.nextDouble();
        return values[(int) (u * u * values.length)];
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /** The database a connection is on, for printed figures. */
    public static String describe(Connection connection) throws SQLException {
        DatabaseMetaData database = connection.getMetaData();
        return database.getDatabaseProductName() + " " + database.getDatabaseProductVersion();
    }
}
