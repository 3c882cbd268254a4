package vn.toancanh.datavalues.internal.entry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.toancanh.shared.VietnameseNumbers;

class VietnameseNumbersEntryTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1.234,5|1234.5",
                "1234.5|1234.5",
                "1234,5|1234.5",
                "1.234|1234",
                "1.234.567|1234567",
                "12.5|12.5",
                "0,75|0.75",
                "-2.500,25|-2500.25",
                "' 3 000 '|3000",
                "42|42",
                "42.000|42000",
                "1e3|1000",
                "abc|abc",
                "1,2,3|1,2,3",
                "true|true"
            })
    void convertsWhatPeopleTypeToMachineNumbers(String typed, String machine) {
        assertThat(VietnameseNumbers.toMachine(typed)).isEqualTo(machine);
    }

    @Test
    void blankIsAnEmptyCell() {
        assertThat(VietnameseNumbers.toMachine("  ")).isNull();
        assertThat(VietnameseNumbers.toMachine(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1234.5|1.234,5", "1234567|1.234.567", "0.75|0,75", "-2500.25|-2.500,25", "12|12", "x|x"})
    void formatsStoredNumbersTheVietnameseWay(String stored, String shown) {
        assertThat(VietnameseNumbers.format(stored)).isEqualTo(shown);
    }

    @Test
    void whatIsShownConvertsBackToTheSameNumber() {
        for (String stored : new String[] {"1234.5", "1234", "0.001", "98765432.1", "-5"}) {
            assertThat(VietnameseNumbers.toMachine(VietnameseNumbers.format(stored)))
                    .isEqualTo(stored);
        }
    }
}
