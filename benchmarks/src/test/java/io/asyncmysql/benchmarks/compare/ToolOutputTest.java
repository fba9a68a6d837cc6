package io.asyncmysql.benchmarks.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading what sysbench 1.0 and wrk 4 print. */
class ToolOutputTest {
  private static final String SYSBENCH = """
      Latency histogram (values are in milliseconds)
             value  ------------- distribution ------------- count
             0.020 |*****                                    10
             0.021 |**************************************** 80
             0.030 |                                         1
             0.150 |*****                                    9
      \s
      SQL statistics:
          queries performed:
              read:                            100
          queries:                             100    (49.95 per sec.)
          ignored errors:                      2      (0.00 per sec.)
      """;

  @Test
  void sysbenchW1TakesTheRateAndPercentilesFromTheHistogram() throws IOException {
    Result result = Sysbench.parse(Workload.W1, SYSBENCH);

    assertEquals(Map.of("opsPerSec", 49.95, "p50Micros", 21.0, "p99Micros", 150.0), result.figures());
  }

  @Test
  void sysbenchW2TakesTheRateAndErrors() throws IOException {
    assertEquals(Map.of("opsPerSec", 49.95, "errors", 2.0), Sysbench.parse(Workload.W2, SYSBENCH).figures());
  }

  @Test
  void wrkErrorsAreSocketErrorsAndBadResponses() throws IOException {
    Wrk.Outcome outcome = Wrk.parse("""
        Running 2s test @ http://127.0.0.1:8080/fortunes
          1 threads and 64 connections
          6000 requests in 2.00s, 10.00MB read
          Socket errors: connect 0, read 1, write 0, timeout 3
          Non-2xx or 3xx responses: 2
        Requests/sec:   2999.50
        Transfer/sec:      5.00MB
        """);

    assertEquals(new Wrk.Outcome(2999.50, 6), outcome);
  }

  @Test
  void outputWithoutARateIsAnError() {
    assertThrows(IOException.class, () -> Wrk.parse("unable to connect to 127.0.0.1:1 Connection refused"));
  }
}
