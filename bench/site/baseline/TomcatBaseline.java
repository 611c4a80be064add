import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;

/**
 * The ceiling for any servlet application on this machine: the same embedded Tomcat the product runs, with one
 * servlet that writes fixed bytes from memory (no Spring, no filters). load.sh measures it beside the product and
 * nginx, so the delivery API's ratio can be read against what Tomcat itself reaches.
 *
 * Usage: java -cp tomcat-embed-core.jar TomcatBaseline.java PORT FILE CONTENT_TYPE
 */
public class TomcatBaseline {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        String contentType = args[2];
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("tomcat-baseline").toString());
        tomcat.setPort(port);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "bytes", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
                response.setContentType(contentType);
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
        });
        context.addServletMappingDecoded("/*", "bytes");
        tomcat.start();
        tomcat.getServer().await();
    }
}
