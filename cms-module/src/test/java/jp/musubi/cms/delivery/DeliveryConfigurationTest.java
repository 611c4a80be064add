package jp.musubi.cms.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/** Magnolia-style filters as browsers and curl send them, unencoded, reach the application. */
class DeliveryConfigurationTest {

    private static final String REQUEST_TARGET = "/.rest/delivery/articles?tags[in]=a|b&fee[gt]=1";

    @Test
    void tomcatRefusesBracketsAndBarsInAQueryUnlessRelaxed() throws IOException {
        assertThat(statusOf(false)).as("Tomcat's default").isEqualTo(400);
        assertThat(statusOf(true)).isEqualTo(200);
    }

    @Test
    void relaxedCharactersAlreadyConfiguredAreKept() {
        assertThat(DeliveryConfiguration.merge("^{}")).isEqualTo("^{}[]|");
        assertThat(DeliveryConfiguration.merge("|[")).isEqualTo("|[]");
    }

    /** Starts Tomcat on a free loopback port, sends one raw request, returns its status code. */
    private static int statusOf(boolean customized) throws IOException {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        factory.setAddress(InetAddress.getLoopbackAddress());
        if (customized) {
            factory.addConnectorCustomizers(new DeliveryConfiguration().deliveryQueryCharacters());
        }
        WebServer server = factory.getWebServer(context -> context.addServlet("ok", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                response.setStatus(request.getParameter("tags[in]").equals("a|b") ? 200 : 500);
            }
        }).addMapping("/*"));
        server.start();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + REQUEST_TARGET + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } finally {
            server.stop();
        }
    }
}
