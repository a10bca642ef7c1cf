package cn.dangjian.organisation.health;

/** How serious a health finding is: worth knowing, worth acting on, or a rule broken. */
public enum Severity {
    INFO, WARNING, VIOLATION
}
