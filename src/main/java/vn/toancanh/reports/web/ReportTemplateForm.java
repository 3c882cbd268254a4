package vn.toancanh.reports.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.reports.ReportTemplateInput;
import vn.toancanh.reports.ReportTemplateView;
import vn.toancanh.reports.TemplateBlock;

/**
 * The template editor's fields: the template's settings, subscribers one address per line, and a card per block
 * ({@code blocks[0].kind}, …) whose item codes are written separated by commas or spaces.
 */
public class ReportTemplateForm {

    private String code = "";
    private String name = "";
    private String periodType = "MONTHLY";
    private String unitCode = "";
    private String scheduleDay = "";
    private String subscribers = "";
    private boolean active = true;
    private List<Block> blocks = new ArrayList<>();

    /** One block as the editor's card holds it. */
    public static class Block {
        private String kind = "TEXT";
        private String heading = "";
        private String text = "";
        private String items = "";
        private String rows = "ITEMS";
        private String chart = "LINE";
        private String periods = "12";

        static Block of(TemplateBlock b) {
            Block block = new Block();
            block.kind = b.kind().name();
            block.heading = b.heading();
            block.text = b.text() == null ? "" : b.text();
            block.items = String.join(", ", b.items());
            block.rows = b.rows().name();
            block.chart = b.chart().name();
            block.periods = b.kind() == TemplateBlock.Kind.CHART ? String.valueOf(b.periods()) : "12";
            return block;
        }

        TemplateBlock toBlock() {
            return new TemplateBlock(
                    parse(TemplateBlock.Kind.class, kind),
                    heading == null ? "" : heading,
                    text,
                    items == null
                            ? List.of()
                            : Arrays.stream(items.split("[,;\\s]+"))
                                    .filter(s -> !s.isBlank())
                                    .toList(),
                    parse(TemplateBlock.Rows.class, rows),
                    parse(TemplateBlock.Chart.class, chart),
                    number(periods, -1));
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getHeading() {
            return heading;
        }

        public void setHeading(String heading) {
            this.heading = heading;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getItems() {
            return items;
        }

        public void setItems(String items) {
            this.items = items;
        }

        public String getRows() {
            return rows;
        }

        public void setRows(String rows) {
            this.rows = rows;
        }

        public String getChart() {
            return chart;
        }

        public void setChart(String chart) {
            this.chart = chart;
        }

        public String getPeriods() {
            return periods;
        }

        public void setPeriods(String periods) {
            this.periods = periods;
        }
    }

    static ReportTemplateForm blank() {
        ReportTemplateForm form = new ReportTemplateForm();
        Block first = new Block();
        first.heading = "I. TÌNH HÌNH KINH TẾ";
        form.blocks.add(first);
        return form;
    }

    static ReportTemplateForm from(ReportTemplateView t) {
        ReportTemplateForm form = new ReportTemplateForm();
        form.code = t.code();
        form.name = t.name();
        form.periodType = t.periodType().name();
        form.unitCode = t.unitCode();
        form.scheduleDay = t.scheduleDay() == null ? "" : String.valueOf(t.scheduleDay());
        form.subscribers = String.join("\n", t.subscribers());
        form.active = t.active();
        form.blocks = new ArrayList<>(t.blocks().stream().map(Block::of).toList());
        return form;
    }

    ReportTemplateInput toInput() {
        Integer day = scheduleDay == null || scheduleDay.isBlank() ? null : number(scheduleDay, -1);
        return new ReportTemplateInput(
                code,
                name,
                periodType,
                unitCode,
                day,
                subscribers == null
                        ? List.of()
                        : Arrays.stream(subscribers.split("[,;\\s]+"))
                                .filter(s -> !s.isBlank())
                                .toList(),
                active,
                blocks.stream().map(Block::toBlock).toList());
    }

    private static int number(@Nullable String text, int otherwise) {
        try {
            return text == null ? otherwise : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPeriodType() {
        return periodType;
    }

    public void setPeriodType(String periodType) {
        this.periodType = periodType;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getScheduleDay() {
        return scheduleDay;
    }

    public void setScheduleDay(String scheduleDay) {
        this.scheduleDay = scheduleDay;
    }

    public String getSubscribers() {
        return subscribers;
    }

    public void setSubscribers(String subscribers) {
        this.subscribers = subscribers;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<Block> getBlocks() {
        return blocks;
    }

    public void setBlocks(List<Block> blocks) {
        this.blocks = blocks;
    }
}
