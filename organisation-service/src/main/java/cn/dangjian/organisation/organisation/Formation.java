package cn.dangjian.organisation.organisation;

/** 单独组建 / 联合组建: one organisation for one unit, or one shared by several units. */
public enum Formation {
    SINGLE, JOINT
}
