package io.asyncmysql.benchmarks.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StandingsTest {
  private final Standings standings = new Standings(
      new LinkedHashMap<>(Map.of("asyncmysql-future", "asyncmysql Future API", "mariadb", "MariaDB", "connectorj", "Connector/J")),
      Map.of("asyncmysql-future", true, "mariadb", false, "connectorj", false));

  @Test
  void theBestPeerLeavesOutAsyncmysqlAndSysbench() {
    standings.add(w1("asyncmysql-future", 10));
    standings.add(w1("mariadb", 21));
    standings.add(w1("connectorj", 30));
    standings.add(w1(Sysbench.ID, 5));

    assertEquals(OptionalDouble.of(21), standings.bestPeer(Workload.W1, Workload.W1.metric("p50Micros")));
    assertEquals(Sysbench.ID, standings.contestants(Workload.W1).getLast());
  }

  @Test
  void aContestantWhoseDecodedValuesDifferIsOutvoted() {
    standings.add(w3("asyncmysql-future", 7));
    standings.add(w3("mariadb", 7));
    standings.add(w3("connectorj", 8));

    assertEquals(OptionalLong.of(7), standings.agreedChecksum(Workload.W3));
    assertEquals(OptionalLong.of(8), standings.checksum(Workload.W3, "connectorj"));
  }

  @Test
  void aChecksumThatChangesBetweenRunsOfOneContestantIsNoted() {
    standings.add(w3("mariadb", 7));
    standings.add(w3("mariadb", 9));

    assertTrue(standings.notes().stream().anyMatch(n -> n.startsWith("MariaDB: W3 checksum differs")), standings.notes().toString());
  }

  private static Result w1(String contestant, double p50) {
    return new Result(Workload.W1, contestant, Map.of("p50Micros", p50), OptionalLong.empty());
  }

  private static Result w3(String contestant, long checksum) {
    return new Result(Workload.W3, contestant, Map.of("rowsPerSec", 1.0), OptionalLong.of(checksum));
  }
}
