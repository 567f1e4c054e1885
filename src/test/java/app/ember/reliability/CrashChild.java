package app.ember.reliability;

import app.ember.app.Services;
import app.ember.domain.Channel;
import app.ember.domain.ColumnMapping;
import app.ember.domain.Direction;
import app.ember.domain.DuplicatePolicy;
import app.ember.domain.Lead;
import app.ember.domain.LeadImport;
import app.ember.domain.Outcome;
import app.ember.domain.Table;
import app.ember.domain.Temperature;
import app.ember.store.Backups;
import app.ember.store.ImportBook;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The child JVM of the crash harness: real work on a data dir, through the same services as the
 * window and the commands, until it is killed. Every line it prints is a promise: it is printed only
 * after the work it names returned, that is, was committed. {@link CrashHarnessTest} kills it with
 * SIGKILL at a random moment and checks each promise against the book.
 *
 * <p>Lines: {@code ready}; {@code lead ID}; {@code touch ID}; {@code note ID};
 * {@code import-start BATCH ROWS} and {@code import BATCH ROWS}; {@code mailing-start NAME LEADS} and
 * {@code mailing NAME LEADS}; {@code backup FILE LEADS}; {@code restore-start FILE LEADS_NOW LEADS_IN_IT}
 * and {@code restored FILE}.
 */
public final class CrashChild {
    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final Random random;
    private Services services;
    private final List<Long> leads = new ArrayList<>();

    private CrashChild(Services services, long seed) {
        this.services = services;
        this.random = new Random(seed);
    }

    /** Arguments: data dir, mode (work, import, restore), seed, first number for names (unique across lives). */
    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        String mode = args[1];
        long seed = Long.parseLong(args[2]);
        int first = Integer.parseInt(args[3]);
        CrashChild child = new CrashChild(Services.open(dataDir), seed);
        // Every backup a life takes stays, so that each one it promised can be checked.
        child.services.backups().setKeep(Backups.MAX_KEEP);
        child.say("ready");
        if (mode.equals("restore")) {
            child.restores(first);
        } else if (mode.equals("import")) {
            for (int n = first; ; n++) {
                child.importBatch(n, 1000 + child.random.nextInt(3000));
            }
        } else {
            child.work(first);
        }
    }

    private void say(String line) {
        out.println(line);
    }

    private void work(int first) throws InterruptedException {
        for (int n = first; ; n++) {
            int what = random.nextInt(100);
            if (what < 35 || leads.isEmpty()) {
                addLead("Life" + n);
            } else if (what < 65) {
                long lead = anyLead();
                long id = services.touchLog().logTouch(lead, Channel.CALL, Direction.OUT, Outcome.REACHED, 10,
                        "crash harness touch " + n, Instant.now(), null).interactionId();
                say("touch " + id);
            } else if (what < 80) {
                say("note " + services.leadBook().addNote(anyLead(), "crash harness note " + n));
            } else if (what < 88) {
                importBatch(n, 50 + random.nextInt(400));
            } else if (what < 95) {
                mailing(n);
            } else {
                Backups.Backup backup = services.backups().backup();
                say("backup " + backup.file() + " " + backup.leads());
            }
            if (random.nextInt(4) == 0) {
                Thread.sleep(random.nextInt(300)); // a person between two clicks
            }
        }
    }

    private void restores(int first) throws InterruptedException {
        for (int n = first; ; n++) {
            for (int i = random.nextInt(5); i >= 0; i--) {
                addLead("Before" + n);
            }
            Backups.Backup backup = services.backups().backup();
            say("backup " + backup.file() + " " + backup.leads());
            for (int i = random.nextInt(5); i >= 0; i--) {
                addLead("After" + n);
            }
            int now = services.leadBook().count(app.ember.domain.LeadQuery.all());
            say("restore-start " + backup.file() + " " + now + " " + backup.leads());
            services = services.restore(backup.file()).services();
            leads.clear();
            say("restored " + backup.file());
            Thread.sleep(random.nextInt(200));
        }
    }

    private void addLead(String first) {
        Temperature[] all = Temperature.values();
        Lead lead = Lead.builder().firstName(first).lastName("Crash").temperature(all[random.nextInt(all.length)])
                .created(Instant.now()).updated(Instant.now()).nextFollowUp(Instant.now()).build();
        long id = services.leadBook().create(lead);
        leads.add(id);
        say("lead " + id);
    }

    private long anyLead() {
        return leads.get(random.nextInt(leads.size()));
    }

    /** An import of generated rows, all or nothing: the rows' last name names the batch. */
    private void importBatch(int batch, int rows) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            cells.add(List.of("Row" + i, "Batch" + batch, "row" + i + ".batch" + batch + "@example.com", "warm",
                    "Imported by the crash harness"));
        }
        Table table = Table.of("Leads", List.of("First Name", "Last Name", "E-mail", "Temperature", "Notes"), cells);
        LeadImport.Result read = new LeadImport(services.clock().instant(), services.clock().getZone())
                .read(table, ColumnMapping.guess(table), null, null);
        ImportBook book = new ImportBook(services.leadBook().database(), services.clock(), services::policy);
        say("import-start " + batch + " " + rows);
        book.run(book.plan(read, DuplicatePolicy.SKIP), ImportBook.Progress.NONE, () -> false);
        say("import " + batch + " " + rows);
    }

    /** A mailing recorded as sent to a few leads at once, in one transaction; the note names it. */
    private void mailing(int n) {
        List<Long> some = new ArrayList<>();
        for (int i = 1 + random.nextInt(Math.min(8, leads.size())); i > 0; i--) {
            long lead = anyLead();
            if (!some.contains(lead)) {
                some.add(lead);
            }
        }
        // Closed by a dot, so that "Campaign1." never matches the notes of Campaign10 and on.
        String name = "Campaign" + n + ".";
        say("mailing-start " + name + " " + some.size());
        services.mailBook().logSent(some, name, Instant.now());
        say("mailing " + name + " " + some.size());
    }
}
