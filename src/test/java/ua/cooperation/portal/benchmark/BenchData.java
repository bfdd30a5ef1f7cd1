package ua.cooperation.portal.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongConsumer;

/**
 * Writes the large benchmark data set into a database whose schema Liquibase has built (with the demo data, whose
 * users the benchmarks sign in as). Deterministic: the same {@link #SEED} gives the same rows. Plain JDBC with
 * multi-row inserts ({@link BulkInsert}), foreign-key and unique checks off for the session, explicit ids after the
 * demo records' ids. The record history (Envers tables) is left empty for the generated rows: they were never
 * edited.
 * <p>
 * Distributions: a few partner countries dominate (Lithuania, Poland, Germany … hold about 80 % of the records),
 * dates spread over 2015–2027, most action items done, about a third of the meetings and half of the other business
 * records shared with partners.
 */
final class BenchData {

    static final long SEED = 20_261_202L;

    /**
     * A fraction of the full data set ({@code -Dportal.bench.scale=0.001}: a thousand meetings), for trying the
     * generator and a benchmark out quickly; the figures of docs/performance.md are at scale 1.
     */
    static final double SCALE = Double.parseDouble(System.getProperty("portal.bench.scale", "1"));
    static final int ORGANISATIONS = scaled(50_000);
    static final int PEOPLE = scaled(100_000);
    static final int PARTNER_MUNICIPALITIES = scaled(10_000);
    static final int PARTNERSHIPS = scaled(20_000);
    static final int PROGRAMMES = scaled(50_000);
    static final int MEETINGS = scaled(1_000_000);
    static final int ACTION_ITEMS = scaled(2_000_000);
    static final int SECURITY_EVENTS = scaled(300_000);
    /**
     * Decisions beyond a meeting's first (issue 22): 0–3 more per meeting, a fifth of the meetings one more again, so
     * about two per meeting (2M at scale 1); drawn from {@link #topics} so the rows drawn before them stay the same.
     */
    static final int MORE_DECISIONS_MAX = 3;
    static final int STAFF_USERS = 200;

    /** The bcrypt hash of the demo password: generated users can sign in (load tests). */
    static final String DEMO_PASSWORD_HASH = "{bcrypt}$2a$12$W.RmI9WrXIsAEt0WM/HlZ.rBevsPQhU5xro09KfpHZUokZTibiuBu";

    /** Partner countries and their weights; the rest of the world shares {@link #OTHER_WEIGHT}. */
    private static final Map<String, Integer> MAIN_COUNTRIES = new LinkedHashMap<>();

    static {
        MAIN_COUNTRIES.put("LT", 24);
        MAIN_COUNTRIES.put("PL", 18);
        MAIN_COUNTRIES.put("DE", 11);
        MAIN_COUNTRIES.put("UA", 6);
        MAIN_COUNTRIES.put("US", 4);
        MAIN_COUNTRIES.put("FR", 3);
        MAIN_COUNTRIES.put("SE", 3);
        MAIN_COUNTRIES.put("LV", 3);
        MAIN_COUNTRIES.put("EE", 3);
        MAIN_COUNTRIES.put("NL", 2);
        MAIN_COUNTRIES.put("CZ", 2);
        MAIN_COUNTRIES.put("GB", 2);
    }

    private static final int OTHER_WEIGHT = 19;

    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2027, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay());
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static final String[][] SYLLABLES = {
            {"ka", "ка"}, {"ro", "ро"}, {"vi", "ві"}, {"lan", "лан"}, {"mi", "мі"}, {"to", "то"}, {"ne", "не"},
            {"da", "да"}, {"ber", "бер"}, {"gi", "гі"}, {"sto", "сто"}, {"ra", "ра"}, {"du", "ду"}, {"li", "лі"},
            {"ko", "ко"}, {"ver", "вер"}, {"pa", "па"}, {"me", "ме"}, {"sa", "са"}, {"tur", "тур"}, {"no", "но"},
            {"bo", "бо"}, {"lin", "лін"}, {"ze", "зе"}, {"mar", "мар"}, {"ta", "та"}, {"ru", "ру"}, {"dan", "дан"}};
    private static final String[][] ORGANISATION_WORDS = {
            {"Association", "Асоціація"}, {"Foundation", "Фонд"}, {"Centre", "Центр"}, {"Agency", "Агенція"},
            {"University", "Університет"}, {"Hospital", "Лікарня"}, {"School", "Школа"}, {"Council", "Рада"},
            {"Institute", "Інститут"}, {"Union", "Спілка"}};
    private static final String[][] GIVEN = {
            {"Олена", "Olena"}, {"Ірина", "Iryna"}, {"Андрій", "Andrii"}, {"Олександр", "Oleksandr"},
            {"Наталія", "Nataliia"}, {"Юрій", "Yurii"}, {"Rasa", "Rasa"}, {"Jonas", "Jonas"}, {"Agnieszka", "Agnieszka"},
            {"Piotr", "Piotr"}, {"Anna", "Anna"}, {"Thomas", "Thomas"}, {"Maria", "Maria"}, {"John", "John"},
            {"Sophie", "Sophie"}, {"Lars", "Lars"}, {"Ieva", "Ieva"}, {"Tomasz", "Tomasz"}, {"Katrin", "Katrin"},
            {"Дмитро", "Dmytro"}};
    private static final String[][] FAMILY = {
            {"Коваленко", "Kovalenko"}, {"Бондар", "Bondar"}, {"Шевченко", "Shevchenko"}, {"Мельник", "Melnyk"},
            {"Petrauskienė", "Petrauskiene"}, {"Kazlauskas", "Kazlauskas"}, {"Wiśniewska", "Wisniewska"},
            {"Nowak", "Nowak"}, {"Müller", "Mueller"}, {"Schmidt", "Schmidt"}, {"Smith", "Smith"}, {"Dubois", "Dubois"},
            {"Andersson", "Andersson"}, {"Bērziņš", "Berzins"}, {"Tamm", "Tamm"}, {"Novák", "Novak"},
            {"Ткаченко", "Tkachenko"}, {"Кравчук", "Kravchuk"}, {"Jansen", "Jansen"}, {"Brown", "Brown"}};
    private static final String[] POSTS = {"Ambassador", "Consul", "Director", "Head of unit", "Mayor", "Adviser",
            "Project manager", "Coordinator", "Rector", "Chief physician"};
    private static final String[] MEETING_TYPES = {"WORKING_VISIT", "DELEGATION_VISIT", "EMBASSY_MEETING",
            "VIDEO_CALL", "CONFERENCE", "OTHER"};
    private static final String[] MEETING_TITLES = {"Робоча зустріч щодо співпраці", "Візит делегації",
            "Зустріч у посольстві", "Онлайн-нарада з партнерами", "Конференція з відновлення", "Консультації",
            "Working meeting on cooperation", "Partner call on the programme"};
    private static final String[] ACTION_TITLES = {"Підготувати проєкт меморандуму", "Надіслати запрошення",
            "Погодити програму візиту", "Зібрати пропозиції громад", "Підготувати звіт", "Send the draft agreement",
            "Organise a follow-up call", "Оновити контакти"};
    private static final String[] SECTORS = {"BASIC_HEALTH_CARE", "BASIC_HEALTH_INFRASTRUCTURE", "PRIMARY_EDUCATION",
            "CIVILIAN_PEACE_BUILDING", "ENDING_VIOLENCE_AGAINST_WOMEN", "SOCIAL_PROTECTION", "EMPLOYMENT",
            "CULTURE_AND_RECREATION", "MATERIAL_RELIEF", "REHABILITATION_RELIEF"};
    private static final String[] TARGET_GROUPS = {"SERVICE_MEMBERS", "SERVICE_MEMBER_FAMILIES",
            "FAMILIES_OF_THE_FALLEN", "VETERANS", "DISPLACED_PERSONS", "CHILDREN", "EDUCATORS_STUDENTS",
            "HEALTH_WORKERS", "GENERAL_PUBLIC"};
    private static final String[] SUPPORT_AREAS = {"PSYCHOLOGICAL", "SOCIAL_GUARANTEES", "MEDICAL", "SPIRITUAL_CARE",
            "EDUCATION", "CULTURE", "RECREATION"};
    private static final String[] AREAS = {"EDUCATION", "CULTURE", "SOCIAL_SUPPORT", "HEALTHCARE", "VETERANS",
            "DISPLACED_PERSONS", "CHILDREN_RECREATION", "ECONOMY", "OTHER"};
    private static final String[] DECISION_TEXTS = {"Підготувати спільну програму", "Обмінятися досвідом",
            "Провести наступну зустріч", "Погодити меморандум", "Надіслати пропозиції щодо оздоровлення дітей"};
    private static final String[] CURRENCIES = {"EUR", "EUR", "EUR", "USD", "UAH", "PLN"};
    private static final String[] EVENT_TYPES = {"SIGN_IN", "SIGN_IN", "SIGN_IN", "SIGN_IN", "SIGN_OUT", "SIGN_OUT",
            "SIGN_IN_FAILED", "ACCESS_DENIED", "LOCKED_OUT", "USER_CHANGED"};

    private final Connection connection;
    private final Random random = new Random(SEED);
    /** The topics of meetings and decisions and the decisions beyond the first (issue 22), by their own seed. */
    private final Random topics = new Random(SEED + 22);
    private final LongConsumer progress;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private String[] countryCodes;
    private String[] otherCountries;
    private List<Long> staffUserIds;
    private long firstOrganisation;
    private long firstPerson;
    private long firstPartnerMunicipality;
    private long[] ukrainianMunicipalities;
    private long firstPartnership;
    private long firstProgramme;
    private long firstMeeting;
    private String[] partnershipCountry;

    private static int scaled(int full) {
        return Math.max(1, (int) Math.round(full * SCALE));
    }

    BenchData(Connection connection, LongConsumer progress) {
        this.connection = connection;
        this.progress = progress;
    }

    /** Rows written per table, in the order written. */
    Map<String, Long> counts() {
        return counts;
    }

    void generate() throws SQLException {
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute("SET SESSION foreign_key_checks = 0");
            statement.execute("SET SESSION unique_checks = 0");
        }
        countryCodes = strings("SELECT code FROM country ORDER BY code");
        otherCountries = java.util.Arrays.stream(countryCodes).filter(c -> !MAIN_COUNTRIES.containsKey(c))
                .toArray(String[]::new);
        try (var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE country SET partner_status = 'PARTNER' WHERE code IN ("
                    + String.join(", ", MAIN_COUNTRIES.keySet().stream().filter(c -> !c.equals("UA"))
                    .map(c -> "'" + c + "'").toList()) + ")");
        }
        users();
        organisations();
        people();
        municipalities();
        partnerships();
        programmes();
        meetings();
        securityEvents();
        try (var statement = connection.createStatement()) {
            statement.execute("SET SESSION foreign_key_checks = 1");
            statement.execute("SET SESSION unique_checks = 1");
        }
        connection.setAutoCommit(true);
    }

    // ------------------------------------------------------------------------------------------------ the tables

    private void users() throws SQLException {
        long first = next("user_account");
        staffUserIds = new ArrayList<>();
        try (var accounts = insert("user_account", "id", "version", "username", "display_name", "password_hash",
                "enabled", "failed_attempts", "expires_on", "preferred_language");
             var roles = insert("user_role", "user_id", "role");
             var countries = insert("user_country", "user_id", "country_code")) {
            for (int i = 0; i < STAFF_USERS + 20; i++) {
                long id = first + i;
                boolean liaison = i >= STAFF_USERS;
                var name = GIVEN[random.nextInt(GIVEN.length)][0] + " " + FAMILY[random.nextInt(FAMILY.length)][0];
                accounts.add(id, 0, String.format(liaison ? "bench-liaison-%03d" : "bench-officer-%03d", i), name,
                        DEMO_PASSWORD_HASH, true, 0, liaison ? LocalDate.of(2027, 12, 31) : null,
                        liaison ? "en" : "uk");
                roles.add(id, liaison ? "LIAISON" : "OFFICER");
                if (liaison) {
                    countries.add(id, country());
                } else {
                    staffUserIds.add(id);
                }
            }
            done(accounts, roles, countries);
        }
    }

    private void organisations() throws SQLException {
        firstOrganisation = next("organisation");
        String[] types = {"NGO", "NGO", "NGO", "SCHOOL_UNIVERSITY", "SCHOOL_UNIVERSITY", "HOSPITAL", "MUNICIPALITY",
                "MUNICIPALITY", "REGIONAL_ADMINISTRATION", "MINISTRY", "INTERNATIONAL_ORGANISATION", "EMBASSY",
                "CONSULATE", "HONORARY_CONSULATE", "OTHER"};
        try (var rows = insert("organisation", "id", "version", "type", "name_original", "name_uk", "name_en",
                "country_code", "parent_id", "email", "website", "updated_at", "updated_by")) {
            for (int i = 0; i < ORGANISATIONS; i++) {
                long id = firstOrganisation + i;
                var word = ORGANISATION_WORDS[random.nextInt(ORGANISATION_WORDS.length)];
                var stem = word();
                Long parent = i > 100 && random.nextInt(10) == 0 ? firstOrganisation + random.nextInt(i) : null;
                var latin = word[0] + " " + stem[0];
                rows.add(id, 0, types[random.nextInt(types.length)], latin, word[1] + " " + stem[1], latin,
                        country(), parent, random.nextInt(3) == 0 ? "office" + i + "@example.org" : null,
                        random.nextInt(4) == 0 ? "https://example.org/" + i : null, timestamp(), "generator");
            }
            done(rows);
        }
    }

    private void people() throws SQLException {
        firstPerson = next("person");
        long firstPosition = next("person_position");
        try (var people = insert("person", "id", "version", "given_name", "family_name", "given_name_latin",
                "family_name_latin", "country_code", "email", "updated_at", "updated_by");
             var positions = insert("person_position", "id", "version", "person_id", "organisation_id", "title",
                     "from_date", "to_date", "updated_at", "updated_by")) {
            long position = firstPosition;
            for (int i = 0; i < PEOPLE; i++) {
                long id = firstPerson + i;
                var given = GIVEN[random.nextInt(GIVEN.length)];
                var family = FAMILY[random.nextInt(FAMILY.length)];
                people.add(id, 0, given[0], family[0], given[1], family[1], country(),
                        random.nextInt(2) == 0 ? "person" + i + "@example.org" : null, timestamp(), "generator");
                int posts = 1 + (random.nextInt(3) == 0 ? 1 : 0);
                var from = date();
                for (int p = 0; p < posts; p++) {
                    var to = p + 1 < posts ? from.plusDays(200 + random.nextInt(1500)) : null;
                    positions.add(position++, 0, id, organisation(), POSTS[random.nextInt(POSTS.length)], from, to,
                            timestamp(), "generator");
                    if (to != null) {
                        from = to.plusDays(1);
                    }
                }
            }
            done(people, positions);
        }
    }

    private void municipalities() throws SQLException {
        long first = next("municipality");
        var hromadas = new ArrayList<String[]>();
        try (var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT code, name, name_latin FROM admin_unit "
                     + "WHERE unit_level = 'HROMADA' AND withdrawn = FALSE AND code NOT IN "
                     + "(SELECT hromada_code FROM municipality WHERE hromada_code IS NOT NULL) ORDER BY code")) {
            while (result.next()) {
                hromadas.add(new String[]{result.getString(1), result.getString(2), result.getString(3)});
            }
        }
        long id = first;
        try (var rows = insert("municipality", "id", "version", "side", "country_code", "hromada_code",
                "name_original", "name_uk", "name_en", "national_code", "updated_at", "updated_by")) {
            for (var hromada : hromadas) {
                rows.add(id++, 0, "UKRAINIAN", "UA", hromada[0], hromada[1], hromada[1], hromada[2], null,
                        timestamp(), "generator");
            }
            firstPartnerMunicipality = id;
            for (int i = 0; i < PARTNER_MUNICIPALITIES; i++) {
                var stem = word();
                var country = partnerCountry();
                rows.add(id++, 0, "PARTNER", country, null, stem[0] + " municipality", "Громада " + stem[1],
                        stem[0] + " Municipality", country + String.format("%05d", i), timestamp(), "generator");
            }
            done(rows);
        }
        ukrainianMunicipalities = longs("SELECT id FROM municipality WHERE side = 'UKRAINIAN' ORDER BY id");
    }

    private void partnerships() throws SQLException {
        firstPartnership = next("partnership");
        long change = next("partnership_status_change");
        partnershipCountry = new String[PARTNERSHIPS];
        String[] statuses = {"ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "SIGNED", "DORMANT", "DORMANT", "NEGOTIATING",
                "PROPOSED", "TERMINATED"};
        String[] types = {"TWINNING", "COOPERATION_AGREEMENT", "COOPERATION_AGREEMENT", "MEMORANDUM", "INFORMAL"};
        try (var rows = insert("partnership", "id", "version", "ukrainian_municipality_id", "partner_municipality_id",
                "partner_organisation_id", "country_code", "type", "status", "awaiting_confirmation",
                "ukrainian_focal_person_id", "partner_focal_person_id", "signed_on", "valid_until", "notes",
                "shared_with_partners", "last_contact_on", "updated_at", "updated_by");
             var areas = insert("partnership_area", "partnership_id", "area");
             var changes = insert("partnership_status_change", "id", "partnership_id", "kind", "from_status",
                     "to_status", "effective_on", "note", "changed_by", "changed_at")) {
            for (int i = 0; i < PARTNERSHIPS; i++) {
                long id = firstPartnership + i;
                var status = statuses[random.nextInt(statuses.length)];
                boolean withMunicipality = random.nextInt(5) > 0;
                long partnerMunicipality = firstPartnerMunicipality + random.nextInt(PARTNER_MUNICIPALITIES);
                // the partner municipality's country, found again from its row (same random sequence is not kept)
                var country = withMunicipality ? null : partnerCountry();
                var signed = status.equals("PROPOSED") || status.equals("NEGOTIATING") ? null : date();
                var validUntil = signed == null ? null : signed.plusYears(3 + random.nextInt(5));
                rows.add(id, 0, ukrainianMunicipalities[random.nextInt(ukrainianMunicipalities.length)],
                        withMunicipality ? partnerMunicipality : null, withMunicipality ? null : organisation(),
                        country == null ? "??" : country, types[random.nextInt(types.length)], status,
                        status.equals("ACTIVE") && random.nextInt(100) == 0,
                        random.nextBoolean() ? person() : null, random.nextBoolean() ? person() : null, signed,
                        validUntil, random.nextInt(4) == 0 ? "Internal notes on partnership " + i : null,
                        random.nextInt(10) < 6, signed == null ? null : signed.plusDays(random.nextInt(900)),
                        timestamp(), "generator");
                int areaCount = 1 + random.nextInt(3);
                int areaStart = random.nextInt(AREAS.length);
                for (int a = 0; a < areaCount; a++) {
                    areas.add(id, AREAS[(areaStart + a) % AREAS.length]);
                }
                changes.add(change++, id, "MOVED", null, "PROPOSED", signed == null ? date() : signed.minusDays(90),
                        null, "officer", timestamp());
                if (!status.equals("PROPOSED")) {
                    changes.add(change++, id, "MOVED", "PROPOSED", status, signed == null ? date() : signed, null,
                            "officer", timestamp());
                }
            }
            done(rows, areas, changes);
        }
        connection.commit();
        try (var statement = connection.createStatement()) {
            // the partner side's country, as the service sets it
            statement.executeUpdate("UPDATE partnership p JOIN municipality m ON m.id = p.partner_municipality_id "
                    + "SET p.country_code = m.country_code WHERE p.country_code = '??'");
        }
        connection.commit();
        var codes = strings("SELECT country_code FROM partnership WHERE id >= " + firstPartnership + " ORDER BY id");
        System.arraycopy(codes, 0, partnershipCountry, 0, Math.min(codes.length, PARTNERSHIPS));
    }

    private void programmes() throws SQLException {
        firstProgramme = next("programme");
        long approvalStep = next("programme_approval_step");
        String[] activity = {"IMPLEMENTATION", "IMPLEMENTATION", "IMPLEMENTATION", "CLOSED", "CLOSED", "FINALISATION",
                "PIPELINE", "CANCELLED", "SUSPENDED"};
        String[] approval = {"APPROVED", "APPROVED", "APPROVED", "APPROVED", "APPROVED", "DRAFT", "SUBMITTED",
                "RETURNED"};
        String[] roles = {"FUNDING", "ACCOUNTABLE", "EXTENDING", "IMPLEMENTING"};
        try (var rows = insert("programme", "id", "version", "identifier", "title",
                "summary", "activity_status", "approval", "planned_start", "planned_end",
                "actual_start", "budget_amount", "budget_currency", "budget_start", "budget_end",
                "shared_with_partners", "updated_at", "updated_by");
             var countries = insert("programme_country", "programme_id", "country_code");
             // the English and (for a third) Lithuanian texts are translations (ADR 0040)
             var texts = insert("content_translation", "version", "owner_kind", "owner_id", "field", "language",
                     "text", "outdated", "changed_at", "changed_by");
             var sectors = insert("programme_sector", "programme_id", "item_no", "sector", "percentage");
             var participants = insert("programme_participant", "programme_id", "item_no", "organisation_id", "role");
             var transactions = insert("programme_transaction", "programme_id", "item_no", "type",
                     "transaction_date", "amount", "currency", "provider_organisation_id", "receiver_organisation_id");
             var groups = insert("programme_target_group", "programme_id", "target_group");
             var supportAreas = insert("programme_support_area", "programme_id", "support_area");
             var partnerships = insert("programme_partnership", "programme_id", "partnership_id");
             var indicators = insert("programme_indicator", "programme_id", "item_no", "indicator_key", "title",
                     "unit", "baseline_value", "baseline_year", "target");
             var periods = insert("programme_indicator_period", "programme_id", "item_no", "indicator_index",
                     "period_start", "period_end", "target", "actual");
             var beneficiaries = insert("programme_beneficiary", "programme_id", "item_no", "target_group", "reached");
             var steps = insert("programme_approval_step", "id", "programme_id", "from_state", "to_state",
                     "comment_text", "changed_by", "changed_at")) {
            for (int i = 0; i < PROGRAMMES; i++) {
                long id = firstProgramme + i;
                var stem = word();
                var start = date();
                var end = start.plusMonths(6 + random.nextInt(36));
                var state = approval[random.nextInt(approval.length)];
                var currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
                rows.add(id, 0, String.format("UA-EDRPOU-00000000-B%06d", i), "Програма підтримки " + stem[1],
                        "Психологічна та соціальна підтримка",
                        activity[random.nextInt(activity.length)], state, start, end,
                        random.nextBoolean() ? start : null, BigDecimal.valueOf(10_000 + random.nextInt(5_000_000)),
                        currency, start, end, random.nextBoolean(), timestamp(), "generator");
                texts.add(0, "PROGRAMME", id, "title", "en", "Support programme " + stem[0], false, timestamp(),
                        "generator");
                texts.add(0, "PROGRAMME", id, "summary", "en", "Psychological and social support", false,
                        timestamp(), "generator");
                if (random.nextInt(3) == 0) {
                    texts.add(0, "PROGRAMME", id, "title", "lt", "Paramos programa " + stem[0], false, timestamp(),
                            "generator");
                }
                int countryCount = 1 + (random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0);
                var seen = new java.util.HashSet<String>();
                for (int c = 0; c < countryCount; c++) {
                    var code = country();
                    if (seen.add(code)) {
                        countries.add(id, code);
                    }
                }
                int sectorCount = 1 + random.nextInt(3);
                int sectorStart = random.nextInt(SECTORS.length);
                for (int s = 0; s < sectorCount; s++) {
                    int share = sectorCount == 1 ? 100 : s == 0 ? 100 - 25 * (sectorCount - 1) : 25;
                    sectors.add(id, s, SECTORS[(sectorStart + s) % SECTORS.length], share);
                }
                long funder = organisation();
                long implementer = organisation();
                participants.add(id, 0, funder, "FUNDING");
                participants.add(id, 1, implementer, "IMPLEMENTING");
                if (random.nextBoolean()) {
                    participants.add(id, 2, organisation(), roles[1 + random.nextInt(2)]);
                }
                int transactionCount = 1 + random.nextInt(5);
                for (int t = 0; t < transactionCount; t++) {
                    transactions.add(id, t, t == 0 ? "COMMITMENT" : "DISBURSEMENT",
                            start.plusDays(30L * t), BigDecimal.valueOf(1_000 + random.nextInt(500_000)), currency,
                            funder, implementer);
                }
                int groupStart = random.nextInt(TARGET_GROUPS.length);
                int groupCount = 1 + random.nextInt(3);
                for (int g = 0; g < groupCount; g++) {
                    groups.add(id, TARGET_GROUPS[(groupStart + g) % TARGET_GROUPS.length]);
                }
                supportAreas.add(id, SUPPORT_AREAS[random.nextInt(SUPPORT_AREAS.length)]);
                if (random.nextInt(5) == 0) {
                    partnerships.add(id, firstPartnership + random.nextInt(PARTNERSHIPS));
                }
                indicators.add(id, 0, 1, "People reached", "persons", BigDecimal.ZERO, start.getYear(),
                        BigDecimal.valueOf(100 + random.nextInt(5000)));
                periods.add(id, 0, 0, start, end, BigDecimal.valueOf(100 + random.nextInt(5000)),
                        BigDecimal.valueOf(random.nextInt(5000)));
                beneficiaries.add(id, 0, TARGET_GROUPS[groupStart], random.nextInt(10_000));
                if (!state.equals("DRAFT")) {
                    steps.add(approvalStep++, id, "DRAFT", "SUBMITTED", null, "officer", timestamp());
                    if (!state.equals("SUBMITTED")) {
                        steps.add(approvalStep++, id, "SUBMITTED", state,
                                state.equals("RETURNED") ? "Please complete the budget" : null, "head", timestamp());
                    }
                }
                if (i % 10_000 == 9_999) {
                    connection.commit();
                }
            }
            done(rows, countries, sectors, participants, transactions, groups, supportAreas, partnerships,
                    indicators, periods, beneficiaries, steps);
        }
        connection.commit();
    }

    private void meetings() throws SQLException {
        firstMeeting = next("meeting");
        long decision = next("meeting_decision");
        long item = next("action_item");
        long itemsLeft = ACTION_ITEMS;
        try (var rows = insert("meeting", "id", "version", "type", "title", "starts_at", "ends_at", "place",
                "online_link", "agenda", "internal_notes", "shared_with_partners", "updated_at", "updated_by");
             var countries = insert("meeting_country", "meeting_id", "country_code");
             var organisations = insert("meeting_organisation", "meeting_id", "organisation_id");
             var participants = insert("meeting_participant", "meeting_id", "person_id", "role");
             var users = insert("meeting_user", "meeting_id", "user_id");
             var partnerships = insert("meeting_partnership", "meeting_id", "partnership_id");
             var decisions = insert("meeting_decision", "id", "version", "meeting_id", "decision_number",
                     "decision_text", "decided_on", "updated_at", "updated_by");
             var items = insert("action_item", "id", "version", "meeting_id", "decision_id", "title",
                     "owner_user_id", "owner_person_id", "due_on", "status", "completion_note", "partnership_id",
                     "country_code", "updated_at", "updated_by");
             var meetingAreas = insert("meeting_area", "meeting_id", "area");
             var meetingGroups = insert("meeting_target_group", "meeting_id", "target_group");
             var decisionAreas = insert("decision_area", "decision_id", "area");
             var decisionGroups = insert("decision_target_group", "decision_id", "target_group")) {
            for (int i = 0; i < MEETINGS; i++) {
                long id = firstMeeting + i;
                int type = random.nextInt(MEETING_TYPES.length);
                var day = date();
                var starts = day.atTime(6 + random.nextInt(10), random.nextInt(4) * 15);
                boolean online = MEETING_TYPES[type].equals("VIDEO_CALL");
                boolean shared = random.nextInt(3) == 0;
                rows.add(id, 0, MEETING_TYPES[type], MEETING_TITLES[random.nextInt(MEETING_TITLES.length)] + " " + i,
                        starts, starts.plusMinutes(30 + 30L * random.nextInt(6)), online ? null : "Kyiv",
                        online ? "https://meet.example.org/" + i : null, "1. Current projects 2. Next steps",
                        random.nextInt(5) == 0 ? "Internal: follow up" : null, shared, timestamp(), "generator");
                var country = country();
                countries.add(id, country);
                if (random.nextInt(5) == 0) {
                    var second = country();
                    if (!second.equals(country)) {
                        countries.add(id, second);
                    }
                }
                organisations.add(id, organisation());
                long firstParticipant = person();
                participants.add(id, firstParticipant, "HOST");
                long secondParticipant = person();
                if (secondParticipant != firstParticipant) {
                    participants.add(id, secondParticipant, "GUEST");
                }
                long user = random.nextInt(20) == 0 ? 2 : staffUser();
                users.add(id, user);
                Long partnership = null;
                if (random.nextInt(10) == 0) {
                    int p = random.nextInt(PARTNERSHIPS);
                    partnership = firstPartnership + p;
                    partnerships.add(id, partnership);
                }
                Long decisionId = null;
                if (random.nextInt(10) < 3) {
                    decisionId = decision++;
                    decisions.add(decisionId, 0, id, 1, "Agree on the next steps", day, timestamp(), "generator");
                }
                // issue 22: the meeting's topics, and decisions beyond the first, with topics of their own at times
                topicsOf(id, meetingAreas, meetingGroups, 8, 6);
                var meetingDecisions = new ArrayList<Long>();
                if (decisionId != null) {
                    meetingDecisions.add(decisionId);
                    topicsOf(decisionId, decisionAreas, decisionGroups, 3, 2);
                }
                int more = topics.nextInt(MORE_DECISIONS_MAX + 1) + (topics.nextInt(5) == 0 ? 1 : 0);
                for (int k = 0; k < more; k++) {
                    long extra = decision++;
                    decisions.add(extra, 0, id, meetingDecisions.size() + 1, DECISION_TEXTS[topics.nextInt(
                            DECISION_TEXTS.length)] + " " + i, day, timestamp(), "generator");
                    meetingDecisions.add(extra);
                    topicsOf(extra, decisionAreas, decisionGroups, 3, 2);
                }
                int count = (int) Math.min(itemsLeft, i == MEETINGS - 1 ? itemsLeft : random.nextInt(5));
                itemsLeft -= count;
                for (int k = 0; k < count; k++) {
                    var due = day.plusDays(7 + random.nextInt(60));
                    // the first decision's items as before; a meeting's other decisions take items by their own draw
                    Long itemDecision = decisionId != null && random.nextBoolean() ? decisionId
                            : decisionId == null && !meetingDecisions.isEmpty() && topics.nextBoolean()
                            ? meetingDecisions.get(topics.nextInt(meetingDecisions.size())) : null;
                    items.add(item++, 0, id, itemDecision,
                            ACTION_TITLES[random.nextInt(ACTION_TITLES.length)], null, null, due,
                            itemStatus(due), null, partnership, random.nextInt(10) < 7 ? country : null, timestamp(),
                            "generator");
                }
                if (i % 20_000 == 19_999) {
                    connection.commit();
                    progress.accept(i + 1);
                }
            }
            done(rows, countries, organisations, participants, users, partnerships, decisions, items, meetingAreas,
                    meetingGroups, decisionAreas, decisionGroups);
        }
        connection.commit();
        assignOwners();
    }

    /**
     * Owners of the action items, set after the insert so that the random choices above stay compact: 45 % a portal
     * user (the demo officer 3 % of those, the demo head and liaisons 0.5–1 %, the rest the generated officers),
     * 55 % a registry person.
     */
    private void assignOwners() throws SQLException {
        long first = firstActionItem();
        try (var statement = connection.createStatement()) {
            // deterministic spread by id: no random numbers in SQL
            statement.executeUpdate("UPDATE action_item SET owner_person_id = " + firstPerson + " + MOD(id * 7919, "
                    + PEOPLE + ") WHERE id >= " + first + " AND MOD(id, 100) >= 45");
            statement.executeUpdate("UPDATE action_item SET owner_user_id = CASE "
                    + "WHEN MOD(id, 1000) < 13 THEN 2 WHEN MOD(id, 1000) < 18 THEN 3 "
                    + "WHEN MOD(id, 1000) < 20 THEN 4 WHEN MOD(id, 1000) < 22 THEN 5 "
                    + "ELSE " + staffUserIds.getFirst() + " + MOD(id * 31, " + staffUserIds.size() + ") END "
                    + "WHERE id >= " + first + " AND MOD(id, 100) < 45");
            connection.commit();
        }
    }

    private long firstActionItem() throws SQLException {
        return longs("SELECT MIN(id) FROM action_item WHERE meeting_id >= " + firstMeeting)[0];
    }

    private void securityEvents() throws SQLException {
        try (var rows = insert("security_event", "occurred_at", "event_type", "username", "detail")) {
            for (int i = 0; i < SECURITY_EVENTS; i++) {
                var user = random.nextInt(10) == 0 ? "officer" : String.format("bench-officer-%03d",
                        random.nextInt(STAFF_USERS));
                rows.add(timestamp(), EVENT_TYPES[random.nextInt(EVENT_TYPES.length)], user, "generated");
            }
            done(rows);
        }
        connection.commit();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private String itemStatus(LocalDate due) {
        int r = random.nextInt(100);
        if (due.isBefore(TODAY.minusDays(60))) {
            return r < 90 ? "DONE" : r < 97 ? "CANCELLED" : "OPEN";
        }
        return r < 40 ? "DONE" : r < 45 ? "CANCELLED" : r < 75 ? "OPEN" : "IN_PROGRESS";
    }

    private String country() {
        int r = random.nextInt(100);
        for (var entry : MAIN_COUNTRIES.entrySet()) {
            r -= entry.getValue();
            if (r < 0) {
                return entry.getKey();
            }
        }
        return otherCountries[random.nextInt(otherCountries.length)];
    }

    private String partnerCountry() {
        String code;
        do {
            code = country();
        } while (code.equals("UA"));
        return code;
    }

    private long organisation() {
        return firstOrganisation + random.nextInt(ORGANISATIONS);
    }

    private long person() {
        return firstPerson + random.nextInt(PEOPLE);
    }

    private long staffUser() {
        return staffUserIds.get(random.nextInt(staffUserIds.size()));
    }

    private String[] word() {
        int n = 2 + random.nextInt(2);
        var latin = new StringBuilder();
        var cyrillic = new StringBuilder();
        for (int i = 0; i < n; i++) {
            var s = SYLLABLES[random.nextInt(SYLLABLES.length)];
            latin.append(s[0]);
            cyrillic.append(s[1]);
        }
        latin.setCharAt(0, Character.toUpperCase(latin.charAt(0)));
        cyrillic.setCharAt(0, Character.toUpperCase(cyrillic.charAt(0)));
        return new String[]{latin.toString(), cyrillic.toString()};
    }

    private LocalDate date() {
        return FIRST_DAY.plusDays(random.nextInt(DAYS));
    }

    private LocalDateTime timestamp() {
        return date().atTime(random.nextInt(24), random.nextInt(60));
    }

    /**
     * Topics of one meeting or decision: in {@code areasInTen} of ten cases one or two cooperation areas, in
     * {@code groupsInTen} one or two target groups (each distinct).
     */
    private void topicsOf(long id, BulkInsert areas, BulkInsert groups, int areasInTen, int groupsInTen)
            throws SQLException {
        if (topics.nextInt(10) < areasInTen) {
            int first = topics.nextInt(AREAS.length);
            areas.add(id, AREAS[first]);
            int second = topics.nextInt(AREAS.length);
            if (topics.nextInt(3) == 0 && second != first) {
                areas.add(id, AREAS[second]);
            }
        }
        if (topics.nextInt(10) < groupsInTen) {
            int first = topics.nextInt(TARGET_GROUPS.length);
            groups.add(id, TARGET_GROUPS[first]);
            int second = topics.nextInt(TARGET_GROUPS.length);
            if (topics.nextInt(3) == 0 && second != first) {
                groups.add(id, TARGET_GROUPS[second]);
            }
        }
    }

    private BulkInsert insert(String table, String... columns) {
        return new BulkInsert(connection, table, columns);
    }

    private void done(BulkInsert... inserts) throws SQLException {
        for (var insert : inserts) {
            insert.close();
            counts.merge(insert.table(), insert.written(), Long::sum);
        }
        connection.commit();
    }

    private long next(String table) throws SQLException {
        return longs("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)[0] + 1000;
    }

    private String[] strings(String sql) throws SQLException {
        var values = new ArrayList<String>();
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values.toArray(String[]::new);
    }

    private long[] longs(String sql) throws SQLException {
        var values = new ArrayList<Long>();
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getLong(1));
            }
        }
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
