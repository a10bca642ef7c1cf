package cn.dangjian.points.volunteer;

import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.Outbox;
import cn.dangjian.platform.events.Topics;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.web.AccessDeniedException;
import cn.dangjian.platform.web.ConflictException;
import cn.dangjian.platform.web.InconsistentInputException;
import cn.dangjian.platform.web.UnknownReferenceException;
import cn.dangjian.points.account.AccountService;
import cn.dangjian.points.account.PointsAccount;
import cn.dangjian.points.holder.Holder;
import cn.dangjian.points.holder.HolderKind;
import cn.dangjian.points.holder.HolderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Registering as a volunteer (志愿者注册): a resident's own login becomes a points holder. Only the login itself
 * registers (the holder is tied to the token's sub, so nobody can register on someone else's behalf).
 */
@ApplicationScoped
@Transactional
public class VolunteerService {

    private static final Logger LOG = Logger.getLogger(VolunteerService.class);

    @Inject
    HolderRepository holders;

    @Inject
    AccountService accounts;

    @Inject
    OrganisationDirectory directory;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;


    /** {@code points.volunteer-registered.v1}: sub is the login's opaque id (not personal data such as ID or phone). */
    public record VolunteerRegisteredData(UUID holderId, String name, String sub, UUID organisationId) {
    }

    public VolunteerView register(NewVolunteer request) {
        String sub = caller.sub().orElseThrow(() -> new AccessDeniedException("your token carries no subject"));
        holders.findBySub(sub).ifPresent(existing -> {
            throw new ConflictException("already-registered", "this login is already a " + existing.kind.name().toLowerCase()
                    + " of the moral bank (holder " + existing.id + ")");
        });
        if (request.organisationId() != null) {
            var organisation = directory.find(request.organisationId())
                    .orElseThrow(() -> new UnknownReferenceException("organisationId", "organisation", request.organisationId()));
            if (organisation.revoked()) {
                throw new InconsistentInputException("organisation-revoked", "organisationId", "organisation was revoked on " + organisation.revokedOn());
            }
        }
        Holder holder = new Holder();
        holder.id = UUID.randomUUID();
        holder.kind = HolderKind.VOLUNTEER;
        holder.name = request.name().strip();
        holder.organisationId = request.organisationId();
        holder.sub = sub;
        holders.persist(holder);
        PointsAccount account = accounts.openFor(holder);
        outbox.publish(Topics.POINTS, EventTypes.POINTS_VOLUNTEER_REGISTERED, holder.id,
                new VolunteerRegisteredData(holder.id, holder.name, sub, holder.organisationId));
        LOG.infof("Volunteer %s registered", holder.id);
        return new VolunteerView(holder.id, holder.name, holder.organisationId, account.id);
    }
}
