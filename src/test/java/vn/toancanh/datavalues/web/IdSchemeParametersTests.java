package vn.toancanh.datavalues.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.toancanh.datavalues.ImportOptions.IdScheme;
import vn.toancanh.shared.FieldProblem;

class IdSchemeParametersTests {

    @Test
    void dhis2sPerTypeSchemesAreHonouredWhenTheyAgree() {
        assertThat(resolve(null, null, null, null, null)).isEqualTo(IdScheme.CODE);
        assertThat(resolve("uid", null, null, null, null)).isEqualTo(IdScheme.ID);
        assertThat(resolve(null, "code", "code", "code", "code")).isEqualTo(IdScheme.CODE);
        assertThat(resolve("UID", "CODE", "CODE", "CODE", null)).isEqualTo(IdScheme.CODE);
        assertThat(resolve(null, null, "ID", null, "UID")).isEqualTo(IdScheme.ID);
    }

    @Test
    void mixedOrAttributeSchemesAreRefusedByName() {
        List<FieldProblem> mixed = new ArrayList<>();
        new IdSchemeParameters("CODE", null, "UID", null, null).resolve(mixed);
        assertThat(mixed).extracting(FieldProblem::field).containsExactly("orgUnitIdScheme");

        List<FieldProblem> attribute = new ArrayList<>();
        new IdSchemeParameters(null, null, null, null, "ATTRIBUTE:Zx7OEgwd9Ne").resolve(attribute);
        assertThat(attribute).extracting(FieldProblem::field).containsExactly("attributeOptionComboIdScheme");

        List<FieldProblem> name = new ArrayList<>();
        new IdSchemeParameters("NAME", null, null, null, null).resolve(name);
        assertThat(name).extracting(FieldProblem::field).containsExactly("idScheme");
    }

    private static IdScheme resolve(String general, String de, String ou, String coc, String aoc) {
        List<FieldProblem> problems = new ArrayList<>();
        IdScheme scheme = new IdSchemeParameters(general, de, ou, coc, aoc).resolve(problems);
        assertThat(problems).isEmpty();
        return scheme;
    }
}
