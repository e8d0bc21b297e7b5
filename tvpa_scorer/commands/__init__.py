"""The commands of the tvpa-scorer command line, one module per kind of job."""
