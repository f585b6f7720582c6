# The help desk's check of a custom domain's DNS records.

## The view (the help desk's choice in the mail app step).

# Heading: "DNS records of example.com".
health-heading = DNS records of { $domain }
health-intro = Whether mail for { $domain } reaches iCloud and may leave it: the records iCloud+ Custom Email Domain needs, as the DNS answers now
# Button.
health-check = Check { $domain }'s records
# Button, once a report is shown.
health-check-again = Check again
health-asking = Asking the DNS…
# $reason is why no name server could be asked, one of the dns-config- messages below.
health-failed = The records could not be checked: { $reason }
# $servers names the name servers asked: dns-asked-server or dns-asked-system below.
health-asked = Asked { $servers }
# One record kind's line: "SPF (example.com): missing — no SPF record: …". $kind is a record type
# (MX, SPF, DKIM, DMARC) or the word for the verification record; $status one of the status words.
health-record = { $kind } ({ $name }): { $status } — { $note }
# $records: the records found, as they are.
health-found = Found: { $records }
health-expected = Expected: { $expected }
# Button that copies a record to publish.
health-copy = Copy
# The Copy button's accessible name: "Copy the DKIM record".
health-copy-name = Copy the { $kind } record

## Record kinds and how each was judged.

# The apple-domain= TXT record that proves the domain is yours.
health-kind-verification = Verification
health-status-ok = ok
health-status-missing = missing
health-status-wrong = wrong
health-status-advice = advice
health-status-error = error

## The report's summary.

health-summary-incomplete = Not every record of { $domain } could be looked up: the report is incomplete
health-summary-no-domain = { $domain } does not exist (NXDOMAIN): check the spelling, or publish these records once it is registered
health-summary-ready = Mail for { $domain } reaches and leaves iCloud as configured
# $kinds: the record kinds, "DKIM, SPF".
health-summary-problems = { $count ->
    [one] { $count } record kind
   *[other] Record kinds
} to fix for { $domain }: { $kinds }

## What each record check means. Host names, records and policy words are values.

# $last and $hosts: host names.
health-mx-expected-hosts = MX records for { $hosts } and { $last } only
health-mx-expected = MX records for { $host } only
health-mx-no-such-domain = { $domain } does not exist (NXDOMAIN)
health-mx-none = { $domain } has no MX records: mail for it cannot reach iCloud
health-mx-ok = mail for the domain reaches iCloud
health-mx-elsewhere = no MX record points at iCloud: mail for the domain goes elsewhere; replace these records with iCloud's
# $remove: host names.
health-mx-remove = remove { $remove } (mail sent there does not reach iCloud)
# $add: host names.
health-mx-add = add { $add }
health-mx-remove-add = remove { $remove } (mail sent there does not reach iCloud); add { $add }
# $record is TXT "v=spf1 ...", $include include:icloud.com, $redirect redirect=icloud.com.
health-spf-expected = exactly one SPF record ({ $record }) with { $include } or { $redirect }
health-spf-missing = no SPF record: receivers may treat mail sent through iCloud as forged
health-spf-ok = iCloud may send mail for the domain
health-spf-no-icloud = the SPF record does not include iCloud: replace it with this one
health-spf-many = { $count } SPF records: with more than one, SPF fails for every sender; replace them with this single one
health-dkim-ok = iCloud's signatures for the domain can be checked
health-dkim-elsewhere = the DKIM name points elsewhere: mail sent through iCloud fails DKIM
health-dkim-missing = { $name } has no CNAME: mail sent through iCloud fails DKIM
# $record is "apple-domain=TOKEN".
health-verification-expected = a TXT record { $record } with the token iCloud shows for this domain
health-verification-ok = the domain carries an iCloud verification token
# $token is TOKEN, the placeholder in the record to publish. "iCloud Settings > Custom Email
# Domain" is where iCloud.com shows the token: use iCloud's own words in your language.
health-verification-missing = iCloud cannot confirm the domain is yours: replace { $token } with the value shown in iCloud Settings > Custom Email Domain
# $record is TXT "v=DMARC1; p=...", $quarantine and $reject the policy values.
health-dmarc-expected = one DMARC record ({ $record }), policy { $quarantine } or { $reject } once SPF and DKIM are ok
health-dmarc-missing = no DMARC record: receivers decide alone what to do with mail that fakes the domain (optional, the domain owner's choice)
# $policy: quarantine or reject.
health-dmarc-ok = policy { $policy }: mail that fakes the domain is not delivered as if genuine
# $none and $quarantine: the policy values.
health-dmarc-none = policy { $none } only reports: mail that fakes the domain is still delivered; consider { $quarantine } once SPF and DKIM are ok
# $none, $quarantine and $reject: the policy values.
health-dmarc-no-policy = the DMARC record has no valid policy (p={ $none }, { $quarantine } or { $reject }), so receivers ignore it
health-dmarc-many = { $count } DMARC records: receivers ignore DMARC when there is more than one; keep one

## DNS lookups that got no answer, and the name servers asked (the address step and this view).

# $servers: one address with its port, 192.0.2.1:53.
dns-asked-server = name server { $servers }
# $servers: addresses with their ports, separated by commas.
dns-asked-system = the system's name servers ({ $servers })
# $record is a record type (MX, TXT, CNAME), $name a domain name, $failure one of the messages below.
dns-lookup-failed = { $record } lookup for { $name }: { $failure }
dns-no-such-domain = the domain does not exist (NXDOMAIN)
dns-no-records = no such records (the name exists but has none of this type)
# $limit: a duration, "2 s" or "300 ms".
dns-timed-out = no answer within { $limit }
dns-cancelled = cancelled
# $code: the name server's answer code, SERVFAIL or REFUSED.
dns-server-error = the name server answered { $code }
# $server: an address with its port; $detail: the operating system's error, in its own words.
dns-network = could not reach { $server }: { $detail }
# $detail: what was wrong with the reply (technical, English).
dns-bad-reply = unreadable reply from { $server }: { $detail }
dns-bad-name = not a domain name: { $name }
dns-no-servers = no name server to ask
# $path: a file (/etc/resolv.conf); $detail: the operating system's error.
dns-config-read = could not read the system's name servers from { $path }: { $detail }
# $detail: what is wrong in the file (technical, English).
dns-config-parse = could not understand { $path }: { $detail }
dns-config-no-servers = this computer has no name server configured
# $detail: the operating system's error.
dns-config-unsupported = the system's name servers cannot be read here: { $detail }
# $server: what was given, in quotes; $reason: why it cannot be used (technical, English).
dns-config-bad-server = name server { $server } is not usable: { $reason }
