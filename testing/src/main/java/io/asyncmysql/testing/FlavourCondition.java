package io.asyncmysql.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Evaluates {@link EnabledOnFlavour} against the shared test server. */
final class FlavourCondition implements ExecutionCondition {
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return context
        .getElement()
        .flatMap(element -> AnnotationSupport.findAnnotation(element, EnabledOnFlavour.class))
        .map(FlavourCondition::evaluate)
        .orElse(ConditionEvaluationResult.enabled("no flavour required"));
  }

  private static ConditionEvaluationResult evaluate(EnabledOnFlavour required) {
    Flavour actual = TestServers.shared().server().flavour();
    if (actual == required.value()) {
      return ConditionEvaluationResult.enabled("server is " + actual.id());
    }
    return ConditionEvaluationResult.disabled(
        "needs " + required.value().id() + ", server is " + actual.id() + (required.reason().isEmpty() ? "" : ": " + required.reason()));
  }
}
