package io.asyncmysql.protocol.fuzz;

import static io.asyncmysql.protocol.fuzz.Seed.ascii;

import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.Session;
import io.asyncmysql.protocol.message.AuthMoreData;
import io.asyncmysql.protocol.message.AuthSwitchRequest;
import io.asyncmysql.protocol.message.ColumnCount;
import io.asyncmysql.protocol.message.EofPacket;
import io.asyncmysql.protocol.message.ErrPacket;
import io.asyncmysql.protocol.message.HandshakeV10;
import io.asyncmysql.protocol.message.LocalInfileRequest;
import io.asyncmysql.protocol.message.OkPacket;
import io.asyncmysql.protocol.message.ProgressReport;
import io.asyncmysql.protocol.message.ServerPacketKind;
import io.asyncmysql.protocol.message.StmtPrepareOk;
import io.asyncmysql.protocol.type.RowData;
import io.netty.buffer.ByteBuf;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/** The server messages' decoders, and {@link ServerPacketKind} telling them apart. */
final class MessageTargets {
  static final Set<Class<? extends Throwable>> PROTOCOL = Set.of(ProtocolException.class);

  private static final long MYSQL = Capabilities.PROTOCOL_41 | Capabilities.DEPRECATE_EOF;
  private static final long TRACKING = MYSQL | Capabilities.SESSION_TRACK;
  private static final long MARIADB =
      TRACKING | Capabilities.MARIADB_PROGRESS | Capabilities.MARIADB_EXTENDED_TYPE_INFO
          | Capabilities.MARIADB_CACHE_METADATA;

  /** The sessions a message is decoded in: capabilities that change decoding, and charsets. */
  static final List<Session> SESSIONS =
      List.of(
          Session.INITIAL,
          new Session(MYSQL, StandardCharsets.UTF_8, 1 << 24, false),
          new Session(TRACKING, StandardCharsets.UTF_8, 1 << 24, false),
          new Session(MARIADB, StandardCharsets.UTF_8, 1 << 24, true),
          new Session(TRACKING, Charset.forName("windows-1252"), 1 << 24, false),
          new Session(TRACKING, StandardCharsets.UTF_16BE, 1 << 24, false));

  private static final int PLAIN = 1;
  private static final int TRACKED = 2;
  private static final int MARIA = 3;

  static final List<Seed> HANDSHAKES =
      List.of(
          Seed.hex(
              "0a 35 2e 35 2e 32 2d 6d 32 00 52 00 00 00 22 3d 4e 50 29 75 39 56 00 ff ff 08 02 00"
                  + "00 00 00 00 00 00 00 00 00 00 00 00 00 29 64 40 52 5c 55 78 7a 7c 21 29 4b 00"),
          Seed.hex(
              "0a" + ascii("8.0.36") + "00 0d 00 00 00" + ascii("12345678") + "00 ff ff ff 02 00 ff df 15"
                  + "00 00 00 00 00 00 00 00 00 00" + ascii("abcdefghijkl") + "00" + ascii("caching_sha2_password") + "00"),
          Seed.hex(
              "0a" + ascii("5.5.5-10.11.6-MariaDB") + "00 07 00 00 00" + ascii("ABCDEFGH") + "00 fe f7 2d 02 00 ff 81 15"
                  + "00 00 00 00 00 00 1d 00 00 00" + ascii("IJKLMNOPQRST") + "00" + ascii("mysql_native_password")),
          Seed.hex("0a" + ascii("5.0.1") + "00 01 00 00 00" + ascii("abcdefgh") + "00 ff f7"));

  static final List<Seed> OKS =
      List.of(
          inSession(PLAIN, "00 00 00 02 00 00 00"),
          inSession(PLAIN, "00 01 00 02 00 00 00" + ascii("Rows matched: 1  Changed: 1  Warnings: 0")),
          inSession(
              TRACKED,
              "fe 00 00 02 40 00 00 00 75"
                  + "00 0f 0a" + ascii("autocommit") + "03" + ascii("OFF")
                  + "01 05 04" + ascii("test")
                  + "02 02 01 31"
                  + "03 29 00 27" + ascii("3E11FA47-71CA-11E1-9E33-C80AA9429562:23")
                  + "04 1d 1c" + ascii("START TRANSACTION READ ONLY;")
                  + "05 09 08" + ascii("T_______")
                  + "7f 02 ab cd"),
          inSession(TRACKED, "00 fe ff ff ff ff ff ff ff ff fd 00 00 01 03 00 01 00 05" + ascii("hello")),
          inSession(TRACKED, "00 01 fc 00 01 02 00 00 00"));

  static final List<Seed> ERRS =
      List.of(
          Seed.hex("ff 48 04 23 48 59 30 30 30" + ascii("No tables used")),
          Seed.hex("ff 10 04" + ascii("Too many connections")));

  static final List<Seed> PROGRESS_REPORTS =
      List.of(inSession(MARIA, "ff ff ff 01 01 03 a0 86 01 11" + ascii("copy to tmp table")));

  static final List<Seed> EOFS = List.of(Seed.hex("fe 00 00 02 00"), Seed.hex("fe 01 00 22 00"));

  static final List<Seed> AUTH_SWITCH_REQUESTS =
      List.of(
          Seed.hex("fe" + ascii("mysql_native_password") + "00 0b1a2d3c4f5e61700312253447566978 07162938 00"),
          Seed.hex("fe" + ascii("caching_sha2_password") + "00" + ascii("01234567890123456789") + "00"),
          Seed.hex("fe" + ascii("client_ed25519") + "00" + ascii("0123456789abcdef0123456789abcdef")),
          Seed.hex("fe"));

  static final List<Seed> AUTH_MORE_DATA =
      List.of(Seed.hex("01 03"), Seed.hex("01 04"), Seed.hex("01" + ascii(AuthTargets.SPKI_PEM)));

  static final List<Seed> COLUMN_COUNTS =
      List.of(
          inSession(PLAIN, "01"),
          inSession(PLAIN, "0a"),
          inSession(PLAIN, "fc ff 00"),
          inSession(MARIA, "03 01"),
          inSession(MARIA, "03 00"));

  static final List<Seed> STMT_PREPARE_OKS =
      List.of(Seed.hex("00 01 00 00 00 01 00 02 00 00 00 00"), Seed.hex("00 ff ff ff ff 00 00 00 00 00"));

  static final List<Seed> LOCAL_INFILE_REQUESTS = List.of(Seed.hex("fb" + ascii("/tmp/data.csv")), Seed.hex("fb"));

  private static final List<String> PHASES = List.of("ofGreeting", "ofAuthResponse", "ofCommandResponse", "ofRow");

  private MessageTargets() {}

  static List<FuzzTarget> all() {
    return List.of(
        message("HandshakeV10", HANDSHAKES, (payload, session) -> HandshakeV10.decode(payload)),
        message("OkPacket", OKS, OkPacket::decode),
        message("ErrPacket", ERRS, ErrPacket::decode),
        message("ProgressReport", PROGRESS_REPORTS, ProgressReport::decode),
        message("EofPacket", EOFS, (payload, session) -> EofPacket.decode(payload)),
        message("AuthSwitchRequest", AUTH_SWITCH_REQUESTS, (payload, session) -> AuthSwitchRequest.decode(payload)),
        message("AuthMoreData", AUTH_MORE_DATA, (payload, session) -> AuthMoreData.decode(payload)),
        message("ColumnCount", COLUMN_COUNTS, ColumnCount::decode),
        message("StmtPrepareOk", STMT_PREPARE_OKS, (payload, session) -> StmtPrepareOk.decode(payload)),
        message("LocalInfileRequest", LOCAL_INFILE_REQUESTS, LocalInfileRequest::decode),
        FuzzTarget.payload("ServerPacketKind", 3, dispatchSeeds(), PROTOCOL, MessageTargets::dispatch));
  }

  private static FuzzTarget message(String name, List<Seed> seeds, BiFunction<ByteBuf, Session, ?> decoder) {
    return FuzzTarget.payload(name, 1, seeds, PROTOCOL, (payload, choices, probe) -> {
      Session session = choices.next(SESSIONS);
      probe.attempt(name, () -> decoder.apply(payload, session));
    });
  }

  /**
   * Tells a payload's kind as the connection would in one phase, checks that telling moved no index,
   * and decodes the payload as that kind.
   */
  private static void dispatch(ByteBuf payload, Choices choices, Probe probe) {
    Session session = choices.next(SESSIONS);
    String phase = choices.next(PHASES);
    int readerIndex = payload.readerIndex();
    int writerIndex = payload.writerIndex();
    ServerPacketKind kind =
        probe.attempt(
            "ServerPacketKind." + phase,
            () -> switch (phase) {
              case "ofGreeting" -> ServerPacketKind.ofGreeting(payload);
              case "ofAuthResponse" -> ServerPacketKind.ofAuthResponse(payload);
              case "ofCommandResponse" -> ServerPacketKind.ofCommandResponse(payload, session);
              default -> ServerPacketKind.ofRow(payload, session);
            });
    if (payload.readerIndex() != readerIndex || payload.writerIndex() != writerIndex) {
      throw new AssertionError("ServerPacketKind." + phase + " moved the indexes of the payload");
    }
    if (kind != null) {
      int columns = 1 + choices.next(8);
      probe.attempt(kind.name(), () -> decodeAs(kind, payload, session, columns));
    }
  }

  private static Object decodeAs(ServerPacketKind kind, ByteBuf payload, Session session, int columns) {
    return switch (kind) {
      case OK -> OkPacket.decode(payload, session);
      case ERR -> ErrPacket.decode(payload, session);
      case PROGRESS_REPORT -> ProgressReport.decode(payload, session);
      case EOF -> EofPacket.decode(payload);
      case HANDSHAKE -> HandshakeV10.decode(payload);
      case AUTH_SWITCH_REQUEST -> AuthSwitchRequest.decode(payload);
      case AUTH_MORE_DATA -> AuthMoreData.decode(payload);
      case LOCAL_INFILE_REQUEST -> LocalInfileRequest.decode(payload, session);
      case COLUMN_COUNT -> ColumnCount.decode(payload, session);
      case ROW -> RowData.text(payload, columns);
    };
  }

  /** Every message seed, in the phase that expects it, and text rows. */
  private static List<Seed> dispatchSeeds() {
    List<Seed> seeds = new ArrayList<>();
    addInPhase(seeds, HANDSHAKES, 0);
    addInPhase(seeds, ERRS, 0);
    addInPhase(seeds, AUTH_SWITCH_REQUESTS, 1);
    addInPhase(seeds, AUTH_MORE_DATA, 1);
    addInPhase(seeds, OKS, 2);
    addInPhase(seeds, PROGRESS_REPORTS, 2);
    addInPhase(seeds, COLUMN_COUNTS, 2);
    addInPhase(seeds, LOCAL_INFILE_REQUESTS, 2);
    addInPhase(seeds, EOFS, 3);
    addInPhase(seeds, List.of(Seed.hex("01 31 fb 00 03 616263"), Seed.hex("fb")), 3);
    return seeds;
  }

  private static void addInPhase(List<Seed> seeds, List<Seed> messages, int phase) {
    for (Seed message : messages) {
      int session = message.choices() == SESSIONS.size() ? message.firstChoice() : PLAIN;
      seeds.add(new Seed(message.bytes(), session + SESSIONS.size() * phase, SESSIONS.size() * PHASES.size()));
    }
  }

  private static Seed inSession(int session, String hex) {
    return new Seed(Seed.bytes(hex), session, SESSIONS.size());
  }
}
