package org.archivist.servers;

/** A real server this project started as a local process. */
public interface LocalServer extends AutoCloseable {

    /** Stops the server and waits until it is gone. Safe to call twice. */
    void stop();

    /** Kills the server's processes with SIGKILL, as a crash would: no shutdown, nothing flushed. */
    void kill();

    /**
     * The pid of the server's first process; the processes it spawned (PostgreSQL's backends, the JVM that
     * {@code runuser} starts) are its descendants.
     */
    long pid();

    @Override
    default void close() {
        stop();
    }
}
