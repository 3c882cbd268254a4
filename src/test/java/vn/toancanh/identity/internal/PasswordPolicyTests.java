package vn.toancanh.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void acceptsEightCharactersOrMoreThatAreNotTheUsername() {
        assertThat(PasswordPolicy.problem("mật-khẩu", "lan")).isEmpty();
        assertThat(PasswordPolicy.problem("", "lan")).contains("Vui lòng nhập mật khẩu");
        assertThat(PasswordPolicy.problem("1234567", "lan")).contains("Mật khẩu phải có ít nhất 8 ký tự");
        assertThat(PasswordPolicy.problem("Nguyen.Lan", "nguyen.lan"))
                .contains("Mật khẩu không được trùng với tên đăng nhập");
        assertThat(PasswordPolicy.problem("đ".repeat(37), "lan"))
                .hasValueSatisfying(p -> assertThat(p).contains("quá dài"));
    }
}
