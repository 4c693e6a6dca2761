package org.chronicle.gateway.web;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.springframework.boot.web.embedded.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Works around a Reactor Netty 1.2 bug that left a keep-alive connection unread: a client that sends its next request
 * as soon as it has the whole answer can do so before the gateway has finished the exchange (a proxied answer ends
 * when the upstream's last packet has been handled). Reactor Netty then buffers the request as pipelined, answers it
 * once the exchange ends, and drains its queue without asking the channel for the next read (reactor-netty#4347,
 * fixed after 1.2.18, the last open-source 1.2 release): the connection's next request is never read and its client
 * waits until it gives up. This was the gateway suite's "intermittent 20 s hang" (RELIABILITY.md).
 *
 * <p>After every finished exchange on a connection, this handler asks for a read once more, after Reactor Netty's own
 * handling of that moment has run on the event loop. A read asked for twice is harmless: the channel reads what has
 * arrived, and a request that arrives early takes Reactor Netty's own pipelining path.
 */
@Component
public class KeepAliveReadRearm implements NettyServerCustomizer {

    /** Reactor Netty's (package-private) event for "this connection's exchange has terminated". */
    static final String TERMINATED_EVENT = "reactor.netty.http.server.HttpServerOperationsTerminatedEvent";

    private static final ChannelHandler REARM = new Rearm();

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpTrafficHandler) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpTrafficHandler, "chronicle.keepAliveReadRearm", REARM);
            }
        });
    }

    @ChannelHandler.Sharable
    static final class Rearm extends ChannelInboundHandlerAdapter {

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (TERMINATED_EVENT.equals(event.getClass().getName())) {
                // queued behind the traffic handler's own resumption on the same event loop
                ctx.executor().execute(() -> {
                    if (ctx.channel().isActive()) {
                        ctx.read();
                    }
                });
            }
            super.userEventTriggered(ctx, event);
        }
    }
}
