package vn.toancanh.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.reports.ReportTemplateInput;
import vn.toancanh.reports.TemplateBlock;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.PeriodType;

/** Checks a template as written, naming the field of each mistake in Vietnamese; every mistake at once. */
@Component
public class ReportTemplateValidator {

    static final Set<PeriodType> PERIOD_TYPES = Set.of(
            PeriodType.MONTHLY,
            PeriodType.QUARTERLY,
            PeriodType.SIX_MONTHLY,
            PeriodType.NINE_MONTHLY,
            PeriodType.YEARLY);
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+");
    static final int MAX_BLOCKS = 40;
    static final int MAX_ITEMS = 20;
    static final int MAX_UNIT_COLUMNS = 8;
    static final int MAX_SUBSCRIBERS = 50;

    private final CatalogService catalog;
    private final OrganisationService organisation;

    ReportTemplateValidator(CatalogService catalog, OrganisationService organisation) {
        this.catalog = catalog;
        this.organisation = organisation;
    }

    /** The template ready to store, or {@link InvalidInputException} with every problem. */
    public ReportTemplateRepository.Row check(ReportTemplateInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = in.code() == null ? "" : in.code().strip();
        if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem(
                    "code", "Mã gồm 2–40 chữ in hoa không dấu, chữ số, '-' hoặc '_', ví dụ BC-KTXH-THANG"));
        }
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "Cần nhập tên mẫu báo cáo"));
        } else if (name.length() > 300) {
            problems.add(new FieldProblem("name", "Tên dài tối đa 300 ký tự"));
        }
        PeriodType type = periodType(in.periodType());
        if (type == null) {
            problems.add(new FieldProblem("periodType", "Chọn kỳ báo cáo: tháng, quý, 6 tháng, 9 tháng hoặc năm"));
        }
        UnitView unit = null;
        if (in.unitCode() == null || in.unitCode().isBlank()) {
            problems.add(new FieldProblem("unitCode", "Cần nhập mã đơn vị báo cáo"));
        } else {
            unit = organisation.findByCode(in.unitCode().strip()).orElse(null);
            if (unit == null) {
                problems.add(new FieldProblem(
                        "unitCode", "Không có đơn vị mã " + in.unitCode().strip()));
            }
        }
        if (in.scheduleDay() != null && (in.scheduleDay() < 1 || in.scheduleDay() > 28)) {
            problems.add(new FieldProblem("scheduleDay", "Ngày tạo tự động từ 1 đến 28, hoặc để trống"));
        }
        List<String> subscribers = subscribers(in.subscribers(), problems);
        List<TemplateBlock> blocks = blocks(in.blocks(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ReportTemplateRepository.Row(
                code, name, type, unit.id(), in.scheduleDay(), subscribers, blocks, in.active());
    }

    private static PeriodType periodType(String value) {
        if (value == null) {
            return null;
        }
        try {
            PeriodType type = PeriodType.valueOf(value.strip());
            return PERIOD_TYPES.contains(type) ? type : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> subscribers(List<String> raw, List<FieldProblem> problems) {
        Set<String> out = new LinkedHashSet<>();
        List<String> wrong = new ArrayList<>();
        for (String address : raw) {
            String a = address.strip();
            if (a.isEmpty()) {
                continue;
            }
            if (EMAIL.matcher(a).matches() && a.length() <= 254) {
                out.add(a);
            } else {
                wrong.add(a);
            }
        }
        if (!wrong.isEmpty()) {
            problems.add(new FieldProblem("subscribers", "Địa chỉ thư không hợp lệ: " + String.join(", ", wrong)));
        } else if (out.size() > MAX_SUBSCRIBERS) {
            problems.add(new FieldProblem("subscribers", "Tối đa " + MAX_SUBSCRIBERS + " người nhận"));
        }
        return List.copyOf(out);
    }

    private List<TemplateBlock> blocks(List<TemplateBlock> blocks, List<FieldProblem> problems) {
        if (blocks.isEmpty()) {
            problems.add(new FieldProblem("blocks", "Mẫu báo cáo cần ít nhất một khối nội dung"));
            return List.of();
        }
        if (blocks.size() > MAX_BLOCKS) {
            problems.add(new FieldProblem("blocks", "Tối đa " + MAX_BLOCKS + " khối nội dung"));
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (TemplateBlock b : blocks) {
            if (b == null) {
                continue;
            }
            codes.addAll(b.items());
            if (b.text() != null) {
                for (Placeholder p : placeholders(b.text())) {
                    if (p.item() != null) {
                        codes.add(p.item());
                    }
                }
            }
        }
        Set<String> unknown = unknown(codes);
        List<TemplateBlock> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            out.add(block(blocks.get(i), "blocks[" + i + "].", unknown, problems));
        }
        return out;
    }

    private static TemplateBlock block(
            TemplateBlock b, String field, Set<String> unknown, List<FieldProblem> problems) {
        if (b == null) {
            problems.add(new FieldProblem(field + "kind", "Khối trống: chọn loại khối"));
            return null;
        }
        String heading = b.heading() == null ? "" : b.heading().strip();
        if (heading.length() > 300) {
            problems.add(new FieldProblem(field + "heading", "Tiêu đề dài tối đa 300 ký tự"));
        }
        if (b.kind() == null) {
            problems.add(new FieldProblem(field + "kind", "Chọn loại khối: đoạn văn, bảng hoặc biểu đồ"));
            return b;
        }
        if (b.kind() == TemplateBlock.Kind.TEXT) {
            String text = b.text() == null ? "" : b.text().strip();
            if (text.isEmpty() && heading.isEmpty()) {
                problems.add(new FieldProblem(field + "text", "Cần nhập nội dung đoạn văn"));
            } else if (text.length() > 10_000) {
                problems.add(new FieldProblem(field + "text", "Đoạn văn dài tối đa 10.000 ký tự"));
            }
            List<String> wrong = new ArrayList<>();
            for (Placeholder p : placeholders(text)) {
                if (p.error() != null) {
                    wrong.add(p.error());
                } else if (p.item() != null && unknown.contains(p.item())) {
                    wrong.add("không có chỉ tiêu " + p.item());
                }
            }
            if (!wrong.isEmpty()) {
                problems.add(new FieldProblem(field + "text", "Chỗ điền số liệu sai: " + String.join("; ", wrong)));
            }
            return TemplateBlock.text(heading, text);
        }
        if (heading.isEmpty()) {
            problems.add(new FieldProblem(field + "heading", "Bảng và biểu đồ cần tiêu đề"));
        }
        List<String> items = b.items().stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        int max = b.kind() == TemplateBlock.Kind.TABLE && b.rows() == TemplateBlock.Rows.UNITS
                ? MAX_UNIT_COLUMNS
                : MAX_ITEMS;
        if (items.isEmpty()) {
            problems.add(new FieldProblem(field + "items", "Cần ít nhất một mã chỉ tiêu"));
        } else if (items.size() > max) {
            problems.add(new FieldProblem(field + "items", "Tối đa " + max + " chỉ tiêu trong khối này"));
        } else {
            List<String> missing = items.stream().filter(unknown::contains).toList();
            if (!missing.isEmpty()) {
                problems.add(new FieldProblem(field + "items", "Không có chỉ tiêu: " + String.join(", ", missing)));
            }
        }
        TemplateBlock.Rows rows = b.rows() == null ? TemplateBlock.Rows.ITEMS : b.rows();
        TemplateBlock.Chart chart = b.chart() == null ? TemplateBlock.Chart.LINE : b.chart();
        if (b.kind() == TemplateBlock.Kind.CHART && (b.periods() < 2 || b.periods() > TemplateBlock.MAX_PERIODS)) {
            problems.add(
                    new FieldProblem(field + "periods", "Số kỳ trên biểu đồ từ 2 đến " + TemplateBlock.MAX_PERIODS));
        }
        return new TemplateBlock(
                b.kind(),
                heading,
                null,
                items,
                b.kind() == TemplateBlock.Kind.TABLE ? rows : TemplateBlock.Rows.ITEMS,
                chart,
                b.kind() == TemplateBlock.Kind.CHART ? b.periods() : 0);
    }

    /** The codes among {@code codes} that name no data item (with its disaggregation) nor indicator. */
    private Set<String> unknown(Set<String> codes) {
        Set<String> itemCodes = new LinkedHashSet<>();
        Set<String> comboCodes = new LinkedHashSet<>();
        for (String code : codes) {
            int dot = code.indexOf('.');
            itemCodes.add(dot < 0 ? code : code.substring(0, dot));
            if (dot >= 0) {
                comboCodes.add(code.substring(dot + 1));
            }
        }
        Map<String, ?> items = catalog.findItemsByCodes(itemCodes);
        Map<String, ?> combos = comboCodes.isEmpty() ? Map.of() : catalog.findOptionCombosByCodes(comboCodes);
        Set<String> unknown = new LinkedHashSet<>();
        for (String code : codes) {
            int dot = code.indexOf('.');
            boolean known = dot < 0
                    ? items.containsKey(code)
                            || catalog.findIndicatorByCode(code).isPresent()
                    : items.containsKey(code.substring(0, dot)) && combos.containsKey(code.substring(dot + 1));
            if (!known) {
                unknown.add(code);
            }
        }
        return unknown;
    }

    /**
     * A {@code {{…}}} in a text block: an item with what to show of it, or {@code ky}/{@code donvi}; {@code error}
     * says what is wrong with one that is neither.
     */
    public record Placeholder(String token, String item, Measure measure, String error) {}

    /** What a placeholder shows of its item. */
    public enum Measure {
        VALUE,
        YEAR_TO_DATE,
        LAST_YEAR,
        COMPARISON,
        PERIOD,
        UNIT
    }

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    public static List<Placeholder> placeholders(String text) {
        List<Placeholder> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String inner = m.group(1);
            String token = m.group();
            if (inner.equalsIgnoreCase("ky")) {
                out.add(new Placeholder(token, null, Measure.PERIOD, null));
                continue;
            }
            if (inner.equalsIgnoreCase("donvi")) {
                out.add(new Placeholder(token, null, Measure.UNIT, null));
                continue;
            }
            String[] parts = inner.split("\\|", -1);
            String item = parts[0].strip();
            if (item.isEmpty() || parts.length > 2) {
                out.add(new Placeholder(token, null, null, token + " không đúng dạng {{MÃ}} hoặc {{MÃ|luyke}}"));
                continue;
            }
            Measure measure = parts.length == 1 ? Measure.VALUE : measure(parts[1].strip());
            if (measure == null) {
                out.add(new Placeholder(token, null, null, token + ": sau '|' là luyke, cungky hoặc sosanh"));
                continue;
            }
            out.add(new Placeholder(token, item, measure, null));
        }
        return out;
    }

    private static Measure measure(String word) {
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "luyke" -> Measure.YEAR_TO_DATE;
            case "cungky" -> Measure.LAST_YEAR;
            case "sosanh" -> Measure.COMPARISON;
            default -> null;
        };
    }
}
