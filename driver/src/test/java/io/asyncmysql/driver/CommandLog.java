package io.asyncmysql.driver;

import io.asyncmysql.testing.FaultProxy;
import io.asyncmysql.testing.FaultProxy.Direction;
import io.asyncmysql.testing.FaultProxyPacket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The commands clients send through a {@link FaultProxy}, per proxied connection: the command byte
 * (the first payload byte) of every upstream packet with sequence id 0, which is how each command
 * starts. The packets are read as plaintext, so the connections must not use TLS.
 */
final class CommandLog {
  static final int COM_QUERY = 0x03;
  static final int COM_PING = 0x0E;

  private final Map<Long, List<Integer>> commands = new HashMap<>();

  private CommandLog() {}

  /** Logs the commands of every connection the proxy accepts from now on. */
  static CommandLog of(FaultProxy proxy) {
    CommandLog log = new CommandLog();
    proxy.onConnect(connection -> connection.rewrite(Direction.UPSTREAM, packet -> {
      log.note(connection.id(), packet);
      return packet;
    }));
    return log;
  }

  private synchronized void note(long connection, FaultProxyPacket packet) {
    if (packet.sequenceId() == 0 && packet.payload().length > 0) {
      commands.computeIfAbsent(connection, id -> new ArrayList<>()).add(packet.payload()[0] & 0xFF);
    }
  }

  /** The command bytes the proxy passed on connection {@code connection} since the last call, oldest first. */
  synchronized List<Integer> take(long connection) {
    List<Integer> taken = commands.remove(connection);
    return taken == null ? List.of() : taken;
  }
}
