package org.archivist.servers;

/** A real server this project started as a local process. */
public interface LocalServer extends AutoCloseable {

    /** Stops the server and waits until it is gone. Safe to call twice. */
    void stop();

    @Override
    default void close() {
        stop();
    }
}
