package jp.musubi.cms.mail;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jp.musubi.cms.site.SiteProperties;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the mail templates under {@code templates/mail/}: {@code *.txt} in Thymeleaf's TEXT mode
 * and {@code *.html} in HTML mode, one pair per mail. Its own engine, not the web one, so the web
 * pages' resolver (HTML only, cached per view name) and this one's never mix. Every template sees
 * {@code site} (name, operator, base URL).
 */
public class MailTemplates {

    private static final String LOCATION = "templates/mail/";

    private final TemplateEngine engine;
    private final SiteProperties site;

    public MailTemplates(SiteProperties site) {
        this.site = site;
        SpringTemplateEngine spring = new SpringTemplateEngine();
        spring.setEnableSpringELCompiler(true);
        spring.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
        spring.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
        this.engine = spring;
    }

    /** Both bodies of {@code name} with {@code variables} (plus {@code site}). */
    public RenderedMail render(String name, Map<String, ?> variables) {
        Context context = new Context(Locale.JAPAN);
        context.setVariables(new HashMap<String, Object>(variables));
        context.setVariable("site", site);
        return new RenderedMail(engine.process(name + ".txt", context), engine.process(name + ".html", context));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(LOCATION);
        resolver.setTemplateMode(mode);
        resolver.getResolvablePatternSpec().addPattern(pattern);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
