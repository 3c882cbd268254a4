package vn.toancanh.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The identity journeys' shared context: a short lock after few failures, so a test can watch an account lock and
 * unlock in seconds. One annotation so all identity tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"toancanh.identity.max-failed-logins=3", "toancanh.identity.lock-minutes=3s"})
public @interface IdentityIntegrationTest {}
