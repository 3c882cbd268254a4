package vn.toancanh.datavalues.internal.io;

import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.datavalues.DataValueView;

/** DHIS2's dataValues object, streamed. */
final class JsonValueSetWriter implements ValueSetWriter {

    private final JsonGenerator g;

    JsonValueSetWriter(JsonMapper json, OutputStream out) {
        this.g = json.createGenerator(out);
        g.writeStartObject();
        g.writeName("dataValues");
        g.writeStartArray();
    }

    @Override
    public void accept(DataValueView v) {
        g.writeStartObject();
        g.writeStringProperty("dataElement", v.dataElement());
        g.writeStringProperty("period", v.period());
        g.writeStringProperty("orgUnit", v.orgUnit());
        g.writeStringProperty("categoryOptionCombo", v.categoryOptionCombo());
        g.writeStringProperty("value", v.value());
        if (v.comment() != null) {
            g.writeStringProperty("comment", v.comment());
        }
        g.writeStringProperty("storedBy", v.storedBy());
        g.writeStringProperty("created", v.created().toString());
        g.writeStringProperty("lastUpdated", v.lastUpdated().toString());
        g.writeEndObject();
    }

    @Override
    public void finish() {
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }
}
