package app.ember.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * A consistent copy of the open database file into a zip, as H2's {@code BACKUP TO} makes it, but
 * deflated at the fastest level. {@code BACKUP TO} always uses the default level: 16.5 s for the
 * 440 MB bench book on a 2-core machine; the fastest level takes under 5 s and its zip is only about
 * 15 % larger. The copy is H2's own ({@code FileStore.backup}): MVStore only appends, and while it
 * copies it stops reusing space, so the committed chunks stay as they are; reads go on, and other
 * writes wait ({@link Database#writeAlone}): the copy reads to the file's end, which writes would move.
 * This reaches into H2's engine classes; H2's version is pinned and {@code BackupsTest} restores what
 * it writes, so a change there fails the build rather than a user's backup.
 */
final class DatabaseZip {
    private DatabaseZip() {
    }

    /** Writes the database file of {@code connection}'s database as the one entry of a new zip, synced to disk. */
    static void write(Database owner, Connection connection, Path zip, String comment) throws SQLException, IOException {
        org.h2.engine.Database database =
                ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase();
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            // Finished and flushed rather than closed, so the channel is still open to be synced.
            ZipOutputStream out = new ZipOutputStream(
                    new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
            out.setLevel(Deflater.BEST_SPEED);
            out.setComment(comment);
            database.flush();
            // The copy is opened later as after a crash: its header must name the newest chunk (StoreHeader).
            owner.syncHeader();
            // The lock BACKUP TO holds too: no temporary files come and go during the copy.
            synchronized (database.getLobSyncObject()) {
                database.getStore().getMvStore().getFileStore().backup(out);
            }
            out.finish();
            out.flush();
            channel.force(true);
        }
    }
}
