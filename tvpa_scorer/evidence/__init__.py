"""The evidence stage: parsed cable -> the places where a criterion's concepts meet, judged.

In: a Document from the reader (`tvpa_scorer.cables`) and the compiled rule set
(`tvpa_scorer.rules`). Out: evidence hits, each a sentence with its citation, the rule it
answers, and the verdict its clause reading gives (counted, flipped to a shortfall,
discounted, or rejected with the reason). It imports the reader; the reader never imports it.

    sentences.py  answer text -> sentence spans, the unit evidence is quoted by
    spelling.py   a lemma -> its inflections and its American and British spellings
    lexicon.py    named concepts, compiled into one automaton that finds them all in one pass
    clauses.py    a sentence -> its clauses: coordination, relative clauses, contrast
    aliases.py    the actors a cable defines by acronym
    context.py    ConText cues and who acted, read per clause
    judge.py      a hit's context -> its verdict
    numbers.py    figures in an evidence sentence ("22 victims", "US$7 million")
    match.py      document + rule set -> every judged hit, each sentence once per criterion
    hits.py       what comes out: hits with their places, figures, a document's evidence
    engine.py     rule files -> the compiled Matcher, kept in a cache on disk
"""
