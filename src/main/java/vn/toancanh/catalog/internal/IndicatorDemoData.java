package vn.toancanh.catalog.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.IndicatorExpression;
import vn.toancanh.catalog.IndicatorView;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.DemoDataStep;
import vn.toancanh.shared.FieldProblem;

/**
 * Demo indicators over the demo items, in the four domains. They use only items 001–005 of their groups, which
 * exist in every demo size (see {@link DemoItemGenerator}); a formula that no longer fits the demo catalog fails
 * the load rather than leaving a broken indicator.
 */
@Component
class IndicatorDemoData implements DemoDataStep {

    private static final Logger log = LoggerFactory.getLogger(IndicatorDemoData.class);

    record DemoIndicator(
            String code,
            String sector,
            String nameVi,
            String nameEn,
            String unit,
            int decimals,
            SharingLevel sharing,
            String expression,
            @Nullable String description) {}

    static final List<DemoIndicator> INDICATORS = List.of(
            new DemoIndicator(
                    "IND-NS-THUE",
                    "KT-TCKH",
                    "Tỷ trọng thu thuế, phí, lệ phí trong thu ngân sách",
                    "Taxes, fees and charges as share of budget revenue",
                    "%",
                    1,
                    SharingLevel.PUBLIC,
                    "#{KT-TCKH-01-002} / #{KT-TCKH-01-001} * 100",
                    null),
            new DemoIndicator(
                    "IND-NS-THU-KT",
                    "KT-TCKH",
                    "Thu ngân sách tăng, giảm so với kỳ trước",
                    "Budget revenue change from the previous period",
                    "%",
                    1,
                    SharingLevel.INTERNAL,
                    "(#{KT-TCKH-01-001} - previous(#{KT-TCKH-01-001})) / previous(#{KT-TCKH-01-001}) * 100",
                    "Tháng này so với tháng trước, quý này so với quý trước."),
            new DemoIndicator(
                    "IND-NS-CHI-THU",
                    "KT-TCKH",
                    "Tỷ lệ chi ngân sách trên thu ngân sách (lũy kế)",
                    "Budget expenditure as share of revenue (year to date)",
                    "%",
                    1,
                    SharingLevel.INTERNAL,
                    "ytd(#{KT-TCKH-02-001}) / ytd(#{KT-TCKH-01-001}) * 100",
                    null),
            new DemoIndicator(
                    "IND-DTC-GIAINGAN",
                    "KT-TCKH",
                    "Tỷ lệ giải ngân vốn đầu tư công so với kế hoạch",
                    "Public investment disbursed against the allocated plan",
                    "%",
                    1,
                    SharingLevel.PUBLIC,
                    "least(ytd(#{KT-TCKH-03-004}) / #{KT-TCKH-03-003} * 100, 100)",
                    "Vốn đã giải ngân từ đầu năm chia kế hoạch vốn được giao; tối đa 100%."),
            new DemoIndicator(
                    "IND-DS-MATDO",
                    "XH-LDTBXH",
                    "Mật độ dân số",
                    "Population density",
                    "người/km²",
                    0,
                    SharingLevel.PUBLIC,
                    "#{XH-LDTBXH-01-001} / (#{KT-TNMT-01-001} / 100)",
                    "Dân số trung bình chia diện tích đất tự nhiên (1 km² = 100 ha)."),
            new DemoIndicator(
                    "IND-DS-NU",
                    "XH-LDTBXH",
                    "Tỷ lệ nữ trong dân số",
                    "Female share of the population",
                    "%",
                    1,
                    SharingLevel.PUBLIC,
                    "(#{XH-LDTBXH-01-001.SEX_AREA_F_U} + #{XH-LDTBXH-01-001.SEX_AREA_F_R}) / #{XH-LDTBXH-01-001} * 100",
                    null),
            new DemoIndicator(
                    "IND-DS-QUYMOHO",
                    "XH-LDTBXH",
                    "Quy mô hộ bình quân",
                    "Average household size",
                    "người/hộ",
                    2,
                    SharingLevel.PUBLIC,
                    "#{XH-LDTBXH-01-001} / #{XH-LDTBXH-01-003}",
                    null),
            new DemoIndicator(
                    "IND-LD-DAOTAO",
                    "XH-LDTBXH",
                    "Tỷ lệ lao động được đào tạo nghề trong năm so với lực lượng lao động",
                    "People given vocational training this year as share of the labour force",
                    "%",
                    1,
                    SharingLevel.INTERNAL,
                    "ytd(#{XH-LDTBXH-02-004}) / #{XH-LDTBXH-01-004} * 100",
                    null),
            new DemoIndicator(
                    "IND-HS-TRUCTUYEN",
                    "HC-TTHC",
                    "Tỷ lệ hồ sơ tiếp nhận trực tuyến",
                    "Share of dossiers received online",
                    "%",
                    1,
                    SharingLevel.PUBLIC,
                    "#{HC-TTHC-01-003} / #{HC-TTHC-01-002} * 100",
                    null),
            new DemoIndicator(
                    "IND-HS-DUNGHAN",
                    "HC-TTHC",
                    "Tỷ lệ hồ sơ giải quyết đúng hạn",
                    "Share of dossiers resolved on time",
                    "%",
                    1,
                    SharingLevel.PUBLIC,
                    "(#{HC-TTHC-02-003} - #{HC-TTHC-02-004}) / #{HC-TTHC-02-003} * 100",
                    null),
            new DemoIndicator(
                    "IND-NV-DUNGHAN",
                    "HC-NVG",
                    "Tỷ lệ nhiệm vụ hoàn thành đúng hạn (lũy kế)",
                    "Tasks completed on time, year to date",
                    "%",
                    1,
                    SharingLevel.INTERNAL,
                    "ytd(#{HC-NVG-02-002}) / ytd(#{HC-NVG-02-001}) * 100",
                    null),
            new DemoIndicator(
                    "IND-VB-KYSO",
                    "HC-VB",
                    "Tỷ lệ văn bản đi được ký số",
                    "Share of outgoing documents digitally signed",
                    "%",
                    1,
                    SharingLevel.INTERNAL,
                    "#{HC-VB-02-003} / #{HC-VB-02-002} * 100",
                    null),
            new DemoIndicator(
                    "IND-KN-GIAIQUYET",
                    "NC-KNTC",
                    "Tỷ lệ giải quyết đơn khiếu nại (lũy kế)",
                    "Complaints resolved as share of complaints received, year to date",
                    "%",
                    1,
                    SharingLevel.INTERNAL,
                    "least(ytd(#{NC-KNTC-02-003}) / ytd(#{NC-KNTC-02-002}) * 100, 100)",
                    "Đơn giải quyết có thể gồm cả đơn tồn từ năm trước, nên tỷ lệ được giới hạn ở 100%."),
            new DemoIndicator(
                    "IND-TNGT-TUVONG",
                    "NC-ANTT",
                    "Số người chết bình quân trên một vụ tai nạn giao thông",
                    "Road deaths per traffic accident",
                    "người/vụ",
                    2,
                    SharingLevel.RESTRICTED,
                    "if(#{NC-ANTT-03-001} > 0, #{NC-ANTT-03-002} / #{NC-ANTT-03-001}, 0)",
                    "Bằng 0 khi trong kỳ không có vụ tai nạn nào."),
            new DemoIndicator(
                    "IND-TNGT-KT",
                    "NC-ANTT",
                    "Số vụ tai nạn giao thông tăng, giảm so với kỳ trước",
                    "Change in traffic accidents from the previous period",
                    "vụ",
                    0,
                    SharingLevel.RESTRICTED,
                    "#{NC-ANTT-03-001} - previous(#{NC-ANTT-03-001})",
                    null));

    private final IndicatorRepository indicators;
    private final IndicatorWriter writer;
    private final DomainRepository domains;

    IndicatorDemoData(IndicatorRepository indicators, IndicatorWriter writer, DomainRepository domains) {
        this.indicators = indicators;
        this.writer = writer;
        this.domains = domains;
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public String name() {
        return "catalog-indicators";
    }

    @Override
    public void load(DemoDataSize size, long seed) {
        Map<String, Long> sectors = domains.sectorIdsByCode();
        for (DemoIndicator d : INDICATORS) {
            List<FieldProblem> problems = writer.expressionProblems(d.expression());
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Demo indicator " + d.code() + ": " + problems);
            }
            IndicatorView view = new IndicatorView(
                    0,
                    d.code(),
                    d.nameVi(),
                    d.nameEn(),
                    d.description(),
                    IndicatorExpression.parse(d.expression()).text(),
                    d.unit(),
                    d.decimals(),
                    d.sector(),
                    d.sharing(),
                    true);
            indicators.upsert(view, sectors.get(d.sector()));
        }
        log.info("Demo indicators: {}", INDICATORS.size());
    }
}
