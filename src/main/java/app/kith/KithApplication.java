package app.kith;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring application: every direct sub-package is a module (see package-info in each). */
@SpringBootApplication
public class KithApplication {
}
