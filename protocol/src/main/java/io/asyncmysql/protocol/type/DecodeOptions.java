package io.asyncmysql.protocol.type;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Choices for decoding cells that the column type alone does not settle.
 *
 * @param zeroDates what a zero date decodes to
 * @param timeZone the zone DATETIME and TIMESTAMP values are taken to be in when an {@code Instant},
 *     {@code OffsetDateTime} or {@code ZonedDateTime} is requested; the server sends neither an offset
 *     nor a zone, so this must match the session's {@code time_zone}
 */
public record DecodeOptions(ZeroDateBehavior zeroDates, ZoneId timeZone) {
  /** Zero dates throw; date-times are UTC, matching how parameters are sent (see {@link ComStmtExecute}). */
  public static final DecodeOptions DEFAULT = new DecodeOptions(ZeroDateBehavior.EXCEPTION, ZoneOffset.UTC);

  /** Checks that no option is {@code null}. */
  public DecodeOptions {
    Objects.requireNonNull(zeroDates, "zeroDates");
    Objects.requireNonNull(timeZone, "timeZone");
  }

  /** A copy with another zero-date behaviour. */
  public DecodeOptions withZeroDates(ZeroDateBehavior behavior) {
    return new DecodeOptions(behavior, timeZone);
  }

  /** A copy with another time zone. */
  public DecodeOptions withTimeZone(ZoneId zone) {
    return new DecodeOptions(zeroDates, zone);
  }
}
