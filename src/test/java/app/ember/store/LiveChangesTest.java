package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Lead;
import app.ember.domain.Temperature;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** An Ember on a shared book hears the others' commits (LISTEN/NOTIFY), not its own. */
@ExtendWith(PostgresTestServer.class)
class LiveChangesTest {
    @TempDir
    Path dataDir;

    @Test
    void anotherEmbersCommitIsHeardAndOwnCommitsAreNot() throws Exception {
        try (Database mine = PostgresTestServer.book(dataDir); Database theirs = PostgresTestServer.book(dataDir)) {
            AtomicInteger heard = new AtomicInteger();
            CountDownLatch once = new CountDownLatch(1);
            mine.onOthersChanged(() -> {
                heard.incrementAndGet();
                once.countDown();
            });
            Lead lead = Lead.builder().firstName("Ana").lastName("Ruiz").temperature(Temperature.WARM)
                    .created(Instant.parse("2026-11-01T10:00:00Z")).build();
            new LeadBook(mine).create(lead);
            Thread.sleep(2500);
            assertEquals(0, heard.get(), "its own commit is not news");
            new LeadBook(theirs).create(lead);
            assertTrue(once.await(10, TimeUnit.SECONDS), "the other's commit was heard");
        }
    }
}
