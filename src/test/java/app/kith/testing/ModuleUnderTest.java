package app.kith.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The {@code @ApplicationModuleTest} of a module test's checks ({@link ModuleChecks}): boots the
 * module of the package they are in, with the modules its beans use ({@link #mode}), shared (the
 * clock) and storage (the database; modules often use them only through other modules, so they are
 * not always direct dependencies), accounts and people (for {@link ModuleChecks}' accounts and
 * people; every module but backup uses people anyway), and no web server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ApplicationModuleTest(extraIncludes = {"shared", "storage", "people", "accounts"}, webEnvironment = WebEnvironment.NONE)
public @interface ModuleUnderTest {

    /**
     * Which other modules to boot: by default those whose beans the module's beans use; all of them,
     * transitively, when those use beans of further modules.
     */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
    BootstrapMode mode() default BootstrapMode.DIRECT_DEPENDENCIES;

    /**
     * The modules that should have beans in the context, by name, no more and no fewer:
     * {@link ModuleChecks} checks it, so a new dependency between modules shows here.
     */
    String[] booted();
}
