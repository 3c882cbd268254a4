package vn.toancanh.dashboard.web;

import java.util.Arrays;
import java.util.List;
import vn.toancanh.dashboard.ChartType;
import vn.toancanh.dashboard.WidgetInput;
import vn.toancanh.dashboard.WidgetView;

/** One widget row of the dashboard form; item codes as one text (comma or space separated). */
public class WidgetForm {

    private ChartType type = ChartType.COLUMN;
    private int width = 6;
    private String title = "";
    private String titleEn = "";
    private String dx = "";
    private String pe = "LAST_12_MONTHS";
    private String ou = "";
    private String options = "";

    static WidgetForm of(WidgetView w) {
        WidgetForm form = new WidgetForm();
        form.type = w.type();
        form.width = w.width();
        form.title = w.title();
        form.titleEn = w.titleEn() == null ? "" : w.titleEn();
        form.dx = String.join(", ", w.dx());
        form.pe = w.pe();
        form.ou = w.ou();
        form.options = "{}".equals(w.options()) ? "" : w.options();
        return form;
    }

    WidgetInput toInput() {
        List<String> codes =
                Arrays.stream(dx.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        return new WidgetInput(width, type, title, titleEn, codes, pe, ou, options);
    }

    public ChartType getType() {
        return type;
    }

    public void setType(ChartType type) {
        this.type = type;
    }

    public int getWidth() {
        return width;
    }

    public void setWidth(int width) {
        this.width = width;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDx() {
        return dx;
    }

    public void setDx(String dx) {
        this.dx = dx;
    }

    public String getPe() {
        return pe;
    }

    public void setPe(String pe) {
        this.pe = pe;
    }

    public String getOu() {
        return ou;
    }

    public void setOu(String ou) {
        this.ou = ou;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }
}
