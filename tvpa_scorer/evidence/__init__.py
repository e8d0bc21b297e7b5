"""The evidence stage: parsed cable -> the places where a criterion's concepts meet, judged.

In: a Document from the reader (`tvpa_scorer.cables`) and the compiled rule set. Out: evidence
hits, each a sentence with its citation, the rule it answers, and the verdict its clause
reading gives (counted, flipped to a shortfall, discounted, or rejected with the reason).

    spelling.py   a lemma -> its inflections and its American and British spellings
    lexicon.py    named concepts, compiled into one automaton that finds them all in one pass
    clauses.py    a sentence -> its clauses: coordination, relative clauses, contrast
"""
