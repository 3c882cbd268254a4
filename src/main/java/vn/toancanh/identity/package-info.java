/**
 * Users, roles, unit scope, login, API tokens and the audit log. Low in the graph: other modules call it, it
 * calls only shared; what it needs to know about units comes through the {@link vn.toancanh.identity.UnitDirectory}
 * port that organisation implements.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package vn.toancanh.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
