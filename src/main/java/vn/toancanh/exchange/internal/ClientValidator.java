package vn.toancanh.exchange.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/** Checks clients and key scopes, naming each problem by its form field, in Vietnamese. */
@Component
class ClientValidator {

    private final ClientRepository clients;
    private final CatalogService catalog;
    private final OrganisationService organisation;
    private final ExchangeProperties properties;

    ClientValidator(
            ClientRepository clients,
            CatalogService catalog,
            OrganisationService organisation,
            ExchangeProperties properties) {
        this.clients = clients;
        this.catalog = catalog;
        this.organisation = organisation;
        this.properties = properties;
    }

    ClientInput client(ClientInput in, @Nullable Long id) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = trim(in.name());
        if (name == null || name.length() > 200) {
            problems.add(new FieldProblem("name", "Vui lòng nhập tên hệ thống (tối đa 200 ký tự)"));
        } else if (clients.nameTaken(name, id)) {
            problems.add(new FieldProblem("name", "Đã có hệ thống tên \"" + name + "\""));
        }
        String email = trim(in.contactEmail());
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new FieldProblem("contactEmail", "Địa chỉ thư điện tử không hợp lệ"));
        }
        String phone = trim(in.contactPhone());
        if (phone != null && !phone.matches("[+0-9 ().-]{6,20}")) {
            problems.add(new FieldProblem("contactPhone", "Số điện thoại không hợp lệ"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ClientInput(
                name,
                trim(in.ownerUnit()),
                trim(in.contactName()),
                email,
                phone,
                trim(in.description()),
                in.isActive());
    }

    ClientRepository.NewKey key(KeyInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!in.canRead() && !in.canWrite()) {
            problems.add(new FieldProblem("scopes", "Chọn ít nhất một quyền: đọc hoặc ghi"));
        }
        List<String> groups = in.dataGroups() == null
                ? List.of()
                : Arrays.stream(in.dataGroups().split("[,;\\s]+"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
        groups.stream()
                .filter(g -> catalog.findGroupByCode(g).isEmpty())
                .forEach(g -> problems.add(new FieldProblem("dataGroups", "Không có nhóm dữ liệu mã \"" + g + "\"")));
        String unit = trim(in.unitCode());
        if (unit != null && organisation.findByCode(unit).isEmpty()) {
            problems.add(new FieldProblem("unitCode", "Không có đơn vị mã \"" + unit + "\""));
        }
        if (in.canWrite() && unit == null) {
            problems.add(new FieldProblem("unitCode", "Khóa có quyền ghi phải giới hạn trong một đơn vị"));
        }
        List<EndpointFamily> families = new ArrayList<>();
        for (String f : in.families() == null ? List.<String>of() : in.families()) {
            try {
                families.add(EndpointFamily.valueOf(f));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("families", "Nhóm API \"" + f + "\" không có"));
            }
        }
        if (families.isEmpty() && (in.families() == null || in.families().isEmpty())) {
            problems.add(new FieldProblem("families", "Chọn ít nhất một nhóm API"));
        }
        LocalDate expires = null;
        try {
            expires = in.expiresOn() == null || in.expiresOn().isBlank()
                    ? LocalDate.now().plusDays(properties.keyDays())
                    : LocalDate.parse(in.expiresOn().strip());
            if (!expires.isAfter(LocalDate.now())
                    || expires.isAfter(LocalDate.now().plusYears(3))) {
                problems.add(new FieldProblem("expiresOn", "Ngày hết hạn phải sau hôm nay và trong vòng 3 năm"));
            }
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("expiresOn", "Ngày hết hạn không đúng (năm-tháng-ngày)"));
        }
        int rate = in.ratePerMinute() == null ? properties.ratePerMinute() : in.ratePerMinute();
        if (rate < 1 || rate > 100_000) {
            problems.add(new FieldProblem("ratePerMinute", "Số lượt mỗi phút từ 1 đến 100.000"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ClientRepository.NewKey(
                in.canRead(), in.canWrite(), groups, unit, families, rate, ClientService.endOfDay(expires));
    }

    private static @Nullable String trim(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
