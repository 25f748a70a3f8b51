package se.vaksam.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.vaksam.VaksamTest;

/**
 * The batch lookups other modules use for display names and recipients instead of reading the organisation's
 * tables, and a check that the plan, risk and self-assessment modules do not read them.
 */
@VaksamTest
class OrgQueryBatchTests {

    @Autowired
    OrgQuery org;

    long unit(String code) {
        return org.unitByCode(code).orElseThrow().id();
    }

    long person(String username) {
        return org.person(username).orElseThrow().id();
    }

    @Test
    void unitsAndPeopleAreLookedUpByIdInOneCall() {
        var units = org.units(Arrays.asList(unit("ASN"), unit("IFO-BU-MOT-1"), null, -1L));
        assertThat(units).hasSize(2);
        assertThat(units.get(unit("ASN")).name()).isEqualTo("Arbetsmarknads- och socialnämnden");
        assertThat(units.get(unit("IFO-BU-MOT-1")).code()).isEqualTo("IFO-BU-MOT-1");

        var people = org.people(Arrays.asList(person("ik.samordnare"), person("ifo.sek.mot1"), null));
        assertThat(people).hasSize(2);
        assertThat(people.get(person("ik.samordnare")).fullName()).isEqualTo("Ingrid Karlsson");
        assertThat(people.get(person("ifo.sek.mot1")).username()).isEqualTo("ifo.sek.mot1");
        assertThat(org.units(List.of())).isEmpty();
        assertThat(org.people(List.of())).isEmpty();
    }

    @Test
    void peopleWithARoleAreFoundInTheUnitsSubtreeOnTheDay() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        assertThat(org.peopleWithRole("INTERNAL_CONTROL_COORDINATOR", unit("ASN"), today))
                .extracting(OrgQuery.PersonView::username).containsExactly("ik.samordnare");
        assertThat(org.peopleWithRole("INTERNAL_CONTROL_COORDINATOR", unit("IFO"), today)).isEmpty();
        assertThat(org.peopleWithRole("INTERNAL_CONTROL_COORDINATOR", unit("ASN"), LocalDate.of(2019, 1, 1)))
                .as("placed from 2020").isEmpty();
        assertThat(org.peopleWithRole("SECTION_HEAD", unit("IFO-BU-MOT"), today))
                .extracting(OrgQuery.PersonView::username).containsExactlyInAnyOrder("ifo.sek.mot1", "ifo.sek.mot2");
        assertThat(org.peopleIn(unit("IFO-BU-MOT-1"), today)).extracting(OrgQuery.PersonView::username)
                .contains("ifo.sek.mot1", "ifo.soc1").doesNotContain("ifo.sek.mot2", "ik.samordnare");
    }

    @Test
    void planRiskAndSelfAssessmentDoNotReadTheOrganisationsTables() throws IOException {
        for (String module : List.of("plan", "risk", "selfassessment")) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/se/vaksam", module))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file).toLowerCase();
                    assertThat(source).as(file.toString()).doesNotContainPattern(
                            "(from|join)\\s+(person|org_unit|placement)\\b");
                }
            }
        }
    }
}
