package io.asyncmysql.benchmarks.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ResultTest {

  @Test
  void aResultLineReadsBackAsTheSameResult() {
    Result result = new Result(Workload.W3, "mariadb", Map.of("rowsPerSec", 812345.5, "peakHeapMiB", 93.25), OptionalLong.of(-42));

    assertEquals(result, Result.parse(result.toLine()));
  }

  @Test
  void otherLinesAWorkerPrintsAreNotResults() {
    assertNull(Result.parse("SLF4J: Defaulting to no-operation (NOP) logger implementation"));
  }

  @Test
  void twoRunsKeepTheBetterFigureOfEachMetricAndAddUpErrors() {
    Result first = new Result(Workload.W2, "vertx", Map.of("opsPerSec", 50_000.0, "cpuMicrosPerOp", 9.0, "errors", 1.0), OptionalLong.empty());
    Result second = new Result(Workload.W2, "vertx", Map.of("opsPerSec", 60_000.0, "cpuMicrosPerOp", 11.0, "errors", 2.0), OptionalLong.empty());

    assertEquals(Map.of("opsPerSec", 60_000.0, "cpuMicrosPerOp", 9.0, "errors", 3.0), first.combine(second).figures());
  }
}
