package vn.toancanh.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The label of a status, kind or period in the reader's language, for pages: {@code ${@labels.of(d.status)}}. An
 * enum's label is the message {@code label.<EnumName>.<CONSTANT>} (the English bundles hold them), its own Vietnamese
 * label when the language has none; a period is labelled by the same rules in both languages.
 */
@Component("labels")
public class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    public String of(@Nullable Labelled value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Period period) {
            return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? period.labelEn() : period.labelVi();
        }
        if (value instanceof Enum<?> constant) {
            String key = "label." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            String found = messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
            if (found != null) {
                return found;
            }
        }
        return value.labelVi();
    }
}
