"""The reports: an assessment and its tier -> what people and tools read.

In: a Draft (the document, its Assessment, TierDecision and tier timeline). Out: the
country report in Markdown, HTML, JSON or a text outline, the gap review and its
follow-up questions, and the JSON and CSV contracts.

    drafting.py     cables -> assessment, tier, gaps: one draft, rendered in any format
    gaps.py         findings -> what the cables do not establish
    follow_ups.py   gaps -> the questions for post, once each, ranked, under their criterion
    narrative.py    the TIP Report's sentences for the report year
    prose.py        findings and figures -> the pillars' paragraphs and the summary, cited
    phrasebook.py   templates/narrative/sentences.yml, read and checked
    recommending.py findings -> at most ten recommendations none of the evidence contradicts
    figures.py · actors.py   numbers as the report writes them; other actors named
    source_links.py   Markdown citations -> the cited line of the cable file
    model.py        the model every report template renders
    cable_view.py   a cable's text with the cited passages marked
    charts.py       what the charts share: status letters and shades, short titles
    glance.py · pillar_chart.py · tier_chart.py · report_charts.py   a report's charts
    heat_map.py · batch_page.py   a batch's summary page and its heat map
    render.py       Jinja: StrictUndefined, HTML autoescaped, filters
    findings_export.py · tier_export.py · gaps_export.py · analyst_export.py ·
    narrative_export.py   the JSON and CSV contracts
    table_rows.py   the batch tables (findings, evidence, assessments): columns and rows
"""
