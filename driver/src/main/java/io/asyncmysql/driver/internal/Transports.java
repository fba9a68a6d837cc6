package io.asyncmysql.driver.internal;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioDomainSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;

/**
 * The event loops every connection shares, and the channel types that go with them: native epoll
 * when its library loads, NIO otherwise. Threads are daemons, so they never keep a JVM alive.
 */
final class Transports {
  private static final boolean EPOLL = epollAvailable();
  private static final EventLoopGroup GROUP = new MultiThreadIoEventLoopGroup(
      Runtime.getRuntime().availableProcessors(), new DefaultThreadFactory("asyncmysql", true), ioHandlerFactory());

  private Transports() {}

  static EventLoopGroup group() {
    return GROUP;
  }

  static Class<? extends Channel> tcpChannel() {
    return EPOLL ? EpollSocketChannel.class : NioSocketChannel.class;
  }

  static Class<? extends Channel> unixChannel() {
    return EPOLL ? EpollDomainSocketChannel.class : NioDomainSocketChannel.class;
  }

  static SocketAddress unixAddress(Path socket) {
    return EPOLL ? new DomainSocketAddress(socket.toString()) : UnixDomainSocketAddress.of(socket);
  }

  private static IoHandlerFactory ioHandlerFactory() {
    return EPOLL ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
  }

  private static boolean epollAvailable() {
    try {
      return Epoll.isAvailable();
    } catch (LinkageError notOnClasspath) {
      return false;
    }
  }
}
