package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.ember.app.Services;
import app.ember.domain.LeadDetails;
import app.ember.store.ExportReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What the corpus tests share: a corpus file imported through {@code ember import}, and the book read back. */
final class CorpusBook {
    private CorpusBook() {
    }

    /** Copies the resource into {@code files} and imports it into the data dir; the import must succeed. */
    static CliRunner.Run importResource(Path dataDir, Path files, String resource, String... options)
            throws IOException {
        Path file = files.resolve(Path.of(resource).getFileName().toString());
        try (InputStream in = CorpusBook.class.getResourceAsStream(resource)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> args = new ArrayList<>(List.of("import", file.toString()));
        args.addAll(List.of(options));
        CliRunner.Run run = CliRunner.runIn(dataDir, args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return run;
    }

    /** Every lead of the book with all it holds, in the order they were added. */
    static List<LeadDetails> book(Path dataDir) throws IOException {
        try (Services services = Services.open(dataDir)) {
            List<LeadDetails> all = new ArrayList<>();
            new ExportReader(services.leadBook().database()).forEachPage(all::addAll);
            all.sort(Comparator.comparingLong(d -> d.lead().id()));
            return all;
        }
    }

    static Optional<String> preference(LeadDetails lead, String key) {
        return lead.preferences().stream().filter(p -> p.key().equals(key)).map(p -> p.value()).findFirst();
    }

    static String notes(LeadDetails lead) {
        return String.join("\n", lead.notes().stream().map(n -> n.text()).toList());
    }
}
