package cn.dangjian.organisation.committee;

/** Posts on a committee (支委会分工). */
public enum Post {
    SECRETARY,          // 书记
    DEPUTY_SECRETARY,   // 副书记
    ORGANISATION,       // 组织委员
    PROPAGANDA,         // 宣传委员
    DISCIPLINE,         // 纪检委员
    MEMBER              // 委员
}
