package vn.thidua.ledger.command.rules;

/**
 * Phiên bản quy tắc phong trào đã chọn: the rule-set version a campaign applies, as {@link RuleVersionPolicy} chose
 * it at the launch and {@code CampaignLaunched} recorded it. Read from the campaign by the command side and carried
 * by the commands of its year's rounds and appointments, so they follow the campaign's choice, not the request.
 */
public record ChosenRuleVersion(String ruleSetId, int ruleSetVersion) {
}
