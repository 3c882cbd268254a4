package vn.toancanh.organisation.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The JSON API over the real database: status, content and problem details. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class UnitApiControllerTests {

    /** Session-style requests need the CSRF token like the pages send it. */
    static final RequestPostProcessor ADMIN = request ->
            csrf().postProcessRequest(user("api-admin").roles("ADMIN").postProcessRequest(request));

    static final RequestPostProcessor VIEWER = user("api-viewer").roles("VIEWER");

    @Autowired
    MockMvc mvc;

    @Test
    void listsWithDiacriticInsensitiveSearchAndPaging() throws Exception {
        mvc.perform(get("/api/units")
                        .param("q", "an duong")
                        .param("sort", "name")
                        .with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].name").value("Huyện An Dương"))
                .andExpect(jsonPath("$.items[0].kindLabel").value("Quận/Huyện"))
                .andExpect(jsonPath("$.items[1].code").value("11581"))
                .andExpect(jsonPath("$.items[1].parentCode").value("312"))
                .andExpect(jsonPath("$.items[1].groups[0]").value("COMMUNES"));
        mvc.perform(get("/api/units")
                        .param("parent", "312")
                        .param("kind", "PARTNER")
                        .param("pageSize", "5")
                        .with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(7))
                .andExpect(jsonPath("$.items", hasSize(5)))
                .andExpect(jsonPath("$.pageSize").value(5));
        mvc.perform(get("/api/units").param("kind", "VILLAGE").with(VIEWER)).andExpect(status().isBadRequest());
    }

    @Test
    void treeAndSingleUnit() throws Exception {
        mvc.perform(get("/api/units/tree").param("root", "312").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("312"))
                .andExpect(jsonPath("$[0].children[*].code", hasItem("312-TK")))
                .andExpect(jsonPath("$[0].children[*].code", hasItem("11626")));
        mvc.perform(get("/api/units/312-TCKH").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Phòng Tài chính - Kế hoạch"))
                .andExpect(jsonPath("$.nameEn").value("Finance and Planning Office"))
                .andExpect(jsonPath("$.kind").value("DEPARTMENT"))
                .andExpect(jsonPath("$.open").value(true));
        mvc.perform(get("/api/units/KHONG-CO").with(VIEWER))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:toancanh:problem:not-found"))
                .andExpect(jsonPath("$.detail").value("Không tìm thấy đơn vị 'KHONG-CO'"));
    }

    @Test
    void createsUpdatesAndValidatesInVietnamese() throws Exception {
        mvc.perform(post("/api/units")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"code":"A-1","name":"Tổ công tác số 1","kind":"OTHER","parentCode":"312",
                         "latitude":20.86,"longitude":106.6,
                         "geometry":{"type":"Point","coordinates":[106.6,20.86]},"groups":["DEPARTMENTS"]}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/units/A-1"))
                .andExpect(jsonPath("$.level").value(3))
                .andExpect(jsonPath("$.geometry.type").value("Point"))
                .andExpect(jsonPath("$.groups[0]").value("DEPARTMENTS"));
        mvc.perform(put("/api/units/A-1")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"code":"A-1","name":"Tổ công tác số 1 (sửa)","kind":"OTHER","phone":"0225 3888999"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Tổ công tác số 1 (sửa)"))
                .andExpect(jsonPath("$.contact.phone").value("0225 3888999"))
                .andExpect(jsonPath("$.parentCode").value("312"));
        mvc.perform(post("/api/units")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"code":"","name":"","email":"khong-hop-le"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:toancanh:problem:invalid-input"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("code")))
                .andExpect(jsonPath("$.errors[*].reason", hasItem("Vui lòng nhập mã đơn vị")))
                .andExpect(jsonPath("$.errors[*].reason", hasItem("Vui lòng chọn loại đơn vị")))
                .andExpect(jsonPath("$.errors[*].reason", hasItem("Địa chỉ thư điện tử không hợp lệ")));
        mvc.perform(post("/api/units")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"code":"312","name":"Trùng","kind":"DISTRICT"}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("đã được dùng")));
    }

    @Test
    void writesNeedAnAdmin() throws Exception {
        mvc.perform(post("/api/units")
                        .with(VIEWER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"code":"V-1","name":"Không được","kind":"OTHER"}"""))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/units")).andExpect(status().isUnauthorized());
    }

    @Test
    void movesClosesMergesAndSplits() throws Exception {
        mvc.perform(post("/api/units")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"code":"M-A","name":"Xã M A","kind":"COMMUNE","parentCode":"312"}"""))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/units/312/move")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentCode\":\"11581\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("parentCode"));
        mvc.perform(post("/api/units/M-A/move")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentCode\":\"31\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value(2))
                .andExpect(jsonPath("$.parentCode").value("31"));
        mvc.perform(post("/api/units/merge")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"predecessors":["11581","11611"],"effectiveDate":"2025-07-01",
                         "successor":{"code":"11581-2025","name":"Phường An Dương","kind":"WARD","parentCode":"31"},
                         "legalBasis":"1669/NQ-UBTVQH15"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].successorCode").value("11581-2025"))
                .andExpect(jsonPath("$[0].kind").value("MERGE"));
        mvc.perform(get("/api/units/11581").with(VIEWER))
                .andExpect(jsonPath("$.validTo").value("2025-06-30"))
                .andExpect(jsonPath("$.open").value(false));
        mvc.perform(post("/api/units/split")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"predecessor":"M-A","effectiveDate":"2025-07-01","parts":[
                          {"successorCode":"11584","share":0.7},{"successorCode":"11587","share":0.2}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason", containsString("Tổng tỷ lệ")));
        mvc.perform(post("/api/units/M-A/close")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"validTo\":\"2025-06-30\",\"reason\":\"Thử\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.validTo").value("2025-06-30"));
        mvc.perform(post("/api/units/M-A/close")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("validTo"));
    }

    @Test
    void importReportsEveryRowOrAppliesAll() throws Exception {
        String bad = "code,name,kind,parent_code\nF-1,Xã F,xã,312\nF-2,,xã,312\nF-3,Xã G,lang,312\n";
        mvc.perform(multipart("/api/units/import").file(csv(bad)).with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Tệp có 2 lỗi; chưa đơn vị nào được ghi"))
                .andExpect(jsonPath("$.errors[0].field").value("rows[3].name"))
                .andExpect(jsonPath("$.rows[1].row").value(4))
                .andExpect(jsonPath("$.rows[1].field").value("kind"));
        mvc.perform(get("/api/units/F-1").with(VIEWER)).andExpect(status().isNotFound());
        mvc.perform(multipart("/api/units/import")
                        .file(csv("code,name,kind,parent_code\nF-1,Xã F,xã,312\n"))
                        .with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(1));
    }

    @Test
    void exportsCsvAndXlsx() throws Exception {
        mvc.perform(get("/api/units/export").param("format", "csv").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("don-vi.csv")))
                .andExpect(content().string(containsString("312-TCKH,Phòng Tài chính - Kế hoạch")));
        mvc.perform(get("/api/units/export").param("format", "xlsx").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/api/units/export").param("format", "pdf").with(VIEWER))
                .andExpect(status().isBadRequest());
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "units.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
