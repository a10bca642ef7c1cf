package cn.dangjian.organisation.organisation;

/** Where an organisation sits in society; the same values classify covered units. */
public enum Sector {
    COMMUNITY, VILLAGE, NON_PUBLIC_ENTERPRISE, STATE_OWNED_ENTERPRISE, GOVERNMENT, SCHOOL,
    BUSINESS_BUILDING, PARK, MARKET, INTERNET, SOCIAL_ORGANISATION
}
