package app.ember.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The domain stays plain Java: no JavaFX, no JDBC, so its rules can be tested and reused anywhere. */
class DomainPurityTest {
    private static final Path DOMAIN = Path.of("src", "main", "java", "app", "ember", "domain");
    private static final Pattern FORBIDDEN = Pattern.compile("\\b(javafx\\.|java\\.sql\\.|javax\\.sql\\.)");
    /** Our own packages the domain may not lean on. */
    private static final Pattern OTHER_LAYERS = Pattern.compile("\\bapp\\.ember\\.(store|ui|cli|io|app|mail)\\b");

    @Test
    void domainSourcesUseNeitherJavaFxNorSql() throws IOException {
        List<Path> sources = sources();
        assertTrue(sources.size() > 10, "expected the domain sources in " + DOMAIN.toAbsolutePath());
        List<String> offenders = sources.stream().filter(p -> matches(p, FORBIDDEN))
                .map(Path::toString).collect(Collectors.toList());
        assertEquals(List.of(), offenders);
    }

    @Test
    void domainDependsOnNoOtherLayer() throws IOException {
        List<String> offenders = sources().stream().filter(p -> matches(p, OTHER_LAYERS))
                .map(Path::toString).collect(Collectors.toList());
        assertEquals(List.of(), offenders);
    }

    @Test
    void theCheckCatchesAnOffendingLine() {
        assertTrue(FORBIDDEN.matcher("import javafx.scene.Node;").find());
        assertTrue(FORBIDDEN.matcher("java.sql.Connection c;").find());
        assertTrue(OTHER_LAYERS.matcher("import app.ember.store.LeadStore;").find());
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(DOMAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
    }

    private static boolean matches(Path source, Pattern pattern) {
        try {
            return Files.readAllLines(source).stream()
                    .filter(line -> !line.strip().startsWith("*") && !line.strip().startsWith("//"))
                    .anyMatch(line -> pattern.matcher(line).find());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
