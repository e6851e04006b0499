package org.archivist.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Loopback ports. */
public final class Ports {

    private Ports() {
    }

    /** A port that was free a moment ago, for servers started by tests. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with a clear message when something already listens on {@code port}. */
    public static void requireFree(int port, String forWhat) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " for " + forWhat
                    + " is already in use: stop what holds it or choose another port", e);
        }
    }
}
