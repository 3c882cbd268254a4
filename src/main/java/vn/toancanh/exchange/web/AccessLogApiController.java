package vn.toancanh.exchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.exchange.internal.AccessLogService;
import vn.toancanh.exchange.internal.AccessLogView;
import vn.toancanh.shared.PageResult;

/** The clients' access log for admins: a page of entries, the CSV export, and the check of its hash chain. */
@RestController
@RequestMapping("/api/exchange")
class AccessLogApiController {

    private final AccessLogService log;

    AccessLogApiController(AccessLogService log) {
        this.log = log;
    }

    @GetMapping("/access-log")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Nhật ký truy cập của các hệ thống kết nối (lọc theo hệ thống, ngày, mã trạng thái; phân trang)",
            description =
                    "Ví dụ: /api/exchange/access-log?client=3&from=2026-12-01&to=2026-12-03&status=4xx&page=1&size=50")
    PageResult<AccessLogView> list(@ModelAttribute AccessLogParams params) {
        return log.list(params.filter(), params.pageOrFirst(), params.sizeOrDefault());
    }

    @GetMapping("/access-log.csv")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Xuất nhật ký truy cập ra CSV, cùng bộ lọc như danh sách")
    void csv(@ModelAttribute AccessLogParams params, HttpServletResponse response) throws IOException {
        AccessLogCsv.write(log, params.filter(), response);
    }

    @GetMapping("/access-log/verify")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Kiểm tra chuỗi băm của nhật ký: mục đầu tiên bị sửa, xóa hay chèn (nếu có)",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            examples = {
                                                @ExampleObject(
                                                        name = "nguyên vẹn",
                                                        value =
                                                                "{\"intact\":true,\"checked\":1204,"
                                                                        + "\"firstBrokenId\":null,\"checkedAt\":\"2026-12-03T19:00:00Z\"}"),
                                                @ExampleObject(
                                                        name = "bị sửa",
                                                        value = "{\"intact\":false,\"checked\":57,\"firstBrokenId\":57,"
                                                                + "\"checkedAt\":\"2026-12-03T19:00:00Z\"}")
                                            })))
    VerifyResponse verify() {
        AccessLogService.Verification v = log.verify();
        return new VerifyResponse(
                v.intact(),
                v.checked(),
                v.firstBroken() == null ? null : v.firstBroken().id(),
                v.firstBroken(),
                v.at());
    }

    record VerifyResponse(
            boolean intact,
            long checked,
            @Nullable Long firstBrokenId,
            @Nullable AccessLogView firstBroken,
            Instant checkedAt) {}
}
