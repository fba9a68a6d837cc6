package io.asyncmysql.driver.jdbc;

import java.sql.SQLException;
import java.sql.Wrapper;

/** {@link Wrapper#unwrap} and {@link Wrapper#isWrapperFor} over the objects a JDBC object stands for. */
final class Wrappers {
  private Wrappers() {}

  /**
   * The first of {@code candidates} that is an {@code iface}.
   *
   * @throws SQLException when none is, naming what there is
   */
  static <T> T unwrap(Class<T> iface, Object... candidates) throws SQLException {
    for (Object candidate : candidates) {
      if (iface.isInstance(candidate)) {
        return iface.cast(candidate);
      }
    }
    throw new SQLException("unwrap: " + iface.getName() + " (expected: an interface " + candidates[0].getClass().getSimpleName() + " implements)");
  }

  /** Whether one of {@code candidates} is an {@code iface}. */
  static boolean isWrapperFor(Class<?> iface, Object... candidates) {
    for (Object candidate : candidates) {
      if (iface.isInstance(candidate)) {
        return true;
      }
    }
    return false;
  }
}
