package app.ember.app;

import app.ember.files.PrivateFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * A java.util.logging handler writing {@code ember.log} in a folder, owner-only, rotated by size: when the
 * next record would pass the limit, {@code ember.log} becomes {@code ember.log.1} (and that one
 * {@code ember.log.2}, ...) and a new one starts, so the log never takes more than {@code limit x files}.
 * Each record is one write at the file's end, so two Embers on one data dir (a window and a command
 * refused because the window has the book) do not mix their lines. A failed write (a full disk) is
 * dropped silently: the log must never be why Ember fails or fills the terminal.
 */
final class LogFile extends Handler {
    static final String NAME = "ember.log";

    private final Path folder;
    private final Path file;
    private final long limit;
    private final int files;
    private FileChannel channel;
    private long size;

    private LogFile(Path folder, long limit, int files) {
        this.folder = folder;
        this.file = folder.resolve(NAME);
        this.limit = limit;
        this.files = files;
        setFormatter(new Format());
        setErrorManager(new ErrorManager() {
            @Override
            public synchronized void error(String message, Exception e, int code) {
                // Nothing to tell and nowhere to tell it: see the class comment.
            }
        });
    }

    /**
     * Opens (or creates) {@code folder/ember.log}, the folder owner-only.
     *
     * @param limit the most bytes one file holds before the next is started
     * @param files how many files are kept, ember.log included
     */
    static LogFile open(Path folder, long limit, int files) throws IOException {
        if (files < 1 || limit < 1) {
            throw new IllegalArgumentException("a log needs at least one file of at least one byte");
        }
        PrivateFiles.createFolder(folder);
        LogFile log = new LogFile(folder, limit, files);
        log.openFile();
        return log;
    }

    Path folder() {
        return folder;
    }

    Path file() {
        return file;
    }

    private void openFile() throws IOException {
        channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND), PrivateFiles.fileAttributes(folder));
        PrivateFiles.restrictFile(file);
        size = channel.size();
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (channel == null || !isLoggable(record)) {
            return;
        }
        try {
            byte[] bytes = getFormatter().format(record).getBytes(StandardCharsets.UTF_8);
            if (size > 0 && size + bytes.length > limit) {
                rotate();
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            size += bytes.length;
        } catch (IOException | RuntimeException e) {
            reportError(null, e, ErrorManager.WRITE_FAILURE);
        }
    }

    /** ember.log.(n-1) goes, each older one moves up a number, ember.log becomes ember.log.1. */
    private void rotate() throws IOException {
        channel.close();
        channel = null;
        try {
            if (files == 1) {
                Files.deleteIfExists(file);
            } else {
                Files.deleteIfExists(numbered(files - 1));
                for (int n = files - 2; n >= 1; n--) {
                    if (Files.exists(numbered(n))) {
                        Files.move(numbered(n), numbered(n + 1), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                Files.move(file, numbered(1), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            openFile();
        }
    }

    private Path numbered(int n) {
        return folder.resolve(NAME + "." + n);
    }

    @Override
    public synchronized void flush() {
        // Every record is written as it comes; nothing waits in a buffer.
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                reportError(null, e, ErrorManager.CLOSE_FAILURE);
            }
            channel = null;
        }
    }

    /**
     * {@code 2026-12-07 09:15:02.120 +0100 WARNING app.ember.cli.Cli [main] message}, then the stack trace
     * of the failure, if any, on the lines below.
     */
    static final class Format extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS xx")
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder(160);
            line.append(TIME.format(record.getInstant() == null ? Instant.now() : record.getInstant()))
                    .append(' ').append(record.getLevel().getName())
                    .append(' ').append(record.getLoggerName() == null ? "-" : record.getLoggerName())
                    .append(" [").append(Thread.currentThread().getName()).append("] ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
