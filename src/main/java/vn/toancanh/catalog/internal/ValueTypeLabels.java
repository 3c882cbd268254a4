package vn.toancanh.catalog.internal;

import vn.toancanh.catalog.ValueType;

/** Vietnamese names of value types for messages built in code (the pages take theirs from the bundle). */
final class ValueTypeLabels {

    private ValueTypeLabels() {}

    static String vi(ValueType type) {
        return switch (type) {
            case NUMBER -> "Số thực";
            case INTEGER -> "Số nguyên";
            case PERCENTAGE -> "Tỷ lệ phần trăm";
            case BOOLEAN -> "Có/Không";
            case TEXT -> "Văn bản";
            case DATE -> "Ngày";
        };
    }
}
