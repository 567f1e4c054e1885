package app.ember.store;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * Keeps the header of H2's store file pointing at the newest chunk after every commit, and on disk.
 *
 * <p>Why: H2 (2.5.252) writes a chunk per commit and rewrites the file's header only now and then:
 * when a chunk is not where the previous one predicted, or every 20 versions. On a crash it finds the
 * newest chunk by starting from the header and following each chunk's prediction of the next. But the
 * header it writes when a prediction fails still names the chunk <em>before</em> the new one (the
 * store's "last chunk" is set only after the header is written), so the chain breaks exactly there:
 * after a kill, every commit from that chunk on (up to 20) was dropped when the book was reopened, and a
 * copy of the file (a backup) lost them the same way. Writing the header ourselves once the commit has
 * stored its chunk makes the newest chunk the header's, which is the first thing H2 reads.
 *
 * <p>The file is also synced before and after the header is written, so that a header never names a
 * chunk the disk does not hold yet (a power cut, not only a killed process). Measured cost: see the
 * README's reliability figures.
 *
 * <p>This reaches into H2's engine (a private method and a protected lock of its file store). H2's
 * version is pinned, and the crash harness and the backup test fail the build if a new version moves
 * them; {@link #supported()} says whether they were found.
 */
final class StoreHeader {
    private static final Field SAVE_CHUNK_LOCK;
    private static final Method WRITE_STORE_HEADER;

    static {
        Field lock = null;
        Method write = null;
        try {
            lock = FileStore.class.getDeclaredField("saveChunkLock");
            lock.setAccessible(true);
            write = RandomAccessStore.class.getDeclaredMethod("writeStoreHeader");
            write.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            lock = null;
            write = null;
        }
        SAVE_CHUNK_LOCK = lock;
        WRITE_STORE_HEADER = write;
    }

    private final MVStore mvStore;
    private final FileStore<?> fileStore;
    private final ReentrantLock saveChunkLock;
    /** The chunk version the header was last made to name; only a newer chunk needs a new header. */
    private long written = -1;

    private StoreHeader(MVStore mvStore, ReentrantLock saveChunkLock) {
        this.mvStore = mvStore;
        this.fileStore = mvStore.getFileStore();
        this.saveChunkLock = saveChunkLock;
    }

    /** Whether this H2 has the members the fix needs; a test keeps it true for the pinned version. */
    static boolean supported() {
        return SAVE_CHUNK_LOCK != null && WRITE_STORE_HEADER != null;
    }

    /** The header keeper of the database behind {@code connection}. */
    static StoreHeader of(Connection connection) throws SQLException {
        MVStore mvStore = mvStore(connection);
        FileStore<?> store = mvStore.getFileStore();
        if (!supported() || !(store instanceof RandomAccessStore)) {
            throw new IllegalStateException("this H2 version cannot be made to keep its store header current; "
                    + "committed work could be lost in a crash");
        }
        try {
            return new StoreHeader(mvStore, (ReentrantLock) SAVE_CHUNK_LOCK.get(store));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static MVStore mvStore(Connection connection) throws SQLException {
        org.h2.engine.Database database =
                ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase();
        return database.getStore().getMvStore();
    }

    /**
     * Makes the header name the newest chunk, synced to disk. Called after each commit: by then H2 has
     * written the commit's chunk (with WRITE_DELAY=0 a commit stores synchronously).
     */
    void pointAtNewest() {
        saveChunkLock.lock();
        try {
            if (fileStore.isReadOnly() || mvStore.isClosed()) {
                return;
            }
            long newest = fileStore.lastChunkVersion();
            if (newest == written) {
                return;
            }
            fileStore.sync(); // the chunk on disk before a header names it
            WRITE_STORE_HEADER.invoke(fileStore);
            fileStore.sync();
            written = newest;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new StoreException("Writing the database header failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            saveChunkLock.unlock();
        }
    }
}
