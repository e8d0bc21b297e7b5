"""The assessment: judged evidence -> findings, effort and pillar scores, and the tier.

In: a Document, the Matcher compiled from the rule set, the published tier history and an
earlier draft if there is one. Out: an Assessment (one Finding per criterion, its status,
score and evidence) and a TierDecision with every reason that drives it.

    assess.py       cables -> country, report year, a finding for every criterion
    score.py        evidence hits -> one finding per criterion
    effort.py       findings -> effort and pillar scores on the 3P scale, trends
    history.py      published tiers: built in, and --history
    tier_checks.py  the legal tests: standards, significant efforts, triggers, downgrade
    tier.py         findings + tier law + history -> the tier ruling and its reasons
"""
