package cn.dangjian.member.member;

import cn.dangjian.member.identity.SealedIdNumber;
import cn.dangjian.member.identity.SealedPhone;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A party member (党员). */
@Entity
@Table(name = "member")
public class Member {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;

    /** Clear in Java, sealed in the database (AES-GCM under a key id). */
    @Convert(converter = SealedIdNumber.class)
    @Column(name = "id_number", nullable = false)
    public String idNumber;

    /** Keyed hash of the ID number: what keeps it unique, since the sealed column differs on every write. */
    @Column(name = "id_number_hash", nullable = false, unique = true)
    public String idNumberHash;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    /** Clear in Java, sealed in the database. */
    @Convert(converter = SealedPhone.class)
    @Column(nullable = false)
    public String phone;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Standing standing;

    @Column(name = "admitted_on", nullable = false)
    public LocalDate admittedOn;

    @Column(name = "full_member_on")
    public LocalDate fullMemberOn;

    @Column(length = 50)
    public String ethnicity;
    @Column(length = 50)
    public String education;
    public String employer;
    public String post;
    public String address;

    /** Pipeline (发展流程): application, activist, development candidate; admission and full membership above. */
    @Column(name = "applied_on")
    public LocalDate appliedOn;
    @Column(name = "activist_on")
    public LocalDate activistOn;
    @Column(name = "candidate_on")
    public LocalDate candidateOn;

    /** Flags, each the date it was raised (null: not flagged): lost contact (失联), in hardship (困难), veteran (老党员). */
    @Column(name = "lost_contact_on")
    public LocalDate lostContactOn;
    @Column(name = "in_hardship_on")
    public LocalDate inHardshipOn;
    @Column(name = "veteran_on")
    public LocalDate veteranOn;

    /** The member's grid (网格), one organisation-service announced; null when none is assigned. */
    @Column(name = "grid_id")
    public UUID gridId;

    /** Dues (党费) are paid up to this month (its first day); null before the first declaration or payment. */
    @Column(name = "dues_paid_up_to")
    public LocalDate duesPaidUpTo;

    /** The {@code sub} of the member's login, linking token and member. */
    @Column(unique = true)
    public String sub;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
