package io.asyncmysql.benchmarks.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void theDefaultsRunEveryWorkloadOnMariaDb() {
    Options options = Options.parse();

    assertEquals("mariadb", options.flavour());
    assertEquals(List.of(Workload.values()), options.workloads());
    assertEquals("", options.toArguments());
  }

  @Test
  void theArgumentsThatMatterAreWrittenBackForTheReport() {
    Options options = Options.parse("--flavour", "mysql", "--quick", "--pin", "--workloads", "w1,W3", "--output", "/tmp/x");

    assertEquals("--flavour mysql --quick --pin --workloads W1,W3", options.toArguments());
  }

  @Test
  void unknownArgumentsContestantsAndFlavoursAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Options.parse("--fast"));
    assertThrows(IllegalArgumentException.class, () -> Options.parse("--contestants", "hibernate"));
    assertThrows(IllegalArgumentException.class, () -> Options.parse("--flavour", "postgres"));
    assertThrows(IllegalArgumentException.class, () -> Options.parse("--flavour"));
  }
}
