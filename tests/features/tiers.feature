@tiers
Feature: From findings to a tier, 22 U.S.C. 7107
  The Secretary of State lists each country in a tier. Tier 1: the government fully complies
  with the minimum standards. Tier 2: it does not, but is making significant efforts to bring
  itself into compliance, judged on concrete actions only. Tier 3: it does neither. Since the
  TVPRA of 2003 a Tier 2 country goes on the special watch list when the number of victims is
  very significant or significantly increasing (I), when it fails to show increasing efforts
  over the previous year (II), or, until the 2019 amendments, when its significant efforts rest
  on commitments to take future steps (III). From the 2009 report a country on the Watch List
  for two consecutive years is downgraded to Tier 3 unless the downgrade is waived, and from
  2019 a government policy or pattern of trafficking means Tier 3. The law applied is the law
  of the report year.

  Rule: Tier 1 needs every minimum standard of 7106(a)

    Scenario: A government that meets every criterion is Tier 1
      Given findings for the 2012 report in which every criterion of effort is "met"
      When the tier is decided
      Then the recommended tier is "1"
      And minimum standard "a1" is "met"
      And minimum standard "a4" is "met"
      And the prosecution pillar scores 5 of 5

    Scenario: Standards the cables cannot speak to keep a government out of Tier 1
      Given findings for the 2012 report in which every criterion of effort is "met"
      And criterion "penalties" is "not_assessed"
      When the tier is decided
      Then the recommended tier is "2"
      And minimum standard "a2" is "cannot be judged"
      And minimum standard "a3" is "cannot be judged"

  Rule: Tier 2 rests on significant efforts shown by concrete action, Tier 3 on their absence

    Scenario: Concrete action in part of every pillar is significant effort
      Given findings for the 2012 report in which every criterion of effort is "partial"
      When the tier is decided
      Then the recommended tier is "2"
      And the protection pillar scores 3 of 5
      And a reason says "Significant efforts: concrete action in"

    Scenario: A government that shows no concrete action is Tier 3
      Given findings for the 2012 report in which every criterion of effort is "not_met"
      When the tier is decided
      Then the recommended tier is "3"
      And the prevention pillar scores 1 of 5
      And a reason says "No significant efforts"

    Scenario: Action in one pillar alone is not significant effort
      Given findings for the 2012 report in which every criterion of effort is "not_met"
      And criteria victim_screening, shelters, victim_protection, training, appreciable_progress, non_citizen_victims and partnerships are "met"
      When the tier is decided
      Then the recommended tier is "3"
      And a reason says "in 1 of the 3 pillars"

  Rule: Before the TVPRA of 2003 there was no Watch List

    Scenario: In the 2003 report a Tier 2 government that did not do more than last year stays Tier 2
      Given findings for the 2003 report in which every criterion of effort is "partial"
      And criterion "national_plan" is "not_met"
      When the tier is decided
      Then the recommended tier is "2"
      And no Watch List trigger is in force
      And the automatic downgrade is "not in force"

  Rule: Trigger II puts a Tier 2 government that shows no increasing efforts on the Watch List

    Scenario: No evidence of increasing efforts over the previous year
      Given findings for the 2008 report in which every criterion of effort is "partial"
      And criterion "appreciable_progress" is "not_met"
      When the tier is decided
      Then the recommended tier is "2WL"
      And Watch List trigger "no_increasing_efforts" has "fired"
      And a reason says "failed to provide evidence of increasing efforts"

    Scenario: Cables that never compare the year with the last cannot fire trigger II
      Given findings for the 2008 report in which every criterion of effort is "partial"
      And criterion "appreciable_progress" is "not_assessed"
      When the tier is decided
      Then the recommended tier is "2"
      And Watch List trigger "no_increasing_efforts" has "not assessable"

  Rule: Trigger II weighs this draft against last year's draft when the store keeps one

    Scenario: Efforts that fell since last year's draft put a Tier 2 government on the Watch List
      Given findings for the 2012 report in which every criterion of effort is "partial"
      And the store keeps a draft for the 2011 report in which every criterion of effort was "met"
      When the tier is decided
      Then the recommended tier is "2WL"
      And overall efforts are "decreased" since the earlier draft
      And Watch List trigger "no_increasing_efforts" has "fired"

    Scenario: Efforts that rose since last year's draft keep a government off the Watch List
      Given findings for the 2012 report in which every criterion of effort is "partial"
      And criterion "appreciable_progress" is "not_assessed"
      And the store keeps a draft for the 2011 report in which every criterion of effort was "not_met"
      When the tier is decided
      Then the recommended tier is "2"
      And prosecution efforts are "increased" since the earlier draft
      And Watch List trigger "no_increasing_efforts" has "not fired"

    Scenario: Efforts merely maintained, with no progress shown in the cables, fire trigger II
      Given findings for the 2012 report in which every criterion of effort is "partial"
      And criterion "appreciable_progress" is "not_assessed"
      And the store keeps a draft for the 2011 report in which every criterion of effort was "partial"
      When the tier is decided
      Then the recommended tier is "2WL"
      And protection efforts are "maintained" since the earlier draft

  Rule: Trigger I: a very significant or rising number of victims, matched by action from 2019

    Scenario: Before 2019 a very significant number of victims is enough
      Given findings for the 2008 report in which every criterion of effort is "partial"
      And criterion "victim_numbers" is "not_met"
      When the tier is decided
      Then the recommended tier is "2WL"
      And Watch List trigger "victims_rising" has "fired"

    Scenario: From 2019 a government taking proportional concrete action is not listed for it
      Given findings for the 2020 report in which every criterion of effort is "partial"
      And criterion "victim_numbers" is "not_met"
      When the tier is decided
      Then the recommended tier is "2"
      And Watch List trigger "victims_rising_unmatched" has "not fired"

    Scenario: From 2019 significant but not proportional action puts a government on the Watch List
      Given findings for the 2020 report in which every criterion of effort is "not_met"
      And criteria law_prohibition, prosecution, shelters, victim_protection and prevention_awareness are "partial"
      And criterion "victim_numbers" is "not_met"
      When the tier is decided
      Then the recommended tier is "2WL"
      And Watch List trigger "victims_rising_unmatched" has "fired"

  Rule: Trigger III: efforts that rest on commitments to future steps, until the 2019 amendments

    Scenario: Efforts resting mostly on promises put a 2008 government on the Watch List
      Given findings for the 2008 report in which every criterion of effort is "partial"
      And 6 pieces of evidence of effort are planned and 4 are concrete
      When the tier is decided
      Then the recommended tier is "2WL"
      And Watch List trigger "future_commitments" has "fired"

    Scenario: The same promises do not list a government in 2020, when trigger III is gone
      Given findings for the 2020 report in which every criterion of effort is "partial"
      And 6 pieces of evidence of effort are planned and 4 are concrete
      When the tier is decided
      Then the recommended tier is "2"
      And Watch List trigger "future_commitments" has "not in force"

    Scenario: Promises that are a minority of the evidence do not fire trigger III
      Given findings for the 2008 report in which every criterion of effort is "partial"
      And 2 pieces of evidence of effort are planned and 8 are concrete
      When the tier is decided
      Then Watch List trigger "future_commitments" has "not fired"

  Rule: The automatic downgrade after two consecutive Watch List years, from the 2009 report

    Scenario: Watch List years before the 2009 report do not count toward the downgrade
      Given findings for the 2008 report in which every criterion of effort is "partial"
      And criterion "appreciable_progress" is "not_met"
      And the country's tier history reads "2004: 2WL, 2005: 2WL, 2006: 2WL, 2007: 2WL"
      When the tier is decided
      Then the recommended tier is "2WL"
      And the automatic downgrade is "not in force"
      And the country has been on the Watch List 5 consecutive years

    Scenario: A second Watch List year is not yet downgraded
      Given findings for the 2010 report in which every criterion of effort is "partial"
      And criterion "appreciable_progress" is "not_met"
      And the country's tier history reads "2008: 2, 2009: 2WL"
      When the tier is decided
      Then the recommended tier is "2WL"
      And the automatic downgrade is "not due"

    Scenario: A third Watch List year is downgraded when no written plan supports a waiver
      Given findings for the 2011 report in which every criterion of effort is "partial"
      And criterion "appreciable_progress" is "not_met"
      And criterion "national_plan" is "not_met"
      And the country's tier history reads "2009: 2WL, 2010: 2WL"
      When the tier is decided
      Then the recommended tier is "3"
      And the automatic downgrade is "forced"
      And the previous tier is "2WL" from the 2010 report and the move is "down"

    Scenario: A written plan lets the downgrade be waived, up to two years before the 2019 law
      Given findings for the 2012 report in which every criterion of effort is "partial"
      And criterion "appreciable_progress" is "not_met"
      And the country's tier history reads "2009: 2WL, 2010: 2WL, 2011: 2WL"
      When the tier is decided
      Then the recommended tier is "2WL"
      And the automatic downgrade is "waived"

    Scenario: When the waivers run out the country is downgraded, as three countries were in 2013
      Given findings for the 2013 report in which every criterion of effort is "partial"
      And criterion "appreciable_progress" is "not_met"
      And the country's tier history reads "2009: 2WL, 2010: 2WL, 2011: 2WL, 2012: 2WL"
      When the tier is decided
      Then the recommended tier is "3"
      And the automatic downgrade is "forced"
      And a reason says "waiver year(s) the law allows are used up"

    Scenario: From 2019 a waiver covers one year only
      Given findings for the 2021 report in which every criterion of effort is "partial"
      And criterion "appreciable_progress" is "not_met"
      And the country's tier history reads "2017: 2, 2018: 2WL, 2019: 2WL, 2020: 2WL"
      When the tier is decided
      Then the recommended tier is "3"
      And the automatic downgrade is "forced"

    Scenario: From 2019 a country raised from Tier 3 may stay on the Watch List one year only
      Given findings for the 2021 report in which every criterion of effort is "partial"
      And criterion "appreciable_progress" is "not_met"
      And the country's tier history reads "2019: 3, 2020: 2WL"
      When the tier is decided
      Then the recommended tier is "3"
      And a reason says "may stay there at most 1 consecutive year(s)"

    Scenario: A government that leaves the Watch List is not downgraded
      Given findings for the 2012 report in which every criterion of effort is "partial"
      And the country's tier history reads "2009: 2WL, 2010: 2WL, 2011: 2WL"
      When the tier is decided
      Then the recommended tier is "2"
      And the previous tier is "2WL" from the 2011 report and the move is "up"

  Rule: From 2019 a government policy or pattern of trafficking means Tier 3

    Scenario: State-imposed forced labour means Tier 3 under the 2019 law
      Given findings for the 2020 report in which every criterion of effort is "met"
      And criterion "state_trafficking" is "not_met"
      When the tier is decided
      Then the recommended tier is "3"
      And a reason says "policy or pattern of trafficking means Tier 3"

    Scenario: Before 2019 the same pattern is a reason, not an override
      Given findings for the 2015 report in which every criterion of effort is "partial"
      And criterion "state_trafficking" is "not_met"
      When the tier is decided
      Then the recommended tier is "2"
      And a reason says "does not by itself mean Tier 3"

  Rule: The tier history is read, never required

    Scenario: Without a tier history the draft claims no move and cannot check the downgrade
      Given findings for the 2012 report in which every criterion of effort is "partial"
      And criterion "appreciable_progress" is "not_met"
      When the tier is decided
      Then the recommended tier is "2WL"
      And no previous tier is known and no move is claimed
      And a reason says "could not be checked"

  Rule: Confidence falls with the weight of the criteria the cables leave unassessed

    Scenario: Cables that reach every criterion give high confidence
      Given findings for the 2012 report in which every criterion of effort is "partial"
      When the tier is decided
      Then the confidence is "high"

    Scenario: An excerpt that stops after the prosecution answers gives low confidence
      Given findings for the 2012 report in which every criterion of effort is "not_assessed"
      And criteria law_prohibition, penalties, prosecution and official_complicity are "partial"
      When the tier is decided
      Then the confidence is "low"
      And the protection pillar is not assessed
      And a reason says "Confidence is low"

    Scenario: Pillars an excerpt never reaches are not held against the government
      Given findings for the 2012 report in which every criterion of effort is "not_assessed"
      And criteria law_prohibition, penalties, prosecution and official_complicity are "partial"
      When the tier is decided
      Then the recommended tier is "2"
      And a reason says "1 needed; 2 not assessed"

  Rule: Cables too thin to judge do not move a country

    Scenario: A single paragraph that shows one shortfall keeps last year's tier
      Given findings for the 2012 report in which every criterion of effort is "not_assessed"
      And criterion "non_citizen_victims" is "not_met"
      And the country's tier history reads "2010: 2, 2011: 2"
      When the tier is decided
      Then the recommended tier is "2"
      And the previous tier is "2" from the 2011 report and the move is "stayed"
      And a reason says "place is carried forward"

    Scenario: A Watch List place carried forward still counts toward the downgrade
      Given findings for the 2012 report in which every criterion of effort is "not_assessed"
      And the country's tier history reads "2010: 2WL, 2011: 2WL"
      When the tier is decided
      Then the recommended tier is "3"
      And the automatic downgrade is "forced"

    Scenario: With no earlier tier, cables that bear on almost nothing ground no tier
      Given findings for the 2012 report in which every criterion of effort is "not_assessed"
      And criterion "non_citizen_victims" is "not_met"
      When the tier is decided
      Then the recommended tier is "insufficient"
      And the confidence is "low"
      And a reason says "no tier can be drafted until answers that say more are read"
