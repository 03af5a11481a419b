/** Building blocks every module uses: account scoping, ids, text, dates, pages, errors and the clock. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package app.kith.shared;

import org.springframework.modulith.ApplicationModule;
