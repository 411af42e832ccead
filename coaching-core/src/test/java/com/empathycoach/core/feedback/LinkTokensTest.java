package com.empathycoach.core.feedback;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LinkTokensTest {

    @Test
    void shouldCarryTwoHundredFiftySixRandomBitsInAUrlSafeForm() {
        String token = LinkTokens.newToken();
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(LinkTokens.wellFormed(token)).isTrue();
    }

    @Test
    void shouldNeverRepeatAToken() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            assertThat(seen.add(LinkTokens.newToken())).isTrue();
        }
    }

    @Test
    void shouldRefuseAnythingThatCannotBeAToken() {
        assertThat(LinkTokens.wellFormed(null)).isFalse();
        assertThat(LinkTokens.wellFormed("")).isFalse();
        assertThat(LinkTokens.wellFormed("short")).isFalse();
        assertThat(LinkTokens.wellFormed(LinkTokens.newToken() + "x")).isFalse();
        assertThat(LinkTokens.wellFormed("<script>alert(1)</script>aaaaaaaaaaaaaaaaaa")).isFalse();
    }

    @Test
    void shouldHashTheSameTokenAlikeAndDifferentTokensApart() {
        String token = LinkTokens.newToken();
        assertThat(LinkTokens.hash(token)).hasSize(32).isEqualTo(LinkTokens.hash(token));
        assertThat(LinkTokens.hash(token)).isNotEqualTo(LinkTokens.hash(LinkTokens.newToken()));
    }
}
