package cn.dangjian.organisation.health;

import java.time.LocalDate;
import java.util.List;

/** One health rule (a named policy): the findings it makes about an organisation on a given day. */
public interface HealthRule {

    List<Finding> evaluate(OrganisationFacts facts, LocalDate today);
}
