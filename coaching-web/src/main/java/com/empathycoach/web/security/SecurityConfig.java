package com.empathycoach.web.security;

import com.empathycoach.web.identity.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
class SecurityConfig {

    /**
     * Vaadin's client engine runs the small scripts the server sends through {@code new Function}, and its
     * bootstrap and Lumo use inline script and style, hence the two {@code unsafe-} sources; everything else is
     * locked to this origin, and no page may be framed. Output is escaped by the components themselves.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /** OWASP's minimum for Argon2id: 19 MiB of memory, 2 iterations, 1 lane. */
    static final int ARGON2_MEMORY_KIB = 19 * 1024;
    static final int ARGON2_ITERATIONS = 2;

    /** The integration API: stateless, no cookies, no CSRF token, only a valid API key gets in. */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, @Value("${empathy.integration.api-key:}") String apiKey)
            throws Exception {
        return http.securityMatcher("/api/**")
                .addFilterBefore(new ApiKeyFilter(apiKey), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(ApiKeyFilter.ROLE))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((request, response, denied) -> response.sendError(HttpStatus.UNAUTHORIZED.value())))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny()));
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**", "/openbadges/**").permitAll());
        // Any other address needs a signed-in user; Vaadin then answers an unknown one with the not-found view.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .anyRequest(any -> any.authenticated())).build();
    }

    /** Announces sign-in successes and failures, which the login throttle counts. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    /** Argon2id (native where it loads), with at most {@code empathy.security.concurrent-password-hashes} hashes running at once. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${empathy.security.concurrent-password-hashes:0}") int concurrentHashes) {
        PasswordEncoder argon2 = NativeArgon2PasswordEncoder.best(ARGON2_MEMORY_KIB, ARGON2_ITERATIONS, 1);
        return new BoundedPasswordEncoder(argon2, concurrentHashes > 0 ? concurrentHashes
                : BoundedPasswordEncoder.defaultPermits(argon2 instanceof NativeArgon2PasswordEncoder));
    }
}
