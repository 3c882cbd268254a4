package vn.toancanh.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.toancanh.alerts.AlertSeverity;
import vn.toancanh.operations.DossierStatus;
import vn.toancanh.operations.TaskStatus;

/** Statuses and periods read in the reader's language, from the real bundles; Vietnamese when a label is missing. */
class LabelsTests {

    private final Labels labels = new Labels(bundles());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void englishReadersGetTheEnglishBundlesLabels() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(labels.of(DossierStatus.RESOLVED)).isEqualTo("Result ready");
        assertThat(labels.of(TaskStatus.DONE_LATE)).isEqualTo("Done late");
        assertThat(labels.of(AlertSeverity.CRITICAL)).isEqualTo("Critical");
        assertThat(labels.of(Period.parse("2026Q3").orElseThrow())).isEqualTo("Q3 2026");
        assertThat(labels.of(Period.parse("202603").orElseThrow())).isEqualTo("Month 03/2026");
        assertThat(labels.of(Period.parse("2026S2").orElseThrow())).isEqualTo("Second half of 2026");
    }

    @Test
    void vietnameseReadersGetTheCodesOwnLabels() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(labels.of(DossierStatus.RESOLVED)).isEqualTo("Đã có kết quả");
        assertThat(labels.of(Period.parse("2026Q3").orElseThrow())).isEqualTo("Quý 3/2026");
        assertThat(labels.of(null)).isEmpty();
    }

    @Test
    void everyLabelledEnumHasAnEnglishLabel() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        for (Class<? extends Enum<?>> type : java.util.List.<Class<? extends Enum<?>>>of(
                vn.toancanh.feedback.FeedbackTimeliness.class,
                vn.toancanh.feedback.FeedbackStatus.class,
                vn.toancanh.organisation.UnitKind.class,
                vn.toancanh.organisation.SuccessionKind.class,
                vn.toancanh.sensors.StationKind.class,
                vn.toancanh.sensors.Measure.class,
                vn.toancanh.operations.DocumentStatus.class,
                vn.toancanh.operations.DossierChannel.class,
                DossierStatus.class,
                vn.toancanh.operations.DocumentDirection.class,
                TaskStatus.class,
                vn.toancanh.operations.Timeliness.class,
                vn.toancanh.alerts.OverdueSource.class,
                vn.toancanh.alerts.AlertState.class,
                vn.toancanh.alerts.AlertRuleKind.class,
                AlertSeverity.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                Labelled labelled = (Labelled) constant;
                if (labelled.labelVi().isEmpty()) {
                    continue; // "no state", shown as nothing in both languages
                }
                assertThat(labels.of(labelled))
                        .as(type.getSimpleName() + "." + constant.name())
                        .isNotEqualTo(labelled.labelVi());
            }
        }
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(
                "i18n/messages",
                "i18n/organisation",
                "i18n/feedback",
                "i18n/operations",
                "i18n/sensors",
                "i18n/alerts");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
