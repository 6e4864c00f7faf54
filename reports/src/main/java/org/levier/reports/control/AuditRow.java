package org.levier.reports.control;

/** One audit event as the audit-trail extract prints it (a bean: Jasper reads getters). */
public final class AuditRow {

    private final long seq;
    private final String time;
    private final String actor;
    private final String action;
    private final String entity;
    private final String summary;
    private final String hashPrefix;

    /** {@code time} is already formatted (Paris time); {@code hashPrefix} the first characters of the event hash. */
    public AuditRow(long seq, String time, String actor, String action, String entity, String summary,
                    String hashPrefix) {
        this.seq = seq;
        this.time = time;
        this.actor = actor;
        this.action = action;
        this.entity = entity;
        this.summary = summary;
        this.hashPrefix = hashPrefix;
    }

    public Long getSeq() {
        return seq;
    }

    public String getTime() {
        return time;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntity() {
        return entity;
    }

    public String getSummary() {
        return summary;
    }

    public String getHashPrefix() {
        return hashPrefix;
    }
}
