package com.empathycoach.web.security;

import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.web.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import com.vaadin.flow.spring.security.RequestUtil;
import java.time.Duration;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

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
                .headers(SecurityConfig::securityHeaders)
                .addFilterBefore(new ApiKeyFilter(apiKey), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(ApiKeyFilter.ROLE))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, failed) -> unauthorized(response))
                        .accessDeniedHandler((request, response, denied) -> unauthorized(response)))
                .build();
    }

    /** The API's refusal as problem details (RFC 9457), like its other errors. */
    static void unauthorized(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"Send the integration API key in the X-Api-Key header.\"}");
    }

    /** Browser features no page of the app uses; a page that wants one must be added here on purpose. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), interest-cohort=()";

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil requestUtil, IdentityFacade identity,
            @Value("${empathy.security.account-recheck:10s}") Duration accountRecheck) throws Exception {
        http.headers(SecurityConfig::securityHeaders);
        // A session ends once its account is deactivated or its roles change (read again every few seconds).
        http.addFilterAfter(new SignedInAccountCheck(identity, accountRecheck), SecurityContextHolderFilter.class);
        // Every POST carries a CSRF token, the sign-in form included (it sends the token from the page's meta tags)
        // whatever spelling of /login it is posted to. Vaadin's own requests carry Vaadin's token instead.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        // The login page is named here as well as by Vaadin below, so Spring never generates its own sign-in page.
        http.formLogin(form -> form.loginPage("/login").failureHandler(signInFailures()));
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**", "/openbadges/**").permitAll());
        // Any other address needs a signed-in user; Vaadin then answers an unknown one with the not-found view.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .enableCsrfConfiguration(false)
                .loginView(LoginView.class)
                .anyRequest(any -> any.authenticated())).build();
    }

    /**
     * The same headers on every response of both chains. They are written before the request goes on, so a
     * response that Vaadin or an error page commits early carries them too (written lazily, they were lost).
     */
    static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }

    /** A throttled sign-in gets its own message; every other failure the same one, naming neither name nor password. */
    static AuthenticationFailureHandler signInFailures() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(SignInThrottledException.class.getName(), "/login?blocked"));
        return handler;
    }

    /** The one authentication provider: the throttle first, then the password (see the class it builds). */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        return new ThrottledAuthenticationProvider(users, encoder, throttle);
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
