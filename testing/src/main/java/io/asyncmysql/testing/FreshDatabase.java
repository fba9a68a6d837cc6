package io.asyncmysql.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link TestServer} parameter that {@link MySqlExtension} should give an empty database of
 * its own, created before the test class's first use and dropped after its last test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface FreshDatabase {}
