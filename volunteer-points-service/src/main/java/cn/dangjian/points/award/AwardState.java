package cn.dangjian.points.award;

/**
 * A good-deed award: NOMINATED → IN_NOTICE (approved by a second person, published) → CREDITED, or WITHDRAWN (an
 * objection upheld, or the holder's standing ended before crediting); CREDITED → REVOKED (its entry reversed).
 */
public enum AwardState {
    NOMINATED, IN_NOTICE, CREDITED, WITHDRAWN, REVOKED
}
