/** Shared kernel: periods, Vietnamese text helpers, problem details, demo-data hooks. Depends on no module. */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package vn.toancanh.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
