"""What every stage uses: the reader's topic keywords, the rule loader and the evidence stage
all compile and run word patterns here.

    patterns.py   keyword patterns ("train(s|ed)? ~{0,3}officials") compiled once and run
                  only on texts holding the words every match needs
    prefilter.py  a regex's parse tree -> those words
"""
