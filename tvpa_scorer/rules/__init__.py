"""The rules: rule files -> the compiled rule set and the tier law.

In: a rules directory (criteria/, lexicon.yml, context.yml, quantities.yml, scoring.yml,
tiers.yml, topics.yml). Out: a RuleSet and its TierLaw, or every problem located as
`path:line:col`. It reads the reader's topic vocabulary; nothing of the evidence stage.
"""
