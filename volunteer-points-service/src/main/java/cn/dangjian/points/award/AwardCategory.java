package cn.dangjian.points.award;

/** What the good deed was (好人好事 categories). */
public enum AwardCategory {
    BRAVERY,            // 见义勇为
    FILIAL_PIETY,       // 孝老爱亲
    HELPING_NEIGHBOURS, // 邻里互助
    HONESTY,            // 诚实守信
    DEDICATION,         // 敬业奉献
    ENVIRONMENT,        // 环境保护
    OTHER
}
