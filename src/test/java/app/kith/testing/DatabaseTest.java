package app.kith.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs twice: once on SQLite and once on PostgreSQL, each time against the real
 * application context. Parameters are beans of that context; each {@code AccountId} parameter is a
 * new, empty account, so tests never see each other's data.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BothDatabases.class)
public @interface DatabaseTest {
}
