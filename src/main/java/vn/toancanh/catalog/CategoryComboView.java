package vn.toancanh.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A disaggregation: its categories (codes, in order) and the option combos they generate. */
public record CategoryComboView(
        long id,
        String code,
        String name,
        @Nullable String nameEn,
        List<String> categoryCodes,
        List<OptionComboView> optionCombos) {}
