/** Building blocks every module uses: account scoping, ids, errors, the database and the clock. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.kith.shared;
