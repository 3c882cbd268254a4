package vn.toancanh.datavalues.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.shared.InvalidInputException;

class DataValueSetParserTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void readsDhis2JsonWithTopLevelDefaultsNumbersAndUnknownFields() {
        List<DataValueInput> rows = new JsonValueSetParser(json, 10).parse(in("""
                        {"dataValues": [
                           {"dataElement": "A", "value": 12, "followup": false, "extra": {"x": [1]}},
                           {"dataElement": "B", "period": "202402", "orgUnit": "U2", "categoryOptionCombo": "M",
                            "value": "có dấu", "comment": "ghi chú"}],
                         "dataSet": "DS", "period": "202401", "orgUnit": "U1"}"""));
        assertThat(rows)
                .containsExactly(
                        new DataValueInput("A", "202401", "U1", null, "12", null),
                        new DataValueInput("B", "202402", "U2", "M", "có dấu", "ghi chú"));
    }

    @Test
    void locatesJsonErrorsAndRefusesTooManyRows() {
        assertThatThrownBy(() -> new JsonValueSetParser(json, 10).parse(in("{\n\"dataValues\": [{\"value\": }]}")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).reason())
                        .startsWith("JSON không hợp lệ ở dòng 2"));
        assertThatThrownBy(() -> new JsonValueSetParser(json, 10).parse(in("{\"dataValues\": [{\"value\": [1]}]}")))
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).reason())
                        .contains("\"value\""));
        assertThatThrownBy(() -> new JsonValueSetParser(json, 1).parse(in("{\"dataValues\": [{}, {}]}")))
                .isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void readsCsvWithBomAliasesQuotesAndShortRows() {
        List<DataValueInput> rows = new CsvValueSetParser(10)
                .parse(in("\uFEFFDE,PE,OU,CatOptCombo,Value,Comment\r\n"
                        + "A,202401,U1,,\"1,5\",\"x \"\"y\"\"\"\r\n"
                        + "\r\n"
                        + "B,202402,U2\r\n"));
        assertThat(rows)
                .containsExactly(
                        new DataValueInput("A", "202401", "U1", "", "1,5", "x \"y\""),
                        new DataValueInput("B", "202402", "U2", null, null, null));
    }

    @Test
    void splitsUnquotedCsvLinesDirectlyAndHandsTheRestToTheGeneralParserFromTheFirstQuote() {
        List<DataValueInput> rows = new CsvValueSetParser(10)
                .parse(in("dataElement , period,orgUnit,value,comment\n"
                        + " A , 202401 ,U1, 7 ,\n"
                        + "   \n"
                        + "B,202402,U2,\"8,5\",\"hai\ndòng\"\n"
                        + "C,202403,U3,9\n"));
        assertThat(rows)
                .containsExactly(
                        new DataValueInput("A", "202401", "U1", null, "7", ""),
                        new DataValueInput("B", "202402", "U2", null, "8,5", "hai\ndòng"),
                        new DataValueInput("C", "202403", "U3", null, "9", null));
    }

    @Test
    void refusesCsvWithoutRequiredColumnsOrInBrokenUtf8() {
        assertThatThrownBy(() -> new CsvValueSetParser(10).parse(in("dataElement,period\nA,2024\n")))
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).reason())
                        .contains("thiếu cột: orgUnit, value"));
        byte[] latin1 = "dataElement,period,orgUnit,value\nA,2024,U,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> new CsvValueSetParser(10).parse(new ByteArrayInputStream(latin1)))
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).reason())
                        .contains("UTF-8"));
        assertThatThrownBy(() -> new CsvValueSetParser(10).parse(in("")))
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).reason())
                        .contains("trống"));
    }

    @Test
    void limitedStreamRefusesBytesBeyondTheLimit() {
        InputStream limited = new LimitedInputStream(in("x".repeat(2000)), 1000);
        assertThatThrownBy(limited::readAllBytes).isInstanceOf(PayloadTooLargeException.class);
    }

    private static InputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
