package jp.musubi.webapp.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The login form's POST from a given client address: failed logins are throttled per address. */
final class LoginRequests {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private LoginRequests() {
    }

    static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("username", username).param("password", password);
    }

    /** An address no other test uses, so one test's failures never throttle another's. */
    static String freshAddress() {
        int n = NEXT.incrementAndGet();
        return "10.2." + (n / 250) + "." + (n % 250 + 1);
    }
}
