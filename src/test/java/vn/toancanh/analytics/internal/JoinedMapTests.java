package vn.toancanh.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JoinedMapTests {

    @Test
    void readsTheMapsInOrderAsOneAndTheFirstEntryOfAKeyCounts() {
        Map<String, Integer> head = new LinkedHashMap<>();
        head.put("dx", 1);
        head.put("pe", 2);
        Map<String, Integer> middle = new LinkedHashMap<>();
        middle.put("A", 3);
        middle.put("pe", 99);
        middle.put("B", 4);
        Map<String, Integer> tail = new LinkedHashMap<>();
        tail.put("B", 98);
        tail.put("2024", 5);
        Map<String, Integer> joined = JoinedMap.of(head, middle, tail);

        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("dx", 1);
        expected.put("pe", 2);
        expected.put("A", 3);
        expected.put("B", 4);
        expected.put("2024", 5);
        assertThat(joined).containsExactlyEntriesOf(expected).hasSize(5).isEqualTo(expected);
        assertThat(joined.keySet()).containsExactly("dx", "pe", "A", "B", "2024");
        assertThat(joined.get("pe")).isEqualTo(2);
        assertThat(joined.get("B")).isEqualTo(4);
        assertThat(joined.get("missing")).isNull();
        assertThat(expected.hashCode()).isEqualTo(joined.hashCode());
        assertThatThrownBy(() -> joined.put("C", 6)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(JoinedMap.of(new LinkedHashMap<String, Integer>(), new LinkedHashMap<>()))
                .isEmpty();
    }
}
