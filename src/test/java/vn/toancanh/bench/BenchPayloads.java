package vn.toancanh.bench;

import java.nio.charset.StandardCharsets;

/** Request bodies of the real import API for a slice [from, to) of the bench sequence. */
final class BenchPayloads {

    private BenchPayloads() {}

    static byte[] json(BenchData data, long from, long to) {
        StringBuilder sb = new StringBuilder((int) (to - from) * 96);
        sb.append("{\"dataValues\":[");
        for (long n = from; n < to; n++) {
            if (n > from) {
                sb.append(',');
            }
            sb.append("{\"dataElement\":\"")
                    .append(data.itemCodes[data.item(n)])
                    .append("\",\"period\":\"")
                    .append(data.periods[data.month(n)])
                    .append("\",\"orgUnit\":\"")
                    .append(data.unitCodes[data.unit(n)])
                    .append("\",\"value\":\"")
                    .append(data.value(n))
                    .append("\"}");
        }
        return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] csv(BenchData data, long from, long to) {
        StringBuilder sb = new StringBuilder((int) (to - from) * 40);
        sb.append("dataElement,period,orgUnit,value\n");
        for (long n = from; n < to; n++) {
            sb.append(data.itemCodes[data.item(n)])
                    .append(',')
                    .append(data.periods[data.month(n)])
                    .append(',')
                    .append(data.unitCodes[data.unit(n)])
                    .append(',')
                    .append(data.value(n))
                    .append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same rows as COPY CSV in data_value's own columns (ids, value, numeric value, stored by). */
    static byte[] copyRows(BenchData data, long from, long to) {
        StringBuilder sb = new StringBuilder((int) (to - from) * 48);
        for (long n = from; n < to; n++) {
            String value = data.value(n);
            sb.append(data.itemIds[data.item(n)])
                    .append(',')
                    .append(data.unitIds[data.unit(n)])
                    .append(',')
                    .append(data.month(n) + 1)
                    .append(",0,")
                    .append(value)
                    .append(',')
                    .append(value)
                    .append(",bench\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
