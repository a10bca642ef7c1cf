package cn.dangjian.platform.events;

/** Topic names from the contract; a dead-letter topic is the topic name plus {@link #DLQ_SUFFIX}. */
public final class Topics {

    public static final String ORGANISATIONS = "dangjian.organisations";
    public static final String MEMBERS = "dangjian.members";
    public static final String ACTIVITIES = "dangjian.activities";
    public static final String POINTS = "dangjian.points";
    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }
}
