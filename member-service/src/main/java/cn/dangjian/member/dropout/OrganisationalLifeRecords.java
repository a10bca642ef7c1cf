package cn.dangjian.member.dropout;

import cn.dangjian.member.member.Member;
import cn.dangjian.member.member.MemberRepository;
import cn.dangjian.member.policy.Today;
import cn.dangjian.platform.directory.DirectoryEntry;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.events.EventEnvelope;
import cn.dangjian.platform.events.EventReader;
import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.MalformedEventException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps the organisational life members attended from {@code activity.attendance-confirmed.v1}: a member's attendance
 * of a meeting type (DropOutSettings) organised by their own organisation, one above it or one below it (a party group of
 * the branch), dated by the day of service. One row per member and activity, so a redelivered or repeated confirmation
 * changes nothing.
 */
@ApplicationScoped
public class OrganisationalLifeRecords {

    private static final Logger LOG = Logger.getLogger(OrganisationalLifeRecords.class);

    @Inject
    EntityManager em;

    @Inject
    EventReader reader;

    @Inject
    MemberRepository members;

    @Inject
    OrganisationDirectory directory;

    @Inject
    DropOutSettings settings;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        if (!EventTypes.ACTIVITY_ATTENDANCE_CONFIRMED.equals(event.type())) {
            return; // other activity events say nothing about who attended
        }
        JsonNode data = event.data();
        if (!"MEMBER".equals(reader.text(data, "attendeeKind"))) {
            return;
        }
        UUID memberId = reader.uuid(data, "memberId");
        UUID activityId = reader.uuid(data, "activityId");
        UUID organisationId = reader.uuid(data, "organisationId");
        String type = reader.text(data, "activityType");
        LocalDate attendedOn = dayOfService(data);
        if (!settings.organisationalLifeTypes().contains(type)) {
            return;
        }
        Optional<Member> member = members.findByIdOptional(memberId);
        if (member.isEmpty()) {
            LOG.infof("Attendance %s: member %s is not kept here; ignored", event.id(), memberId);
            return;
        }
        if (!ofTheirOrganisation(member.get().organisationId, organisationId)) {
            LOG.debugf("Attendance %s: activity of %s is not of member %s's organisation", event.id(), organisationId, memberId);
            return;
        }
        em.createNativeQuery("""
                        INSERT INTO organisational_life_attendance (member_id, activity_id, organisation_id, activity_type, attended_on, event_id)
                        VALUES (:member, :activity, :organisation, :type, :on, :event) ON CONFLICT (member_id, activity_id) DO NOTHING""")
                .setParameter("member", memberId).setParameter("activity", activityId).setParameter("organisation", organisationId)
                .setParameter("type", type).setParameter("on", Date.valueOf(attendedOn)).setParameter("event", event.id())
                .executeUpdate();
    }

    /**
     * The day the member served (China date): {@code servedOn} when the event carries it, else, for events published
     * before it existed, the China date of {@code confirmedAt}. A confirmation recorded days later must not make
     * organisational life look more recent than it was.
     */
    private LocalDate dayOfService(JsonNode data) {
        String servedOn = reader.optionalText(data, "servedOn");
        if (servedOn != null) {
            try {
                return LocalDate.parse(servedOn);
            } catch (DateTimeParseException e) {
                throw new MalformedEventException("data.servedOn must be a date (YYYY-MM-DD)", e);
            }
        }
        try {
            return LocalDate.ofInstant(Instant.parse(reader.text(data, "confirmedAt")), Today.CHINA);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("data.confirmedAt must be an ISO-8601 instant", e);
        }
    }

    /** The activity's organisation is the member's, above it, or below it. */
    private boolean ofTheirOrganisation(UUID memberOrganisation, UUID activityOrganisation) {
        if (memberOrganisation.equals(activityOrganisation)) {
            return true;
        }
        List<UUID> memberPath = directory.find(memberOrganisation).map(DirectoryEntry::path).orElse(List.of(memberOrganisation));
        if (memberPath.contains(activityOrganisation)) {
            return true;
        }
        return directory.find(activityOrganisation).map(DirectoryEntry::path).map(p -> p.contains(memberOrganisation)).orElse(false);
    }

}
