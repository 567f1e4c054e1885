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
}
