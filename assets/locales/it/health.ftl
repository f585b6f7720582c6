# The help desk's check of a custom domain's DNS records.
