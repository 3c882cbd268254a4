package vn.toancanh.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.catalog.CatalogImportResult.RowProblem;
import vn.toancanh.shared.FileFormat;

/** Catalog files: all-or-nothing imports, readable Excel, and an export that imports back unchanged. */
@SpringBootTest
class CatalogImportExportTests {

    static final String HEADER = "code,name,name_en,group,unit_of_measure,value_type,aggregation_type,"
            + "time_aggregation_type,period_type,category_combo,owner_unit,reporting_units,sharing,min_value,max_value,active\n";

    @Autowired
    CatalogService catalog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importIsAllOrNothingAndReportsEveryBadRow() {
        long before = itemCount();
        String csv = HEADER
                + "TEST-IMP-001,Số hộ được hỗ trợ,Households supported,XH-LDTBXH-03,hộ,INTEGER,SUM,SUM,MONTHLY,,,,INTERNAL,0,,true\n"
                + "TEST-IMP-002,Tỷ lệ hộ được hỗ trợ,,XH-LDTBXH-03,%,PERCENTAGE,AVERAGE,AVERAGE,MONTHLY,,,,,0,100,\n"
                + "TEST-IMP-003,Ghi chú,,NO-GROUP,,TEXT,SUM,,,,,,,,,\n"
                + "TEST-IMP-004,Số lượng,,XH-LDTBXH-03,,DECIMAL,SUM,,,,312-NOPE,,PUBLIC,abc,,maybe\n"
                + "TEST-IMP-001,Trùng mã,,XH-LDTBXH-03,,INTEGER,SUM,,,,,,,5,1,\n";
        CatalogImportResult result = catalog.importItems(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.applied()).isFalse();
        assertThat(result.created()).isZero();
        assertThat(result.problems())
                .extracting(RowProblem::row, RowProblem::field)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(4, "group"),
                        org.assertj.core.groups.Tuple.tuple(4, "aggregation_type"),
                        org.assertj.core.groups.Tuple.tuple(5, "value_type"),
                        org.assertj.core.groups.Tuple.tuple(5, "owner_unit"),
                        org.assertj.core.groups.Tuple.tuple(5, "min_value"),
                        org.assertj.core.groups.Tuple.tuple(5, "active"),
                        org.assertj.core.groups.Tuple.tuple(6, "code"),
                        org.assertj.core.groups.Tuple.tuple(6, "max_value"));
        assertThat(result.problems()).noneMatch(p -> p.row() == 2 || p.row() == 3);
        assertThat(result.problems())
                .extracting(RowProblem::reason)
                .contains(
                        "Không tìm thấy nhóm dữ liệu 'NO-GROUP'",
                        "'abc' không phải là số",
                        "Mã 'TEST-IMP-001' lặp lại trong tệp");
        assertThat(itemCount()).isEqualTo(before);
        assertThat(catalog.findItemByCode("TEST-IMP-001")).isEmpty();
    }

    @Test
    void validFileCreatesAndUpdatesItems() {
        String csv = HEADER
                + "TEST-IMP-101,Số hộ được vay vốn,,XH-LDTBXH-03,hộ,INTEGER,SUM,,,SEX,,11581;11584,INTERNAL,0,,true\n"
                + "KT-TCKH-01-002,Thu thuế phí và lệ phí (sửa),Taxes and fees,KT-TCKH-01,triệu đồng,NUMBER,SUM,SUM,"
                + "MONTHLY,,312-THUE,,PUBLIC,0,,true\n";
        CatalogImportResult result = catalog.importItems(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        DataItemDetailView created = catalog.getItemDetail("TEST-IMP-101");
        assertThat(created.item().periodType())
                .isEqualTo(catalog.getGroupDetail("XH-LDTBXH-03").group().periodType());
        assertThat(created.item().timeAggregationType()).isEqualTo(AggregationType.SUM);
        assertThat(created.categoryComboCode()).isEqualTo("SEX");
        assertThat(created.reportingUnitCodes()).containsExactly("11581", "11584");
        DataItemDetailView updated = catalog.getItemDetail("KT-TCKH-01-002");
        assertThat(updated.item().name()).isEqualTo("Thu thuế phí và lệ phí (sửa)");
        assertThat(updated.ownerUnitCode()).isEqualTo("312-THUE");
        assertThat(updated.item().sharing()).isEqualTo(SharingLevel.PUBLIC);
    }

    @Test
    void exportImportsBackUnchanged() {
        for (FileFormat format : FileFormat.values()) {
            ItemFilter filter = new ItemFilter(null, "XH-YT", null, null, null, null);
            List<DataItemDetailView> before = details(filter);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            catalog.exportItems(format, filter, out);
            CatalogImportResult result = catalog.importItems(out.toByteArray());
            assertThat(result.problems()).as(format.name()).isEmpty();
            assertThat(result.updated()).isEqualTo(before.size()).isEqualTo(30);
            assertThat(result.created()).isZero();
            assertThat(details(filter)).as(format.name()).isEqualTo(before);
        }
    }

    @Test
    void excelHasVietnameseBoldHeadersAndColumnWidths() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        catalog.exportItems(FileFormat.XLSX, ItemFilter.ofGroup("XH-LDTBXH-01"), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Danh mục chỉ tiêu");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mã chỉ tiêu");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Tên chỉ tiêu");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Kiểu giá trị");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getColumnWidth(1)).isEqualTo(60 * 256);
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(16));
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("XH-LDTBXH-01-001");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Dân số trung bình");
            assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("SEX_AREA");
        }
    }

    @Test
    void csvStartsWithABomAndKeyHeaders() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        catalog.exportItems(FileFormat.CSV, ItemFilter.ofGroup("KT-TCKH-01"), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFcode,name,name_en,short_name,group,");
        assertThat(csv.lines()).hasSize(6);
        assertThat(csv).contains("KT-TCKH-01-001,Thu ngân sách nhà nước trên địa bàn,");
    }

    private List<DataItemDetailView> details(ItemFilter filter) {
        return catalog.listItems(vn.toancanh.shared.PageQuery.of(1, 1000, null, "code"), filter).items().stream()
                .map(i -> catalog.getItemDetail(i.code()))
                .toList();
    }

    private long itemCount() {
        return jdbc.sql("SELECT count(*) FROM data_item").query(Long.class).single();
    }
}
