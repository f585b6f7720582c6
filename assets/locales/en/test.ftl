# The connection test step, its diagnoses and findings.
