package cn.dangjian.points.award;

/** A good-deed award: NOMINATED → IN_NOTICE (approved by a second person, published) → CREDITED, or WITHDRAWN. */
public enum AwardState {
    NOMINATED, IN_NOTICE, CREDITED, WITHDRAWN
}
