package io.asyncmysql.driver;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations as URL parameters spell them, and formats them for people. */
final class Durations {
  private static final Pattern SIMPLE = Pattern.compile("(\\d{1,18})(ms|s|m|h)?");

  private Durations() {}

  /**
   * Parses {@code 5000} (milliseconds), {@code 250ms}, {@code 5s}, {@code 2m}, {@code 1h} or an
   * ISO-8601 duration such as {@code PT5S}.
   *
   * @param name the parameter's name, for the error message
   * @param value the text to parse
   * @throws IllegalArgumentException if the text is none of these, or negative
   */
  static Duration parse(String name, String value) {
    Matcher simple = SIMPLE.matcher(value);
    if (simple.matches()) {
      long amount = Long.parseLong(simple.group(1));
      String unit = simple.group(2);
      try {
        return unit == null || unit.equals("ms")
            ? Duration.ofMillis(amount)
            : switch (unit) {
              case "s" -> Duration.ofSeconds(amount);
              case "m" -> Duration.ofMinutes(amount);
              default -> Duration.ofHours(amount);
            };
      } catch (ArithmeticException e) {
        throw invalid(name, value);
      }
    }
    if (value.startsWith("P")) {
      try {
        Duration duration = Duration.parse(value);
        if (!duration.isNegative()) {
          return duration;
        }
      } catch (DateTimeParseException e) {
        throw invalid(name, value);
      }
    }
    throw invalid(name, value);
  }

  /** {@code 250ms}, {@code 5s}, {@code 2m} or {@code 1h}: the largest unit that is exact. */
  static String format(Duration duration) {
    if (duration.getNano() % 1_000_000 != 0) {
      return duration.toString();
    }
    long millis = duration.toMillis();
    if (millis % 1000 != 0) {
      return millis + "ms";
    }
    long seconds = millis / 1000;
    if (seconds % 60 != 0 || seconds == 0) {
      return seconds + "s";
    }
    return seconds % 3600 != 0 ? seconds / 60 + "m" : seconds / 3600 + "h";
  }

  private static IllegalArgumentException invalid(String name, String value) {
    return new IllegalArgumentException(
        name + ": " + value + " (expected: a duration such as 5000 (milliseconds), 250ms, 5s, 2m, 1h or PT5S)");
  }
}
