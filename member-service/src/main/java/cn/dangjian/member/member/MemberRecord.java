package cn.dangjian.member.member;

import cn.dangjian.platform.web.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Rules of the member record's details, shared by registration and PATCH. */
public final class MemberRecord {

    private MemberRecord() {
    }

    /** PipelineInOrder: application, activist, candidate and admission follow each other (each may be unknown). */
    public static List<Problem.FieldError> pipelineInOrder(LocalDate appliedOn, LocalDate activistOn, LocalDate candidateOn, LocalDate admittedOn) {
        List<Problem.FieldError> invalid = new ArrayList<>();
        String[] names = {"appliedOn", "activistOn", "candidateOn", "admittedOn"};
        LocalDate[] dates = {appliedOn, activistOn, candidateOn, admittedOn};
        LocalDate previous = null;
        String previousName = null;
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] == null) {
                continue;
            }
            if (previous != null && dates[i].isBefore(previous)) {
                invalid.add(new Problem.FieldError(names[i], "must not be before " + previousName));
            }
            previous = dates[i];
            previousName = names[i];
        }
        return invalid;
    }

    static void details(Member m, String ethnicity, String education, String employer, String post, String address) {
        m.ethnicity = trimmed(ethnicity);
        m.education = trimmed(education);
        m.employer = trimmed(employer);
        m.post = trimmed(post);
        m.address = trimmed(address);
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
