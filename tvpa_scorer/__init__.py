"""tvpa-scorer: drafts TVPA minimum-standards assessments from US embassy TIP cables."""

__version__ = "0.1.0"
