package cn.dangjian.member.dropout;

/** WARN from the warn threshold (3 months), FLAG from the flag threshold (6 months). */
public enum RiskLevel {
    WARN, FLAG
}
