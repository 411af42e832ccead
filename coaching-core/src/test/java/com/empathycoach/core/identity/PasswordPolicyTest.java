package com.empathycoach.core.identity;

import com.empathycoach.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    private static void refused(String password, String reason, String... personal) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, personal)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo(reason));
    }

    @Test
    void shouldAcceptAnyLongEnoughPhraseWithoutCompositionRules() {
        assertThatCode(() -> PasswordPolicy.check("correct pony staple")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("alllowercaseletters")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("ñandú en la pampa")).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseFewerThanTwelveOrMoreThan128Characters() {
        refused("short-pass1", "validation.password.length");
        refused("x".repeat(129), "validation.password.length");
        refused(null, "validation.password.length");
    }

    @Test
    void shouldRefuseCommonPasswordsWhateverTheirCase() {
        refused("Password1234", "validation.password.common");
        refused("QWERTY123456", "validation.password.common");
        refused("  iloveyou1234 ", "validation.password.common");
        refused("aaaaaaaaaaaa", "validation.password.common");
        refused("abcabcabcabc", "validation.password.common");
    }

    @Test
    void shouldRefuseAPasswordMadeOfTheirOwnName() {
        refused("samirahaddad1", "validation.password.personal", "samira.haddad", "Samira Haddad");
        assertThatCode(() -> PasswordPolicy.check("my harbour of calm words", "samira", "Samira Haddad"))
                .doesNotThrowAnyException();
    }
}
