package vn.toancanh.feedback.web;

import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.PageFormats;

/** An average handling time as people say it: "5,5 giờ" under two days, "3,2 ngày" from there; templates get it as {@code hours}. */
public final class HandlingTime {

    static final HandlingTime INSTANCE = new HandlingTime();

    private HandlingTime() {}

    public String label(@Nullable Double hours, boolean english) {
        if (hours == null) {
            return "—";
        }
        boolean days = hours >= 48;
        double value = Math.round((days ? hours / 24 : hours) * 10) / 10.0;
        String number = english ? String.valueOf(value).replaceAll("\\.0$", "") : PageFormats.INSTANCE.number(value);
        return number + (english ? (days ? " days" : " hours") : (days ? " ngày" : " giờ"));
    }
}
