package vn.toancanh.datavalues.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.toancanh.catalog.AggregationType;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.shared.PeriodType;

class ValueParserTests {

    /** The hand-written scanners accept exactly what the former regular expressions did. */
    @ParameterizedTest
    @CsvSource({
        "0, true, true",
        "-12, true, true",
        "12.5, true, false",
        "-0.25e-3, true, false",
        "1E+308, true, false",
        "1e1234, false, false",
        "1., false, false",
        ".5, false, false",
        "-, false, false",
        "'', false, false",
        "1.5e, false, false",
        "'1,5', false, false",
        "١٢, false, false",
        "+1, false, false",
        "123456789012345678, true, true",
        "1234567890123456789, true, false"
    })
    void scansNumbersAsTheImportFormatDefinesThem(String s, boolean number, boolean integer) {
        assertThat(ValueParser.isNumber(s)).isEqualTo(number);
        assertThat(ValueParser.isInteger(s)).isEqualTo(integer);
        assertThat(s.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d{1,3})?")).isEqualTo(number);
        assertThat(s.matches("-?\\d{1,18}")).isEqualTo(integer);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "NUMBER|1234.5|1234.5|",
                "NUMBER| 12 |12|",
                "NUMBER|3e2|3e2|",
                "NUMBER|1.234,5||dấu chấm thập phân",
                "NUMBER|1,5||dấu chấm thập phân",
                "NUMBER|abc||phải là số",
                "NUMBER|2000001||lớn hơn mức tối đa 2000000",
                "NUMBER|-1||nhỏ hơn mức tối thiểu 0",
                "INTEGER|42|42|",
                "INTEGER|4.2||số nguyên",
                "PERCENTAGE|99.5|99.5|",
                "PERCENTAGE|100.1||0 đến 100",
                "BOOLEAN|TRUE|true|",
                "BOOLEAN|yes||true hoặc false",
                "DATE|2024-02-29|2024-02-29|",
                "DATE|2023-02-29||yyyy-MM-dd",
                "DATE|29/02/2024||yyyy-MM-dd",
                "TEXT|  có dấu  |  có dấu  |"
            })
    void checksValuesAgainstTypeAndBounds(ValueType type, String raw, String stored, String error) {
        ValueParser.Parsed parsed = ValueParser.parse(item(type), raw);
        if (error == null) {
            assertThat(parsed.isValid()).as(String.valueOf(parsed.error())).isTrue();
            assertThat(parsed.text()).isEqualTo(stored);
            assertThat(parsed.numeric() != null).isEqualTo(type.isNumeric());
        } else {
            assertThat(parsed.isValid()).isFalse();
            assertThat(parsed.error()).contains(error);
        }
    }

    private static DataItemView item(ValueType type) {
        boolean bounded = type == ValueType.NUMBER;
        return new DataItemView(
                1,
                "X",
                "X",
                null,
                1,
                "G",
                null,
                type,
                AggregationType.SUM,
                AggregationType.SUM,
                PeriodType.MONTHLY,
                0,
                null,
                SharingLevel.INTERNAL,
                bounded ? BigDecimal.ZERO : null,
                bounded ? new BigDecimal("2000000") : null,
                true,
                null);
    }
}
