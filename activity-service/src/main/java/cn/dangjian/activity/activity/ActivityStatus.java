package cn.dangjian.activity.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an activity stands: a draft is the organiser's alone; a published activity is open to members and volunteers. */
@Schema(description = "DRAFT (seen only by those who manage the organisation) or PUBLISHED (open to members and volunteers)")
public enum ActivityStatus {
    DRAFT,
    PUBLISHED;

    /** Whether members and volunteers may see it; for them anything else does not exist. */
    public boolean isOpenToParticipants() {
        return this == PUBLISHED;
    }
}
