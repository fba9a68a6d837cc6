package io.asyncmysql.benchmarks.compare;

/** MariaDB Connector/J 3.x with HikariCP: server prepared statements, cached, and batches sent as its bulk command. */
public final class MariaDbContestant extends HikariContestant {

  @Override
  public String name() {
    return "MariaDB Connector/J 3.5 + HikariCP";
  }

  @Override
  protected String jdbcUrl(Database database) {
    return "jdbc:mariadb://" + database.host() + ":" + database.port() + "/" + database.name()
        + "?useServerPrepStmts=true&cachePrepStmts=true&useBulkStmts=true&allowPublicKeyRetrieval=true";
  }
}
