package vn.toancanh.datavalues.internal;

import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.Role;
import vn.toancanh.organisation.UnitView;

/**
 * Who may write which value: admins everything; officers the values of their unit and the units below it, and the
 * items their unit owns (a department maintains its items for every commune); leaders and viewers nothing. An
 * external system's key may further be limited to some data groups.
 */
public record WriteScope(CurrentUser user, @Nullable UnitView userUnit) {

    public boolean allows(DataItemView item, UnitView unit) {
        if (!user.writesGroup(item.groupCode())) {
            return false;
        }
        if (user.role() == Role.ADMIN) {
            return true;
        }
        if (!user.role().isOfficer() || userUnit == null) {
            return false;
        }
        return unit.isWithin(userUnit) || (item.ownerUnitId() != null && item.ownerUnitId() == userUnit.id());
    }

    public String denial(DataItemView item, UnitView unit) {
        if (!user.writesGroup(item.groupCode())) {
            return "Chỉ tiêu " + item.code() + " thuộc nhóm " + item.groupCode()
                    + " ngoài phạm vi của khóa (khóa chỉ ghi các nhóm " + String.join(", ", user.dataGroups()) + ")";
        }
        if (!user.role().isOfficer()) {
            return "Không có quyền ghi số liệu: vai trò của tài khoản chỉ được xem";
        }
        if (userUnit == null) {
            return "Không có quyền ghi số liệu: tài khoản chưa được gán đơn vị";
        }
        return "Không có quyền ghi số liệu của đơn vị " + unit.code() + " cho chỉ tiêu " + item.code()
                + " (ngoài phạm vi của " + userUnit.code() + ")";
    }
}
