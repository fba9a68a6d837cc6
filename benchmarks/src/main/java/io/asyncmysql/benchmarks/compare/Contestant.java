package io.asyncmysql.benchmarks.compare;

import io.asyncmysql.examples.Fortune;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A driver under comparison, set up inside its own JVM by the runner. Every operation returns a
 * stage: asynchronous drivers return their own futures; blocking drivers extend {@link
 * BlockingContestant}, which runs each call on the calling virtual thread.
 *
 * <p>The schema is {@link Schema}'s: {@code world(id INT PRIMARY KEY, randomNumber INT)}, {@code
 * fortune(id INT PRIMARY KEY, message VARCHAR(2048))}, {@code wide} (ten mixed-type columns, see
 * {@link Schema#WIDE_COLUMNS}) and {@code item(id BIGINT PRIMARY KEY, name VARCHAR(64), price
 * DECIMAL(10,2), created DATETIME(6))}.
 */
public interface Contestant extends AutoCloseable {

  /** The name shown in tables and charts, e.g. {@code "MySQL Connector/J + HikariCP"}. */
  String name();

  /** True when the operations block the calling thread (the runner then calls them on virtual threads). */
  boolean blocking();

  /** Opens the driver's pool of exactly {@code connections} connections to {@code database}. */
  void open(Database database, int connections) throws Exception;

  /** W1, W2, W5: the prepared statement {@code SELECT id, randomNumber FROM world WHERE id = ?}; completes with randomNumber. */
  CompletionStage<Integer> selectWorld(int id);

  /** W3: {@code SELECT * FROM wide}, every column decoded to its Java object; completes with {@link Checksum} over all values in row order. */
  CompletionStage<Long> readWide();

  /** W4: inserts {@code items} in one transaction with the driver's fastest batch mechanism for prepared inserts. */
  CompletionStage<Void> insertItems(List<Item> items);

  /** W6: {@code SELECT id, message FROM fortune}; completes with the rows in server order. */
  CompletionStage<List<Fortune>> fortunes();

  /** W6: updates {@code randomNumber} of each world row in one batch (TechEmpower "updates"). */
  CompletionStage<Void> updateWorlds(List<World> worlds);

  /** Closes the pool and waits until every connection is closed. */
  @Override
  void close() throws Exception;

  /** Where to connect. */
  record Database(String host, int port, String user, String password, String name) {}

  /** A row of {@code item}. */
  record Item(long id, String name, java.math.BigDecimal price, java.time.LocalDateTime created) {}

  /** A row of {@code world}. */
  record World(int id, int randomNumber) {}
}
