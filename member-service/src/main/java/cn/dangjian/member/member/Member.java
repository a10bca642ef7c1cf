package cn.dangjian.member.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A party member (党员). ID and phone numbers are clear in Java and sealed in the database ({@link IdentitySealing}). */
@Entity
@Table(name = "member")
@EntityListeners({IdentitySealing.class, MemberTimestamps.class})
public class Member {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;

    /** Clear in Java ({@link #idNumber()}), never stored: the database holds {@link #sealedIdNumber}. */
    @Transient
    String idNumber;

    /** What {@link #sealedIdNumber} opened to when loaded; null for a new member or a value that does not open. */
    @Transient
    String idNumberAsLoaded;

    /** The ID number sealed (identity/IdentityCipher), bound to this member and field; written by {@link IdentitySealing} only. */
    @Column(name = "id_number", nullable = false)
    String sealedIdNumber;

    /** Keyed hash of the ID number: what keeps it unique, since the sealed column differs on every write. */
    @Column(name = "id_number_hash", nullable = false, unique = true)
    public String idNumberHash;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    /** Clear in Java ({@link #phone()}), never stored: the database holds {@link #sealedPhone}. */
    @Transient
    String phone;

    @Transient
    String phoneAsLoaded;

    /** The phone number sealed, bound to this member and field; written by {@link IdentitySealing} only. */
    @Column(name = "phone", nullable = false)
    String sealedPhone;

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

    /** Set by {@link MemberTimestamps} only. */
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** Set by {@link MemberTimestamps} only, whenever the row changes. */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The ID number in clear; null only when its sealed value did not open (an integrity incident, logged on load). */
    public String idNumber() {
        return idNumber;
    }

    /** The phone number in clear; null only when its sealed value did not open. */
    public String phone() {
        return phone;
    }

    /** Whether both sealed values opened when the member was loaded (a new member's always do). */
    public boolean identityReadable() {
        return idNumber != null && phone != null;
    }

    /** Sets the identity data of a new member; sealed, bound to its id, when it is persisted. */
    void identity(String idNumber, String phone) {
        this.idNumber = idNumber;
        this.phone = phone;
    }

    /** A new phone number, sealed on flush: clearing the stored value marks the row changed, so the flush reseals it. */
    void changePhone(String phone) {
        this.phone = phone;
        this.sealedPhone = null;
    }
}
