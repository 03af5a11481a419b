package app.kith.digest;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a digest as a message from the templates in {@code mail/}: {@code digest.txt} in Thymeleaf's
 * text mode and {@code digest.html} in HTML mode, where {@code th:text} escapes every name and note.
 * An engine of its own, not the web's: the web's resolves pages under {@code templates/}, and the
 * command line has none.
 */
@Component
class DigestRenderer {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    DigestRenderer() {
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        return resolver;
    }

    RenderedDigest render(DigestContent digest, DigestLinks links, boolean test) {
        Context context = new Context(Locale.ENGLISH, Map.of("digest", digest, "links", links, "test", test,
                "day", DAY.format(digest.date())));
        String subject = (test ? "[test] " : "") + "Your Kith digest for " + DAY.format(digest.date())
                + (digest.isEmpty() ? "" : ": " + digest.listed() + (digest.listed() == 1 ? " thing" : " things"));
        return new RenderedDigest(subject, engine.process("digest.txt", context).strip() + "\n",
                engine.process("digest.html", context));
    }
}
