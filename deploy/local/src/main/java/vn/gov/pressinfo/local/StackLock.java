package vn.gov.pressinfo.local;

/**
 * The one lock of a local stack and whether the stack is stopping. Whoever starts a process or a server
 * checks {@link #ensureOpen()} and records what it started while holding this lock, so that
 * {@link LocalStack#close()} either sees and stops it, or the start fails with "the local stack is stopping".
 */
final class StackLock {

    private boolean closed;

    /** Throws once the stack is stopping. */
    synchronized void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the local stack is stopping");
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Marks the stack as stopping; false when it already was (close is idempotent). */
    synchronized boolean markClosed() {
        if (closed) {
            return false;
        }
        closed = true;
        return true;
    }
}
