package io.asyncmysql.benchmarks.compare;

/** MySQL Connector/J with HikariCP: server prepared statements, cached, and batches rewritten to multi-row inserts. */
public final class ConnectorJContestant extends HikariContestant {

  @Override
  public String name() {
    return "Connector/J 9.7 + HikariCP";
  }

  @Override
  protected String jdbcUrl(Database database) {
    return "jdbc:mysql://" + database.host() + ":" + database.port() + "/" + database.name()
        + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&useServerPrepStmts=true&cachePrepStmts=true&prepStmtCacheSize=250"
        + "&rewriteBatchedStatements=true";
  }
}
