package app.ember.domain;

/**
 * Due leads alike in what costs their action (temperature, our last outgoing channel, what they can be
 * reached by), counted: the plan of a big book on a server tallies every due lead this way, and reads
 * only the first few hundred in its order as {@link PlanKey}s.
 */
public record DueGroup(Temperature temperature, Channel lastOutgoing, Reach reach, int count) {
    static int count(java.util.List<DueGroup> groups) {
        return groups.stream().mapToInt(DueGroup::count).sum();
    }

    /** The minutes of all their actions: each by the channel the policy would take next, as the plan costs it. */
    static int minutes(java.util.List<DueGroup> groups, FollowUpPolicy policy) {
        return groups.stream().mapToInt(g -> g.count() * policy.minutes(policy.nextProng(g.temperature(),
                g.lastOutgoing(), g.reach()))).sum();
    }
}
