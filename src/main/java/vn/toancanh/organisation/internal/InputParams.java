package vn.toancanh.organisation.internal;

import java.sql.Types;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import vn.toancanh.organisation.UnitInput;

/** The columns a {@link UnitInput} writes, as named parameters. */
class InputParams extends MapSqlParameterSource {

    InputParams(UnitInput input, String searchText) {
        addValue("code", input.code());
        addValue("name", input.name());
        addValue("shortName", input.shortName(), Types.VARCHAR);
        addValue("nameEn", input.nameEn(), Types.VARCHAR);
        addValue("kind", input.kind() == null ? null : input.kind().name());
        addValue("geometry", input.geometry(), Types.VARCHAR);
        addValue("latitude", input.latitude(), Types.DOUBLE);
        addValue("longitude", input.longitude(), Types.DOUBLE);
        addValue("address", input.contact().address(), Types.VARCHAR);
        addValue("phone", input.contact().phone(), Types.VARCHAR);
        addValue("email", input.contact().email(), Types.VARCHAR);
        addValue("website", input.contact().website(), Types.VARCHAR);
        addValue("validFrom", input.validFrom(), Types.DATE);
        addValue("validTo", input.validTo(), Types.DATE);
        addValue("searchText", searchText);
    }
}
