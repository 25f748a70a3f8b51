package se.vaksam.org;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.vaksam.shared.DemoMode;

/**
 * Loads the demo administration (shaped like Malmö's arbetsmarknads- och socialförvaltning:
 * IFO, AMA/EBB and BTS) from {@code demo/*.csv} on first start in embedded demo mode only,
 * through the same import as the files users upload.
 */
@Component
class DemoOrganisation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final OrgImport importer;
    private final OrgUnitRepository units;
    private final PersonRepository people;
    private final Environment env;
    private final ApplicationEventPublisher events;

    DemoOrganisation(OrgImport importer, OrgUnitRepository units, PersonRepository people, Environment env,
            ApplicationEventPublisher events) {
        this.importer = importer;
        this.units = units;
        this.people = people;
        this.env = env;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (!DemoMode.isEnabled(env) || units.count() > 0) {
            return;
        }
        Map<TransferKind, TransferTable> tables = new EnumMap<>(TransferKind.class);
        for (TransferKind kind : TransferKind.values()) {
            try (InputStream in = new ClassPathResource("demo/" + kind.fileName() + ".csv").getInputStream()) {
                tables.put(kind, CsvTransfer.read(kind, in));
            }
        }
        OrgImport.ImportResult result = importer.importTrusted(tables);
        if (!result.accepted()) {
            throw new IllegalStateException("The demo organisation does not import: " + result.problems());
        }
        List<String> usernames = people.findAll().stream().map(Person::username).toList();
        log.info("Loaded the demo organisation: {} people", usernames.size());
        events.publishEvent(new DemoOrganisationLoaded(usernames));
    }
}
