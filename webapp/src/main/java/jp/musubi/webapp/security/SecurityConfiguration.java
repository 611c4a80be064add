package jp.musubi.webapp.security;

import java.util.Comparator;
import java.util.List;
import jp.musubi.workflow.account.AccessRules;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Who may reach which route. Every rule here has a row in {@code docs/access-matrix.md};
 * {@code AccessMatrixTest} checks each cell of that table against this configuration.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(LoginProtectionProperties.class)
class SecurityConfiguration {

    /**
     * The password is checked before the account's status: a disabled account answers "disabled"
     * only to the right password, and any other password reads like an unknown ID.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(AccountService accounts, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginFailureHandler failureHandler,
                                            ApiSecurityProblems apiProblems, LoginThrottle throttle,
                                            List<AccessRules> contributedRules,
                                            ObjectProvider<HandlerMapping> handlerMappings) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http
                // After the CSRF check, before the password is looked at.
                .addFilterBefore(new LoginThrottleFilter(throttle, failureHandler),
                        UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Role.ADMIN.name())
                        .requestMatchers("/", "/login", "/error", "/assets/**", "/favicon.ico").permitAll()
                        .requestMatchers(readOnly("/.rest/delivery/**", "/dam/**")).permitAll()
                        .requestMatchers("/newsletter/unsubscribe").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/cms/search/reindex").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/cms/**").hasAnyRole(Role.EDITOR.name(), Role.SECRETARIAT.name())
                        .requestMatchers("/admin/newsletters", "/admin/newsletters/**")
                        .hasAnyRole(Role.SECRETARIAT.name(), Role.ADMIN.name()))
                // Each area's rules live in its own method below, in the order of docs/access-matrix.md.
                .authorizeHttpRequests(this::publicSiteAndMemberPortal)
                .authorizeHttpRequests(this::inbox)
                .authorizeHttpRequests(this::editor)
                .authorizeHttpRequests(this::modeler)
                .authorizeHttpRequests(this::accountsAndProcesses)
                // Features that bring their own routes contribute their rules as beans.
                .authorizeHttpRequests(authorize -> contributedRules.stream()
                        .sorted(Comparator.comparingInt(AccessRules::order))
                        .forEach(rules -> rules.apply(authorize)))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/mypage").authenticated()
                        // No route answers it: the Japanese 404 whoever asks, not a login for nothing.
                        .requestMatchers(new UnmappedRoutes(handlerMappings)).permitAll()
                        .anyRequest().authenticated())
                // RFC 8058 one-click unsubscribe: the mail client POSTs without a session or CSRF token; the
                // signed token in the URL is what authorizes it. Exactly this path and method, nothing else.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/newsletter/unsubscribe")))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(apiProblems.authenticationEntryPoint(), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor(apiProblems.accessDeniedHandler(), api)
                        // Pages: 403 through the error page (a single mapping above would serve every request).
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
                .formLogin(form -> form
                        .loginPage("/login")
                        .failureHandler(failureHandler)
                        .successHandler(successHandler())
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /** GET and HEAD of each pattern: HEAD is allowed wherever GET is (RFC 9110 §9.3.2). */
    private static RequestMatcher[] readOnly(String... patterns) {
        return java.util.Arrays.stream(patterns)
                .flatMap(pattern -> java.util.stream.Stream.of(HttpMethod.GET, HttpMethod.HEAD)
                        .map(method -> PathPatternRequestMatcher.withDefaults().matcher(method, pattern)))
                .toArray(RequestMatcher[]::new);
    }

    /** Back to the page that asked for the login (its path only, see {@link RelativeRedirectStrategy}), else マイページ. */
    private static SavedRequestAwareAuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl("/mypage");
        handler.setRedirectStrategy(new RelativeRedirectStrategy());
        return handler;
    }

    /** Public website pages and forms, and the member portal ({@code /member/**}). */
    private void publicSiteAndMemberPortal(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
        authorize
                .requestMatchers(readOnly("/articles", "/articles/*", "/issues", "/issues/*", "/seeds",
                        "/seeds/*", "/members", "/members/*", "/events", "/events/*", "/pages/*", "/sitemap.xml"))
                .permitAll()
                .requestMatchers(readOnly("/talents", "/talents/*"))
                .permitAll()
                .requestMatchers(readOnly("/consultation-join", "/consultation-join/done"))
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/consultation-join/confirm", "/consultation-join/edit",
                        "/consultation-join/submit")
                .permitAll()
                .requestMatchers(readOnly("/join", "/contact", "/consultation", "/join/done", "/contact/done",
                        "/consultation/done", "/propose", "/propose/done"))
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/join/confirm", "/join/edit", "/join/submit", "/contact/confirm",
                        "/contact/edit", "/contact/submit", "/consultation/confirm", "/consultation/edit",
                        "/consultation/submit", "/propose/confirm", "/propose/edit", "/propose/submit")
                .permitAll()
                // The editor's preview may show unpublished revisions: content staff only.
                .requestMatchers(readOnly("/editor/preview/**"))
                .hasAnyRole(Role.EDITOR.name(), Role.SECRETARIAT.name(), Role.PREF_STAFF.name())
                .requestMatchers("/member", "/member/**").hasRole(Role.MEMBER.name());
    }

    /**
     * Task inbox ({@code /inbox/**}): the staff roles that have workflow tasks. Which task a user may
     * open or act on is checked per task by the inbox (candidate group or assignee); reassigning
     * is further limited to SECRETARIAT and PREF_STAFF there.
     */
    private void inbox(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
        authorize.requestMatchers("/inbox", "/inbox/**")
                .hasAnyRole(Role.PREF_STAFF.name(), Role.SECRETARIAT.name(), Role.EDITOR.name());
    }

    /**
     * CMS editor ({@code /editor/**}): editors and the secretariat write; the approver (PREF_STAFF)
     * also reads the review fragment the inbox loads (the preview's rule is with the public site's).
     */
    private void editor(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
        authorize
                .requestMatchers(readOnly("/editor/review/**"))
                .hasAnyRole(Role.PREF_STAFF.name(), Role.SECRETARIAT.name(), Role.EDITOR.name())
                .requestMatchers("/editor", "/editor/**").hasAnyRole(Role.EDITOR.name(), Role.SECRETARIAT.name());
    }

    /** BPMN modeler ({@code /modeler/**}, its API {@code /api/modeler/**}): process owners only. */
    private void modeler(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
        authorize.requestMatchers("/modeler", "/modeler/**", "/api/modeler/**").hasRole(Role.PROCESS_OWNER.name());
    }

    /** Account activation and other process-driven pages outside the areas above. */
    private void accountsAndProcesses(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
        // The one-time token in the mailed link is what authorizes setting the first password.
        authorize.requestMatchers("/account/activate", "/account/activate/done").permitAll();
    }
}
