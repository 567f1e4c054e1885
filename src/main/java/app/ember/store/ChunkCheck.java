package app.ember.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap look at an MVStore file's structure, a few kB read: the two 4 kB file headers name the
 * chunk written last at a clean point ({@code block:…,chunk:…}; a new store names none yet); that chunk must be in the file,
 * starting with its own header ({@code chunk:…,len:…}) and ending with its footer. Measured: a book
 * cut inside that chunk is opened by H2 without a word, on an older state; here it is refused.
 * Chunks written after the header was (H2 does not rewrite it at every commit) are not checked.
 */
final class ChunkCheck {
    private static final int BLOCK = 4096;
    private static final int FOOTER = 128;
    private static final Pattern FILE_HEADER = Pattern.compile("^H:2,.*?\\bblock:([0-9a-f]+),.*?\\bchunk:([0-9a-f]+),");
    private static final Pattern CHUNK_HEADER = Pattern.compile("^chunk:([0-9a-f]+),.*?\\blen:([0-9a-f]+),");

    private ChunkCheck() {
    }

    static Optional<String> missingChunk(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long block = -1;
            String chunk = null;
            boolean readable = false;
            for (long at : new long[] {0, BLOCK}) {
                String text = read(channel, at, 256);
                readable |= text.startsWith("H:2,") && text.contains("fletcher:");
                Matcher header = FILE_HEADER.matcher(text);
                if (header.find() && Long.parseLong(header.group(1), 16) > block) {
                    block = Long.parseLong(header.group(1), 16);
                    chunk = header.group(2);
                }
            }
            if (!readable) {
                return Optional.of("neither of its two headers can be read");
            }
            if (chunk == null) {
                return Optional.empty(); // a new store names no chunk until H2 first rewrites its header
            }
            long start = block * BLOCK;
            if (start + BLOCK > size) {
                return Optional.of("it is cut short: its last chunk would start at byte " + start + " of " + size);
            }
            Matcher header = CHUNK_HEADER.matcher(read(channel, start, 256));
            if (!header.find() || !header.group(1).equals(chunk)) {
                return Optional.of("its last chunk, at byte " + start + ", is overwritten");
            }
            long end = start + Long.parseLong(header.group(2), 16) * BLOCK;
            if (end > size) {
                return Optional.of("it is cut short: its last chunk ends at byte " + end + " of " + size);
            }
            if (!read(channel, end - FOOTER, FOOTER).startsWith("chunk:" + chunk + ",")) {
                return Optional.of("the end of its last chunk, at byte " + end + ", is overwritten");
            }
            return Optional.empty();
        }
    }

    private static String read(FileChannel channel, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && channel.read(buffer, at + buffer.position()) > 0) {
            // reads until full or at the end of the file
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
    }
}
