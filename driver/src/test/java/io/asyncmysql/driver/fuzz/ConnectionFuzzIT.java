package io.asyncmysql.driver.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.ProtocolMutator;
import io.asyncmysql.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole connection fed a fuzzed server: conversations recorded from the real server (login,
 * text and binary results, errors, a stream, a transaction, {@code LOCAL INFILE}) are replayed to a
 * real {@link MySqlConnection} with their bytes mutated and cut into chunks of any size. Every call
 * must end, in a result or in one of the driver's own exceptions, and no buffer may leak (checked by
 * {@code NettyLeakCheck} after the class).
 *
 * <p>Runs {@code -Dasyncmysql.fuzz.connection.seconds} (25 by default; {@code mvn -Pfuzz}: 300) per
 * flavour, from {@code -Dasyncmysql.fuzz.seed}; the unmutated conversations come first and must
 * succeed.
 */
@ExtendWith(MySqlExtension.class)
class ConnectionFuzzIT {
  private static final long SECONDS = Long.getLong("asyncmysql.fuzz.connection.seconds", 25);
  private static final long SEED = Long.getLong("asyncmysql.fuzz.seed", 20_261_123L);
  private static final String TABLE = "fuzz_rows";
  /** An unmutated conversation waits for every client packet it was recorded with, however slow the machine. */
  private static final Duration AS_RECORDED = Duration.ofSeconds(30);
  /** A mutated one may have made the client wait for more: the next turn comes after a short silence. */
  private static final Duration HOSTILE = Duration.ofMillis(20);

  @TempDir Path files;

  /** What a client does after connecting: calls made one after the other, each once the one before ended. */
  private record Scenario(String name, List<Function<MySqlConnection, CompletableFuture<?>>> calls) {}

  private List<Scenario> scenarios(Path csv) {
    return List.of(
        new Scenario("login and ping", List.of(MySqlConnection::ping)),
        new Scenario("text results, an error and a stream", List.of(
            c -> c.query("SELECT 1 AS i, 'text' AS s, NULL AS n, 1.5 AS d, CAST('2024-01-02 03:04:05.123456' AS DATETIME(6)) AS t,"
                + " x'00ff' AS b, CAST(2.5 AS DOUBLE) AS f UNION ALL SELECT -2, 'ü', NULL, -0.5, NULL, x'', 1e300"),
            c -> c.query("SELECT * FROM no_such_table"),
            c -> Outcomes.collect(c.stream("SELECT 1 AS a UNION ALL SELECT 2 UNION ALL SELECT 3")))),
        new Scenario("prepared statements", List.of(
            c -> c.query("SELECT ?, ?, ?, ?, ?", 42, "text ü", 2.5, LocalDateTime.of(2024, 1, 2, 3, 4, 5), null),
            c -> c.query("SELECT id, name FROM " + TABLE + " WHERE id > ?", 0))),
        new Scenario("a transaction", List.of(
            MySqlConnection::begin, c -> c.query("INSERT INTO " + TABLE + " (name) VALUES ('inserted')"),
            MySqlConnection::commit)),
        new Scenario("local infile", List.of(
            c -> c.query("LOAD DATA LOCAL INFILE '" + csv + "' INTO TABLE " + TABLE + " (name)"))));
  }

  @Test
  void aFuzzedServerEndsEveryCallInAResultOrTheDriversOwnException(@FreshDatabase TestServer server) throws Exception {
    MySqlConnection admin = MySqlConnection.connect(server.url()).join();
    admin.query("CREATE TABLE " + TABLE + " (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(40))").join();
    admin.query("INSERT INTO " + TABLE + " (name) VALUES ('first'), ('second')").join();
    admin.close().join();
    Path csv = Files.writeString(files.resolve("names.csv"), "alpha\nbeta\n");
    List<Scenario> scenarios = scenarios(csv);
    String parameters = "?sslMode=DISABLED&allowLocalInfile=true&localInfileDirectory=" + files + "&connectTimeout=60s";

    List<Conversation> conversations = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      try (ConversationRecorder recorder = new ConversationRecorder(server.host(), server.port())) {
        MySqlConnection conn = MySqlConnection.connect(at(server, recorder.port()) + parameters).join();
        Outcomes recording = new Outcomes();
        recording.call(conn, scenario.calls());
        conn.close().join();
        assertEquals(List.of(), recording.failures(), scenario.name() + ": failed against the real server");
        conversations.add(recorder.conversation(scenario.name()));
      }
    }

    Outcomes outcomes = new Outcomes();
    int executions = 0;
    try (ReplayServer replay = new ReplayServer()) {
      String url = at(server, replay.port()) + parameters;
      Random random = new Random(SEED * 31 + server.flavour().hashCode());
      ProtocolMutator mutator = new ProtocolMutator(random,
          conversations.stream().flatMap(c -> c.segments().stream()).map(Conversation.Segment::bytes).toList());
      long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
      for (; executions < conversations.size() || System.nanoTime() < deadline; executions++) {
        boolean asIs = executions < conversations.size();
        int index = asIs ? executions : random.nextInt(conversations.size());
        Conversation conversation = conversations.get(index);
        List<Conversation.Segment> turns = asIs ? conversation.segments() : mutate(conversation.segments(), random, mutator);
        String input = conversation.name() + " #" + executions + " (-Dasyncmysql.fuzz.seed=" + SEED + ")";
        outcomes.execution(input, asIs);
        CompletableFuture<MySqlConnection> connecting = MySqlConnection.connect(url);
        replay.playToNextClient(new ReplayServer.Play(turns, random.nextLong(), asIs ? AS_RECORDED : HOSTILE));
        outcomes.run(connecting, scenarios.get(index).calls(), turns);
      }
    }
    System.out.println("connection fuzz (" + server.flavour() + "): " + executions + " executions, "
        + outcomes.distinct() + " distinct outcomes, " + outcomes.failures().size() + " failures");
    assertEquals(List.of(), outcomes.failures());
  }

  /** One to three turns mutated; now and then a turn dropped or repeated. */
  private static List<Conversation.Segment> mutate(List<Conversation.Segment> turns, Random random, ProtocolMutator mutator) {
    List<Conversation.Segment> mutated = new ArrayList<>(turns);
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      int at = random.nextInt(mutated.size());
      Conversation.Segment turn = mutated.get(at);
      switch (random.nextInt(16)) {
        case 0 -> mutated.remove(at);
        case 1 -> mutated.add(at, turn);
        default -> mutated.set(at, new Conversation.Segment(turn.clientPackets(), mutator.mutate(turn.bytes())));
      }
      if (mutated.isEmpty()) {
        return mutated;
      }
    }
    return mutated;
  }

  private static String at(TestServer server, int port) {
    return new TestServer("127.0.0.1", port, null, server.user(), server.password(), server.database(), server.flavour(),
        server.version(), null, List.of()).url();
  }
}
