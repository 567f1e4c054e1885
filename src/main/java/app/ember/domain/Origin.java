package app.ember.domain;

/** Where a lead came from: online leads expect a quick turnaround, offline ones may wait a little. */
public enum Origin implements Coded {
    UNKNOWN, ONLINE, OFFLINE;

    public static Origin fromCode(String text) {
        return Codes.parse(Origin.class, text, "origin");
    }
}
