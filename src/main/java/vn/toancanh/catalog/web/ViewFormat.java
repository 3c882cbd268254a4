package vn.toancanh.catalog.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.jspecify.annotations.Nullable;

/** Vietnamese number formats for the pages: 1.234,5. */
public final class ViewFormat {

    public static final ViewFormat INSTANCE = new ViewFormat();

    private ViewFormat() {}

    public String number(@Nullable Number value) {
        if (value == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.######", symbols);
        return format.format(value instanceof BigDecimal b ? b : BigDecimal.valueOf(value.doubleValue()));
    }
}
