package cn.dangjian.organisation.health;

import cn.dangjian.organisation.organisation.Formation;
import cn.dangjian.organisation.organisation.Level;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything the health rules look at for one organisation, read from this service's tables and read models.
 * Plain data, so the rules are plain functions with unit tests.
 *
 * @param committeeSize        seats filled on the committee (0 without a committee)
 * @param termEndsOn           last day of the committee's term, or null without a committee
 * @param secretaryVacantSince since when the secretary post is empty, or null when filled (or no committee)
 * @param unitsCovered         units this organisation covers (alone or jointly)
 * @param lastActivityEndedOn  day (China time) the last activity of this organisation ended, or null if none yet
 * @param activeSince          since when the organisation exists (founded, else created), the start of silence
 * @param behind               organisational life behind schedule, "TYPE period" each (from compliance events)
 * @param children             the live children, for CHILD_SILENT
 */
public record OrganisationFacts(
        UUID id, String name, Level level, Formation formation,
        int fullMembers, int probationaryMembers,
        int committeeSize, LocalDate termEndsOn, LocalDate secretaryVacantSince,
        int unitsCovered, LocalDate lastActivityEndedOn, LocalDate activeSince,
        List<String> behind, List<ChildActivity> children) {

    public int members() {
        return fullMembers + probationaryMembers;
    }

    /** What the silence rule needs of a child. */
    public record ChildActivity(UUID id, String name, Level level, LocalDate lastActivityEndedOn, LocalDate activeSince) {
    }
}
