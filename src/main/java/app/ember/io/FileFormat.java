package app.ember.io;

import java.nio.file.Path;
import java.util.Locale;

/** The kinds of file Ember imports and exports. */
public enum FileFormat {
    CSV, XLSX, VCF;

    /** By the option if given, else by the file's ending. */
    public static FileFormat of(Path file, String option) {
        String name = option != null && !option.isBlank() ? option : extension(file);
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "csv", "txt", "tsv" -> CSV;
            case "xlsx" -> XLSX;
            case "vcf", "vcard" -> VCF;
            default -> throw new ImportException(file + ": '" + name + "' is not a format Ember reads or writes; "
                    + "expected xlsx, csv or vcf");
        };
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
