/** Building blocks every module uses: account scoping, ids, errors, the database and the clock. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package app.kith.shared;

import org.springframework.modulith.ApplicationModule;
