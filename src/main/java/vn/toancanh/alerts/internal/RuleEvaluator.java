package vn.toancanh.alerts.internal;

import java.util.List;
import vn.toancanh.alerts.AlertRuleKind;

/** Finds, for one kind of rule, what is wrong now. Evaluators read other modules' APIs and write nothing. */
interface RuleEvaluator {

    AlertRuleKind kind();

    List<Finding> evaluate(StoredRule rule);
}
