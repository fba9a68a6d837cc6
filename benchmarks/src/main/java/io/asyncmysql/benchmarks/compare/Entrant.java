package io.asyncmysql.benchmarks.compare;

import java.util.List;
import java.util.Optional;

/**
 * A contestant as the runner knows it, before any JVM loads it; {@link #ALL} lists every one, in the
 * order they run. One whose class is not on the class path (not written or not merged yet) is left
 * out with a note, so the runner runs whatever exists. A new contestant is one more line here.
 *
 * @param id the short name used on command lines and in file names
 * @param className the {@link Contestant}'s class, in this package
 * @param ours whether it is asyncmysql itself (ratios are taken to the best of the others, its peers)
 */
record Entrant(String id, String className, boolean ours) {

  static final List<Entrant> ALL = List.of(
      new Entrant("asyncmysql-future", "AsyncMySqlFutureContestant", true),
      new Entrant("asyncmysql-jdbc", "AsyncMySqlJdbcContestant", true),
      new Entrant("connectorj", "ConnectorJContestant", false),
      new Entrant("mariadb", "MariaDbContestant", false),
      new Entrant("vertx", "VertxContestant", false),
      new Entrant("jasync", "JasyncContestant", false),
      new Entrant("r2dbc", "R2dbcContestant", false));

  /** The contestants whose classes exist. */
  static List<Entrant> available() {
    return ALL.stream().filter(c -> c.type().isPresent()).toList();
  }

  /** The contestant with this id. */
  static Entrant byId(String id) {
    return ALL.stream().filter(c -> c.id.equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException("unknown contestant " + id));
  }

  /** A new instance of the contestant. */
  Contestant create() throws ReflectiveOperationException {
    return type().orElseThrow(() -> new ClassNotFoundException(qualifiedName())).asSubclass(Contestant.class)
        .getDeclaredConstructor().newInstance();
  }

  private Optional<Class<?>> type() {
    try {
      return Optional.of(Class.forName(qualifiedName()));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  private String qualifiedName() {
    return Entrant.class.getPackageName() + "." + className;
  }
}
