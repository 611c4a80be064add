package jp.musubi.webapp.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import jp.musubi.webapp.support.HttpVisitor;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions live in the database (spring-session-jdbc), which is what lets a second node continue a login:
 * the row is there after the login, and once it is gone the same cookie is no longer logged in.
 */
@MusubiSpringBootTest
class SessionInDatabaseTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLoginIsARowInTheSessionTableAndOnlyThat() throws Exception {
        HttpVisitor pref = HttpVisitor.loggedIn(URI.create("http://127.0.0.1:" + port), "pref", "musubi-demo");
        assertThat(pref.get("/mypage").statusCode()).isEqualTo(200);
        assertThat(sessionsOf("pref")).isPositive();

        jdbc.sql("DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = 'pref'").update();

        assertThat(pref.get("/mypage").statusCode()).as("the cookie alone is no login").isEqualTo(302);
    }

    private long sessionsOf(String user) {
        return jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?").param(user)
                .query(Long.class).single();
    }
}
