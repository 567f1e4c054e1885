package app.ember.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sheets as data: the built-ins' published measurements, the user's own file and its mistakes. */
class LabelTemplatesTest {
    private static final String HEADER = "id,name,kind,pageWidth,pageHeight,marginTop,marginLeft,labelWidth,labelHeight,"
            + "pitchX,pitchY,columns,rows\n";
    private static final double INCH = 25.4;

    @TempDir
    Path dataDir;

    @Test
    void theBuiltInsHaveThePublishedGeometry() {
        LabelTemplates templates = LabelTemplates.load(null);

        for (String id : List.of("avery-5160", "avery-8160")) {
            LabelTemplate avery = templates.find(id).orElseThrow();
            assertEquals(30, avery.perSheet());
            LabelTemplate.Cell first = avery.cell(0);
            assertEquals(0.1875 * INCH, first.left(), 1e-9);
            assertEquals(0.5 * INCH, first.top(), 1e-9);
            assertEquals(2.625 * INCH, first.width(), 1e-9);
            assertEquals(INCH, first.height(), 1e-9);
            LabelTemplate.Cell last = avery.cell(29);
            assertEquals((0.1875 + 2 * 2.75) * INCH, last.left(), 1e-9);
            assertEquals(10.5 * INCH, last.bottom(), 1e-9);
        }
        assertGrid(templates, "avery-5163", 2, 5, 4 * INCH, 2 * INCH, 215.9, 279.4);
        assertGrid(templates, "avery-5164", 2, 3, 4 * INCH, 84.6667, 215.9, 279.4);
        assertGrid(templates, "avery-l7160", 3, 7, 63.5, 38.1, 210, 297);
        assertGrid(templates, "avery-l7163", 2, 7, 99.1, 38.1, 210, 297);
        assertGrid(templates, "herma-4464", 3, 8, 70, 37, 210, 297);
        assertGrid(templates, "zweckform-3475", 3, 8, 70, 36, 210, 297);
        assertGrid(templates, "avery-5389", 1, 2, 6 * INCH, 4 * INCH, 215.9, 279.4);
        assertGrid(templates, "avery-8387", 2, 2, 5.5 * INCH, 4.25 * INCH, 279.4, 215.9);
        assertGrid(templates, "a6-a4", 2, 2, 148, 105, 297, 210);
        assertEquals(LabelTemplate.Kind.POSTCARDS, templates.find("avery-5389").orElseThrow().kind());
        assertEquals(4, templates.all(LabelTemplate.Kind.POSTCARDS).size());
        assertEquals(templates.all().size(), templates.all(LabelTemplate.Kind.LABELS).size() + 4);
    }

    /** Issue 16: a sheet is found by any of its product codes, with or without the brand, in any case. */
    @Test
    void everyProductCodeOfASheetFindsIt() {
        LabelTemplates templates = LabelTemplates.load(null);
        Map<String, List<String>> same = Map.of(
                "avery-5160", List.of("5160", "5260", "5960", "8160", "8460", "18160", "Avery 5160", "avery-18160",
                        "AVERY8160", "avery-8160"),
                "avery-l7160", List.of("L7160", "J8160", "avery-j8160", "Avery L7160", "l7160"),
                "avery-5163", List.of("5163", "8163", "18163", "Avery-8163"),
                "avery-l7651", List.of("L7651", "J8651"),
                "zweckform-3475", List.of("3475", "Avery Zweckform 3475"));
        same.forEach((id, codes) -> {
            for (String code : codes) {
                assertEquals(id, templates.find(code).map(LabelTemplate::id).orElse("nothing"), code);
            }
        });
        for (LabelTemplate template : templates.all()) {
            for (String alias : templates.aliases(template)) {
                assertEquals(template.id(), templates.find(alias).orElseThrow().id(), alias);
            }
        }
        assertTrue(templates.find("9999").isEmpty());
        assertTrue(templates.find("avery").isEmpty());
    }

    /** The sheets added in issue 16, with LibreOffice's and gLabels' geometry (see the csv's header). */
    @Test
    void theNewSheetsAreThere() {
        LabelTemplates templates = LabelTemplates.load(null);
        assertGrid(templates, "5161", 2, 10, 4 * INCH, INCH, 215.9, 279.4);
        assertGrid(templates, "5162", 2, 7, 4 * INCH, 33.8667, 215.9, 279.4);
        assertGrid(templates, "5167", 4, 20, 1.75 * INCH, 0.5 * INCH, 215.9, 279.4);
        assertGrid(templates, "L7161", 3, 6, 63.5, 46.56, 210, 297);
        assertGrid(templates, "L7162", 2, 8, 99.06, 33.87, 210, 297);
        assertGrid(templates, "L7165", 2, 4, 99.06, 67.73, 210, 297);
        assertGrid(templates, "L7173", 2, 5, 99.06, 57, 210, 297);
        assertGrid(templates, "L7651", 5, 13, 38.1, 21.17, 210, 297);
        assertGrid(templates, "C2353", 1, 2, 146.5, 110.4, 210, 297);
        assertEquals(LabelTemplate.Kind.POSTCARDS, templates.find("C9353").orElseThrow().kind());
    }

    @Test
    void everyBuiltInSheetIsSymmetricWithinAMillimetre() {
        for (LabelTemplate template : LabelTemplates.load(null).all()) {
            LabelTemplate.Cell last = template.cell(template.perSheet() - 1);
            assertEquals(template.marginLeft(), template.pageWidth() - last.right(), 1.0, template.id() + " sides");
            assertEquals(template.marginTop(), template.pageHeight() - last.bottom(), 1.0, template.id() + " top");
        }
    }

    @Test
    void findIgnoresCase() {
        LabelTemplates templates = LabelTemplates.load(null);

        assertEquals("avery-l7160", templates.find("Avery-L7160").orElseThrow().id());
        assertTrue(templates.find("avery-9999").isEmpty());
    }

    @Test
    void theUsersOwnFileAddsSheetsAndReplacesABuiltInOfTheSameId() throws IOException {
        Files.writeString(dataDir.resolve("label-templates.csv"), "# my sheets\n" + HEADER
                + "my-cards,My cards,postcards,210,297,0,0,105,74.25,105,74.25,2,4\n"
                + "AVERY-5160,\"Avery 5160, my printer\",labels,215.9,279.4,13.2,4.7625,66.675,25.4,69.85,25.4,3,10\n",
                StandardCharsets.UTF_8);

        LabelTemplates templates = LabelTemplates.load(dataDir);

        assertEquals(8, templates.find("my-cards").orElseThrow().perSheet());
        assertEquals(13.2, templates.find("avery-5160").orElseThrow().marginTop());
        assertEquals("Avery 5160, my printer", templates.find("avery-5160").orElseThrow().name());
        assertEquals(LabelTemplates.load(null).all().size() + 1, templates.all().size());
    }

    @Test
    void aBadFieldIsReportedWithTheFileTheLineAndTheField() throws IOException {
        Path file = dataDir.resolve("label-templates.csv");
        Files.writeString(file, HEADER + "ok,Fine,labels,210,297,0,0,70,37,70,37,3,8\n"
                + "bad,Bad,labels,210,297,0,0,70,37,seventy,37,3,8\n", StandardCharsets.UTF_8);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> LabelTemplates.load(dataDir));

        assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("line 3"), error.getMessage());
        assertTrue(error.getMessage().contains("pitchX: 'seventy' is not a number"), error.getMessage());
    }

    @Test
    void labelsRunningOffThePageAreRefusedNamingTheRowAndField() throws IOException {
        Path file = dataDir.resolve("label-templates.csv");
        Files.writeString(file, HEADER + "# too many rows for A4\n"
                + "tall,Too tall,labels,210,297,0,0,70,37,70,37,3,9\n", StandardCharsets.UTF_8);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> LabelTemplates.load(dataDir));

        assertTrue(error.getMessage().contains(file + ", line 3 (tall), rows: 9 labels down end at 333.00 mm, off the "
                + "297.00 mm high page"), error.getMessage());
    }

    @Test
    void otherMistakesAreNamedToo() throws IOException {
        assertProblem(HEADER + "x,X,stickers,210,297,0,0,70,37,70,37,3,8\n", "line 2, kind: 'stickers' is not known");
        assertProblem(HEADER + "x,X,labels,210,297,0,0,70,37,60,37,3,8\n", "line 2 (x), pitchX: 60.00 mm is less than");
        assertProblem(HEADER + "x,X,labels,210,297,0,0,70,37,70,37,two,8\n", "line 2, columns: 'two' is not a whole");
        assertProblem(HEADER + "x,X,labels,210,297,0,0,-70,37,70,37,3,8\n", "line 2 (x), labelWidth: -70.0 must be");
        assertProblem(HEADER + "a,A,labels,210,297,0,0,70,37,70,37,3,8\nA,B,labels,210,297,0,0,70,37,70,37,3,8\n",
                "line 3, id: 'A' is already used on line 2");
        assertProblem("id,name,kind\nx,X,labels\n", "header: the column 'pageWidth' is missing");
        assertProblem(HEADER + "x,X,labels,210,297\n", "line 2: 5 fields where the header has 13");
    }

    @Test
    void aCommaDecimalFromASpreadsheetIsReadAsAPoint() throws IOException {
        Files.writeString(dataDir.resolve("label-templates.csv"),
                HEADER + "de,Deutsch,labels,210,297,\"4,5\",0,70,36,70,36,3,8\n", StandardCharsets.UTF_8);

        assertEquals(4.5, LabelTemplates.load(dataDir).find("de").orElseThrow().marginTop());
    }

    @Test
    void addCustomWritesAndReplacesARowKeepingTheOthersAndTheirComments() throws IOException {
        Path file = dataDir.resolve("label-templates.csv");
        Files.writeString(file, HEADER + "# measured on the office laser\nmine,Mine,labels,210,297,0,0,70,37,70,37,3,8\n",
                StandardCharsets.UTF_8);
        LabelTemplate cards = new LabelTemplate("cards", "Cards, quartered", LabelTemplate.Kind.POSTCARDS, 297, 210, 0,
                0, 148.5, 105, 148.5, 105, 2, 2);

        LabelTemplates added = LabelTemplates.addCustom(dataDir, cards);
        LabelTemplate moved = new LabelTemplate("MINE", "Mine, moved", LabelTemplate.Kind.LABELS, 210, 297, 4.5, 0, 70,
                36, 70, 36, 3, 8);
        LabelTemplates replaced = LabelTemplates.addCustom(dataDir, moved);

        assertEquals(cards, added.find("cards").orElseThrow());
        assertEquals(moved, replaced.find("mine").orElseThrow());
        assertEquals(cards, replaced.find("CARDS").orElseThrow());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("# measured on the office laser\nMINE,\"Mine, moved\",labels,210,297,4.5,0,70,36,70,36,3,8"),
                text);
        assertTrue(text.contains("cards,\"Cards, quartered\",postcards,297,210,0,0,148.5,105,148.5,105,2,2"), text);
        try (Stream<Path> files = Files.list(dataDir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
    }

    @Test
    void addCustomStartsTheFileWhenThereIsNone() {
        LabelTemplate mine = new LabelTemplate("mine", "", LabelTemplate.Kind.LABELS, 210, 297, 0, 0, 70, 37, 70, 37, 3,
                8);

        LabelTemplates templates = LabelTemplates.addCustom(dataDir.resolve("new"), mine);

        assertEquals("mine", templates.find("mine").orElseThrow().name(), "a blank name becomes the id");
    }

    @Test
    void aTemplateChecksItselfWhenMade() {
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class, () -> new LabelTemplate("w", "W",
                LabelTemplate.Kind.LABELS, 210, 297, 0, 5, 70, 37, 70, 37, 3, 8));
        assertTrue(wide.getMessage().startsWith("columns: 3 labels across end at 215.00 mm"), wide.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LabelTemplate("bad id", "B", LabelTemplate.Kind.LABELS,
                210, 297, 0, 0, 70, 37, 70, 37, 3, 8));
        assertThrows(IllegalArgumentException.class, () -> new LabelTemplate("z", "Z", LabelTemplate.Kind.LABELS,
                210, 297, 0, 0, 70, 37, 70, 37, 0, 8));
        // A single column never steps to a next label: its pitch does not matter.
        new LabelTemplate("one", "One", LabelTemplate.Kind.LABELS, 210, 297, 0, 0, 200, 37, 0, 37, 1, 8);
    }

    @Test
    void piecesFillTheSheetFromTheStartLabelOn() {
        LabelTemplate avery = LabelTemplates.load(null).find("avery-5160").orElseThrow();

        assertEquals(new LabelTemplate.Slot(0, 0), avery.slot(0, 1));
        assertEquals(new LabelTemplate.Slot(1, 0), avery.slot(30, 1));
        assertEquals(new LabelTemplate.Slot(0, 29), avery.slot(0, 30));
        assertEquals(new LabelTemplate.Slot(1, 0), avery.slot(1, 30));
        assertEquals(2, avery.sheetsFor(27, 5));
        assertEquals(1, avery.sheetsFor(26, 5));
        assertEquals(0, avery.sheetsFor(0, 1));
        assertThrows(IllegalArgumentException.class, () -> avery.slot(0, 31));
        assertThrows(IndexOutOfBoundsException.class, () -> avery.cell(30));
        LabelTemplate.Cell moved = avery.cell(4).moved(2, -1.5);
        assertEquals(4, moved.index());
        assertEquals(4.7625 + 69.85 + 2, moved.left(), 1e-9, "second column, 2 mm right");
        assertEquals(12.7 + 25.4 - 1.5, moved.top(), 1e-9, "second row, 1.5 mm up");
        assertEquals(66.675, moved.width());
    }

    private void assertProblem(String content, String expected) throws IOException {
        Path file = dataDir.resolve("label-templates.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> LabelTemplates.load(dataDir));
        assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }

    private static void assertGrid(LabelTemplates templates, String id, int columns, int rows, double width,
                                   double height, double pageWidth, double pageHeight) {
        LabelTemplate template = templates.find(id).orElseThrow();
        assertEquals(columns, template.columns(), id);
        assertEquals(rows, template.rows(), id);
        assertEquals(width, template.labelWidth(), 0.01, id);
        assertEquals(height, template.labelHeight(), 0.01, id);
        assertEquals(pageWidth, template.pageWidth(), 0.01, id);
        assertEquals(pageHeight, template.pageHeight(), 0.01, id);
    }
}
