package cn.dangjian.member.member;

public enum Gender {
    MALE, FEMALE
}
