# Welcome and Address steps, and what a domain's DNS says.
