package app.ember.bench;

import app.ember.domain.Lead;
import java.util.List;

/** The generated leads, for benches in other packages (the store's, which reach package-private queries). */
public final class LeadGeneratorAccess {
    private LeadGeneratorAccess() {
    }

    public static List<Lead> leads(int count, long seed) {
        return LeadGenerator.leads(count, seed);
    }

    /** Fills an empty book with {@code count} generated leads, their tags and touches; what it stored, in words. */
    public static String fill(java.sql.Connection connection, int count, int touchesPerLead, long seed)
            throws java.sql.SQLException {
        return LeadGenerator.fill(connection, count, touchesPerLead, seed).toString();
    }
}
