package se.vaksam.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.vaksam.shared.DomainException;

class TreeRulesTests {

    @Test
    void aSectionMayHangUnderAUnitOrDepartmentButNotUnderAnAdministration() {
        assertThat(TreeRules.allowedParent(OrgUnitType.SECTION, OrgUnitType.UNIT)).isTrue();
        assertThat(TreeRules.allowedParent(OrgUnitType.SECTION, OrgUnitType.DEPARTMENT)).isTrue();
        assertThat(TreeRules.allowedParent(OrgUnitType.SECTION, OrgUnitType.ADMINISTRATION)).isFalse();
    }

    @Test
    void onlyAMunicipalityMayBeARoot() {
        assertThat(TreeRules.allowedParent(OrgUnitType.MUNICIPALITY, null)).isTrue();
        assertThat(TreeRules.allowedParent(OrgUnitType.COMMITTEE, null)).isFalse();
        assertThat(TreeRules.allowedParent(OrgUnitType.MUNICIPALITY, OrgUnitType.COMMITTEE)).isFalse();
    }

    @Test
    void aRefusedParentTypeNamesBothTypesInTheMessage() {
        assertThatThrownBy(() -> TreeRules.requireAllowedParent(OrgUnitType.SECTION, OrgUnitType.COMMITTEE))
                .isInstanceOf(DomainException.class)
                .hasMessage("org.error.parentType")
                .satisfies(e -> assertThat(((DomainException) e).arguments()).hasSize(2));
        assertThatThrownBy(() -> TreeRules.requireAllowedParent(OrgUnitType.UNIT, null))
                .hasMessage("org.error.parentRequired");
    }

    @Test
    void movingAUnitUnderItsOwnDescendantIsACycle() {
        Map<String, String> parentOf = Map.of("IFO", "ASF", "IFO-BU", "IFO", "IFO-BU-MOT", "IFO-BU");
        assertThat(TreeRules.createsCycle("IFO", "IFO-BU-MOT", parentOf::get)).isTrue();
        assertThat(TreeRules.createsCycle("IFO", "IFO", parentOf::get)).isTrue();
        assertThat(TreeRules.createsCycle("IFO-BU-MOT", "IFO", parentOf::get)).isFalse();
    }

    @Test
    void inCyclesFindsExactlyTheUnitsOnACycle() {
        Map<String, String> parentOf = new LinkedHashMap<>();
        parentOf.put("ROOT", null);
        parentOf.put("A", "B");
        parentOf.put("B", "C");
        parentOf.put("C", "A");
        parentOf.put("BELOW", "A");
        parentOf.put("FINE", "ROOT");
        assertThat(TreeRules.inCycles(parentOf)).containsExactly("A", "B", "C");
    }

    @Test
    void aUnitRefusesToMoveUnderAParentOfAWrongType() {
        OrgUnit committee = new OrgUnit(1L, "ASN", "Nämnden", OrgUnitType.COMMITTEE, null, 0);
        OrgUnit section = new OrgUnit(2L, "S", "Sektion", OrgUnitType.SECTION, 3L, 0);
        assertThatThrownBy(() -> section.moveUnder(committee)).isInstanceOf(DomainException.class);
        assertThat(section.parentId()).isEqualTo(3L);
    }

    @Test
    void aTypeIsNamedInMessagesByItsTranslatedLabel() {
        assertThat(TreeRules.label(OrgUnitType.SECTION).getCodes()).containsExactly("org.type.SECTION");
        assertThat(TreeRules.label(OrgUnitType.SECTION).getDefaultMessage()).isEqualTo("SECTION");
    }
}
