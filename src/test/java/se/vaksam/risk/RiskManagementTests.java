package se.vaksam.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.VaksamTest;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;

@VaksamTest
class RiskManagementTests {

    @Autowired
    RiskManagement management;

    @Autowired
    RiskQuery query;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        signInAs("ik.samordnare");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }

    long unit(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }

    long category() {
        return query.categories().get(0).id();
    }

    static MatrixDraft threeByThree(String name, Long unitId, Formula formula, String middleBand, int[][] cells) {
        List<RiskMatrix.Level> levels = List.of(new RiskMatrix.Level(1, "Låg", ""), new RiskMatrix.Level(2, "Mellan", ""),
                new RiskMatrix.Level(3, "Hög", ""));
        return new MatrixDraft(name, unitId, formula, levels, levels,
                List.of(new RiskMatrix.Band(1, "Grön", "#00703c"), new RiskMatrix.Band(2, middleBand, "#ffdd00"),
                        new RiskMatrix.Band(3, "Röd", "#d4351c")), cells);
    }

    long newRisk(String title, String unitCode) {
        return management.createRisk(new RiskDraft(title, "Risk för att något händer", "på grund av en orsak.",
                "vilket kan leda till en följd.", category(), unit(unitCode), "ik.samordnare", Origin.MANAGEMENT, 12));
    }

    @Test
    void editingAMatrixAfterUseLeavesEarlierAssessmentsValuesAndBandsUnchanged() {
        long matrix = management.createMatrix(threeByThree("Testmatris 3×3", unit("ASF"), Formula.PRODUCT, "Gul",
                new int[][] {{1, 1, 2}, {1, 2, 3}, {2, 3, 3}}));
        long risk = newRisk("Matrisen ändras efteråt", "ASF");
        long first = management.assess(risk, matrix, 2, 2, "Första bedömningen", null);
        RiskQuery.Assessment before = query.assessments(risk).get(0);
        assertThat(before.value()).isEqualTo(4);
        assertThat(before.bandName()).isEqualTo("Gul");

        RiskMatrix current = query.matrix(matrix);
        management.editMatrix(matrix, threeByThree("Testmatris 3×3 ny", unit("ASF"), Formula.SUM, "Orange",
                new int[][] {{1, 1, 1}, {1, 3, 3}, {3, 3, 3}}), current.matrixRowVersion(), "Ny skala");

        RiskQuery.Assessment after = query.assessments(risk).get(0);
        assertThat(after.id()).isEqualTo(first);
        assertThat(after.value()).isEqualTo(4);
        assertThat(after.bandName()).isEqualTo("Gul");
        assertThat(after.bandPosition()).isEqualTo(2);
        assertThat(after.matrixVersionId()).isEqualTo(current.versionId());
        RiskMatrix old = query.matrixVersion(current.versionId());
        assertThat(old.formula()).isEqualTo(Formula.PRODUCT);
        assertThat(old.band(2, 2).name()).isEqualTo("Gul");

        RiskMatrix edited = query.matrix(matrix);
        assertThat(edited.number()).isEqualTo(2);
        assertThat(edited.band(2, 2).name()).isEqualTo("Röd");
        management.assess(risk, matrix, 2, 2, "Ny matris", "Ny skala ger nytt värde");
        RiskQuery.Assessment latest = query.risk(risk).current();
        assertThat(latest.value()).isEqualTo(4);
        assertThat(latest.bandName()).isEqualTo("Röd");
        assertThat(latest.matrixVersionId()).isEqualTo(edited.versionId());
    }

    @Test
    void matricesAreRefusedOutsideThreeToSixLevelsOrWithBadColours() {
        List<RiskMatrix.Level> two = List.of(new RiskMatrix.Level(1, "A", ""), new RiskMatrix.Level(2, "B", ""));
        List<RiskMatrix.Band> bands = List.of(new RiskMatrix.Band(1, "Låg", "#00703c"));
        assertThatThrownBy(() -> management.createMatrix(new MatrixDraft("För liten", unit("ASF"), Formula.PRODUCT, two,
                two, bands, new int[][] {{1, 1}, {1, 1}}))).isInstanceOf(DomainException.class)
                .hasMessage("risk.matrix.error.size");
        assertThatThrownBy(() -> management.createMatrix(threeByThree("Fel färg", unit("ASF"), Formula.PRODUCT, "Gul",
                new int[][] {{1, 1, 2}, {1, 2, 3}, {2, 3, 3}}) .withColour(2, "gul"))).isInstanceOf(DomainException.class)
                .hasMessage("risk.matrix.error.colour");
        assertThatThrownBy(() -> management.createMatrix(threeByThree("Kommunens", null, Formula.PRODUCT, "Gul",
                new int[][] {{1, 1, 2}, {1, 2, 3}, {2, 3, 3}}))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aChangedRiskValueNeedsAReasonAndAStaleEditIsRefused() {
        long matrix = query.defaultMatrix().matrixId();
        long risk = newRisk("Omprövning med skäl", "ASF");
        management.assess(risk, matrix, 2, 2, "", null);
        assertThatThrownBy(() -> management.assess(risk, matrix, 3, 3, "", " ")).isInstanceOf(DomainException.class)
                .hasMessage("risk.assess.error.reason");
        management.assess(risk, matrix, 2, 2, "Oförändrat", null);
        assertThatThrownBy(() -> management.assess(risk, matrix, 5, 1, "", "x")).isInstanceOf(DomainException.class)
                .hasMessage("risk.error.likelihood");

        RiskQuery.RiskView view = query.risk(risk);
        RiskDraft draft = new RiskDraft("Omprövning med skäl (ändrad)", view.event(), view.cause(), view.consequence(),
                view.categoryId(), view.unitId(), null, view.origin(), 6);
        management.editRisk(risk, draft, view.version(), "Ny rubrik");
        assertThatThrownBy(() -> management.editRisk(risk, draft, view.version(), "Gammal version"))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void anAnalysisDecidesAndItsActionsAndReviewsBecomePlanCandidates() {
        long matrix = query.defaultMatrix().matrixId();
        long analysis = management.createAnalysis(unit("IFO-BU"), 2031, LocalDate.of(2031, 3, 1), "Ledningsgruppen",
                matrix);
        long a = newRisk("Kandidat åtgärd", "IFO-BU-MOT-1");
        long b = newRisk("Kandidat granskning", "IFO-BU-MOT-2");
        long c = newRisk("Accepterad risk", "IFO-BU");
        management.addRisks(analysis, List.of(a, b, c));
        List<RiskQuery.Item> items = query.analysis(analysis).items();
        long ia = items.stream().filter(i -> i.riskId() == a).findFirst().orElseThrow().id();
        long ib = items.stream().filter(i -> i.riskId() == b).findFirst().orElseThrow().id();
        long ic = items.stream().filter(i -> i.riskId() == c).findFirst().orElseThrow().id();

        assertThatThrownBy(() -> management.decide(analysis, 0, List.of(
                new RiskManagement.ItemDecision(ic, 1, 1, "", Decision.ACCEPTED, null, "")))).isInstanceOf(DomainException.class)
                .hasMessage("risk.analysis.error.acceptedReason");
        management.decide(analysis, 0, List.of(
                new RiskManagement.ItemDecision(ia, 4, 4, "Hög", Decision.DIRECT_ACTION, null, null),
                new RiskManagement.ItemDecision(ib, 3, 2, "", Decision.REVIEW, null, null),
                new RiskManagement.ItemDecision(ic, 1, 1, "", Decision.ACCEPTED, null, "Låg risk")));

        assertThat(query.candidates(2031)).extracting(RiskQuery.Candidate::riskId, RiskQuery.Candidate::decision)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(a, Decision.DIRECT_ACTION),
                        org.assertj.core.groups.Tuple.tuple(b, Decision.REVIEW));
        assertThat(query.risk(a).current().bandName()).isEqualTo("Mycket hög");
        assertThatThrownBy(() -> management.decide(analysis, 0, List.of())).isInstanceOf(OptimisticLockingFailureException.class);

        signInAs("ifo.sek.mot1");
        assertThat(query.candidates(2031)).isEmpty();
        assertThatThrownBy(() -> query.analysis(analysis)).isInstanceOf(ForbiddenException.class);
    }
}
