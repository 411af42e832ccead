package com.empathycoach.web.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class NativeArgon2PasswordEncoderTest {

    private static final int MEMORY = SecurityConfig.ARGON2_MEMORY_KIB;
    private static final int ITERATIONS = SecurityConfig.ARGON2_ITERATIONS;

    private final PasswordEncoder java = new Argon2PasswordEncoder(16, 32, 1, MEMORY, ITERATIONS);

    @Test
    void theNativeLibraryLoadsOnLinuxX64() {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux")
                && System.getProperty("os.arch").matches("amd64|x86_64"), "bundled library checked on Linux x64 only");
        assertThat(NativeArgon2PasswordEncoder.best(MEMORY, ITERATIONS, 1)).isInstanceOf(NativeArgon2PasswordEncoder.class);
    }

    @Test
    void hashesFromEitherImplementationAreCheckedByTheOther() {
        PasswordEncoder best = NativeArgon2PasswordEncoder.best(MEMORY, ITERATIONS, 1);
        String password = "correct horse battery staple ñ 中";

        String fromBest = best.encode(password);
        assertThat(fromBest).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(java.matches(password, fromBest)).isTrue();
        assertThat(java.matches(password + "x", fromBest)).isFalse();

        String fromJava = java.encode(password);
        assertThat(best.matches(password, fromJava)).isTrue();
        assertThat(best.matches("correct horse battery staple", fromJava)).isFalse();
        assertThat(best.encode(password)).as("a fresh salt every time").isNotEqualTo(fromBest);
    }

    @Test
    void refusesMalformedOrForeignHashesAndAsksToUpgradeWeakerOnes() {
        PasswordEncoder best = NativeArgon2PasswordEncoder.best(MEMORY, ITERATIONS, 1);
        assertThat(best.matches("secret", "not a hash")).isFalse();
        assertThat(best.matches("secret", "$argon2id$v=19$m=19456,t=2,p=1$broken")).isFalse();
        assertThat(best.matches("secret", null)).isFalse();
        String weaker = new Argon2PasswordEncoder(16, 32, 1, 4096, 1).encode("secret");
        assertThat(best.upgradeEncoding(weaker)).isTrue();
        assertThat(best.upgradeEncoding(best.encode("secret"))).isFalse();
    }
}
