package cn.dangjian.member.dropout;

/** Why a member is at risk of dropping out (自行脱党): no organisational life, or no dues. */
public enum RiskReason {
    NO_ORGANISATIONAL_LIFE, NO_DUES
}
