package cn.dangjian.organisation.health;

import java.util.UUID;

/**
 * One rule an organisation breaks or should know about. {@code subjectId} is what the finding is about: the
 * organisation itself, or for {@link RuleCode#CHILD_SILENT} the silent child.
 */
public record Finding(RuleCode rule, Severity severity, String message, UUID subjectId) {
}
