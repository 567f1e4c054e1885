package app.ember.domain;

/** Who started a touch: we reached out, or the lead came to us. */
public enum Direction implements Coded {
    OUT, IN;

    public static Direction fromCode(String text) {
        return Codes.parse(Direction.class, text, "direction");
    }
}
