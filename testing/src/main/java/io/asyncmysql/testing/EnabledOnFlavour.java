package io.asyncmysql.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class or method only when the shared test server is of the given flavour; on the other
 * flavour it is reported as skipped, with the reason.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(FlavourCondition.class)
public @interface EnabledOnFlavour {
  /** The flavour the test needs. */
  Flavour value();

  /** Why only that flavour can show what the test checks. */
  String reason() default "";
}
