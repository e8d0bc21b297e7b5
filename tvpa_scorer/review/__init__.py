"""`tvpa-scorer review`: the draft as a local web page where an analyst records decisions.

session.py drafts the page and turns what the page posts into decisions kept in the store;
server.py serves it on 127.0.0.1, writes accepted only with the session's token.
"""
