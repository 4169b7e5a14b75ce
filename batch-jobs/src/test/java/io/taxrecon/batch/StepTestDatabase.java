package io.taxrecon.batch;

import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The staging store of the step-level tests: one in-memory H2 database, migrated once and shared
 * by every such test class (the same properties give them the same cached application context).
 * Each test works on a run date of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:step-tests;DB_CLOSE_DELAY=-1",
        "taxrecon.threads=1"})
public @interface StepTestDatabase {
}
