package se.vaksam.org;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.vaksam.shared.DemoMode;

/**
 * Loads the demo administration (shaped like Malmö's arbetsmarknads- och socialförvaltning:
 * IFO, AMA/EBB and BTS) from {@code demo/*.csv} on first start in embedded demo mode only.
 * The files use the same columns as the organisation export.
 */
@Component
class DemoOrganisation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final JdbcClient jdbc;
    private final Environment env;
    private final ApplicationEventPublisher events;

    DemoOrganisation(JdbcClient jdbc, Environment env, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.env = env;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (!DemoMode.isEnabled(env)) {
            return;
        }
        Integer units = jdbc.sql("select count(*) from org_unit").query(Integer.class).single();
        if (units > 0) {
            return;
        }
        for (CSVRecord row : read("demo/units.csv")) {
            String parent = row.get("parent_code");
            jdbc.sql("""
                    insert into org_unit (code, name, type, parent_id)
                    values (?, ?, ?, (select id from org_unit where code = ?))""")
                    .params(row.get("code"), row.get("name"), row.get("type"), parent.isBlank() ? null : parent)
                    .update();
        }
        List<String> usernames = new ArrayList<>();
        for (CSVRecord row : read("demo/people.csv")) {
            jdbc.sql("""
                    insert into person (username, given_name, family_name, email, title, confidential)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(row.get("username"), row.get("given_name"), row.get("family_name"), row.get("email"),
                            row.get("title"), Boolean.parseBoolean(row.get("confidential")))
                    .update();
            usernames.add(row.get("username"));
        }
        for (CSVRecord row : read("demo/placements.csv")) {
            String to = row.get("valid_to");
            jdbc.sql("""
                    insert into placement (person_id, unit_id, role, valid_from, valid_to)
                    values ((select id from person where username = ?), (select id from org_unit where code = ?), ?, ?, ?)""")
                    .params(row.get("username"), row.get("unit_code"), row.get("role"),
                            LocalDate.parse(row.get("valid_from")), to.isBlank() ? null : LocalDate.parse(to))
                    .update();
        }
        log.info("Loaded the demo organisation: {} people", usernames.size());
        events.publishEvent(new DemoOrganisationLoaded(List.copyOf(usernames)));
    }

    private static List<CSVRecord> read(String path) throws IOException {
        try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
