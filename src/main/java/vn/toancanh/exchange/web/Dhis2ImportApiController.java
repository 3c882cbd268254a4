package vn.toancanh.exchange.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.datavalues.ImportSummary;
import vn.toancanh.exchange.internal.Dhis2ImportInput;
import vn.toancanh.exchange.internal.Dhis2ImportResult;
import vn.toancanh.exchange.internal.Dhis2ImportService;

/** Admins pull values from a DHIS2 instance: 200 with the summary, 409 when rows were refused and nothing written. */
@RestController
@RequestMapping("/api/exchange/dhis2")
class Dhis2ImportApiController {

    private final Dhis2ImportService imports;

    Dhis2ImportApiController(Dhis2ImportService imports) {
        this.imports = imports;
    }

    @PostMapping("/import")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Lấy số liệu từ một hệ thống DHIS2 (dataValueSets) và nhập, tất cả hoặc không",
            description =
                    "Gọi {baseUrl}/api/dataValueSets.json?dataSet=…&period=…&orgUnit=…&children=true&idScheme=CODE"
                            + " bằng tên đăng nhập và mật khẩu (Basic) hoặc mã truy cập cá nhân d2pat_… (ApiToken);"
                            + " mã phần tử dữ liệu và mã đơn vị của DHIS2 được đối chiếu với mã chỉ tiêu và mã đơn vị."
                            + " Một dòng sai thì không ghi gì và liệt kê mọi dòng sai (409); dryRun=true chỉ kiểm tra."
                            + " Tài khoản chỉ dùng cho lần gọi này, không lưu, không ghi nhật ký."
                            + " DHIS2 không kết nối được, từ chối tài khoản hay trả về trang web: 502 (hết giờ: 504);"
                            + " không có giá trị nào: 422.")
    ResponseEntity<Dhis2ImportResponse> importValues(@RequestBody Dhis2ImportInput request) {
        Dhis2ImportResult result = imports.importFrom(request);
        HttpStatus status =
                result.summary().status() == ImportSummary.Status.ERROR ? HttpStatus.CONFLICT : HttpStatus.OK;
        return ResponseEntity.status(status).body(Dhis2ImportResponse.from(result));
    }
}
