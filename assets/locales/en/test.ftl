# The connection test step, its diagnoses and findings.

test-heading = Connection test
test-intro = The wizard signs in to iCloud's mail servers the ways Apple documents, all at once, and keeps what works from this network. Nothing is sent unless you ask for a test message.
test-progress = Checking… { $done } of { $total } done
test-cancelled = The test was cancelled. Retry it, or skip it to go on
test-not-run = Run the test, or skip it if you only want the settings files
test-all-work = Receiving and sending both work from this network
test-some-work = Only some of the logins worked; the rows below say why
test-none-work = No login worked; the rows below say why and what to do

# A check row's title. The name part is "jane" of "jane@icloud.com".
test-check-imap-name-part = IMAP { $port }, name part
test-check-imap-full-address = IMAP { $port }, full address
# $security is SSL/TLS or STARTTLS.
test-check-smtp = SMTP { $port }, { $security }
test-row-waiting = Waiting
test-row-checking = Checking…
test-row-cancelled = Cancelled

# Buttons.
test-cancel = Cancel
test-run = Run the test
test-skip = Skip the test
test-retry = Retry

test-send-message = Send myself a test message
test-send-hint = Optional: sends a message to { $address } and deletes it once it arrives
test-sending = Sending a test message to { $address } and waiting for it…
# $removal: removed (deleted again), flagged (only marked as deleted), none (not found).
test-message-arrived = The test message was sent and arrived after { $duration }{ $removal ->
        [removed] ; it was deleted again
        [flagged] ; it is marked as deleted
       *[none] { "" }
    }
test-message-sent = The test message was sent{ $removal ->
        [removed] ; it was deleted again
        [flagged] ; it is marked as deleted
       *[none] { "" }
    }
# $phase is one of the diagnosis-phase-* texts; $detail the error, in English.
test-message-failed = The test message did not make it ({ $phase }): { $detail }

# How long each part of a check took: "connect 12 ms · TLS 30 ms · greeting 5 ms · login 80 ms".
test-timing-connect = connect { $duration }
test-timing-tls = TLS { $duration }
test-timing-greeting = greeting { $duration }
test-timing-login = login { $duration }
test-duration-under-ms = <1 ms
test-duration-ms = { $ms } ms
test-duration-s = { $seconds } s
# The decimal separator in "1.5 s".
test-decimal-separator = .

## What each phase of a check is, after "during" or in parentheses.

diagnosis-phase-resolve = looking up the server name
diagnosis-phase-connect = connecting
diagnosis-phase-tls = the TLS handshake
diagnosis-phase-greeting = waiting for the server to greet
diagnosis-phase-starttls = switching to TLS (STARTTLS)
diagnosis-phase-auth = logging in
diagnosis-phase-logout = logging out

## Diagnoses: what happened and what to do next. $host is server:port, $server a server name,
## $protocol IMAP or SMTP, $security SSL/TLS or STARTTLS, $detail the system's text in English.

diagnosis-ok = { $protocol } login works as { $username } on { $host }
diagnosis-dns = The server name { $server } could not be found. Check your internet connection; a network that only allows web browsing after a sign-in page also causes this.
diagnosis-refused = The connection to { $host } was refused or the network is unreachable. A firewall or your provider may block this port. Try another network to tell the two apart.
diagnosis-refused-587 = The connection to { $host } was refused or the network is unreachable. A firewall or your provider may block this port. Networks often block 587: use port 465 with SSL/TLS instead.
diagnosis-timeout-resolve = Looking up { $server } took too long: the network's name service (DNS) is not answering. Check your connection or try another network.
diagnosis-timeout-connect = Connecting to { $host } timed out ({ $phase }: { $detail }). The port is probably blocked by a firewall or your network. Try another network to tell the two apart.
diagnosis-timeout-connect-587 = Connecting to { $host } timed out ({ $phase }: { $detail }). The port is probably blocked by a firewall or your network. Networks often block 587: use port 465 with SSL/TLS instead.
diagnosis-timeout-greeting = { $host } accepted the connection but did not greet in time. If this port expects TLS from the start (465 or 993), choose SSL/TLS instead of STARTTLS.
diagnosis-timeout = { $host } stopped answering during { $phase }. The server or network is too slow or is holding the connection; try again later or on another network.
diagnosis-cert-untrusted = The security certificate of { $host } is not signed by an authority this computer trusts (it may be self-signed, or a network device is intercepting the connection). Do not enter your password on this network until this is solved; iCloud's real servers present valid certificates. Details: { $detail }.
diagnosis-cert-wrong-host = The security certificate of { $host } belongs to a different server name. Do not enter your password on this network until this is solved; iCloud's real servers present valid certificates. Details: { $detail }.
diagnosis-cert-expired = The security certificate of { $host } has expired or is not yet valid (check that this computer's date and time are right). Do not enter your password on this network until this is solved; iCloud's real servers present valid certificates. Details: { $detail }.
diagnosis-cert-refused = The security certificate of { $host } was refused. Do not enter your password on this network until this is solved; iCloud's real servers present valid certificates. Details: { $detail }.
diagnosis-tls-not-tls = { $host } did not answer with TLS. If this is a STARTTLS port (587 for SMTP), choose STARTTLS instead of SSL/TLS; for SSL/TLS use port 465 (SMTP) or 993 (IMAP).
diagnosis-tls-failed = The encrypted connection to { $host } could not be set up. Something on the network may be interfering with encryption.
diagnosis-no-starttls = { $host } does not offer STARTTLS, so the password cannot be sent safely. iCloud always offers it: something on your network (an antivirus or a firewall scanning mail) is removing it. Try port 465 with SSL/TLS.
diagnosis-protocol = { $host } answered something that is not { $protocol } as expected. Check the server name and port; a proxy or captive portal may be answering instead of iCloud.
diagnosis-closed = { $host } closed the connection during { $phase }. The server or something on the network dropped it; try again, and check that the port and security ({ $security }) are right.
diagnosis-cancelled = The check was cancelled.
# $text is the server's own reply.
diagnosis-server-said = The server said: "{ $text }"
# $page is Apple's account page (account.apple.com/account/manage); then Apple's labels on it.
diagnosis-auth = The server refused the login as { $username }. iCloud accepts only an app-specific password here, never your Apple Account password: make one at { $page } > Sign-In and Security > App-Specific Passwords > Generate, and paste it.
# $reason is one of the password-shape-* texts.
diagnosis-auth-shape = The password you entered is not in the app-specific format: { $reason }.
diagnosis-auth-full-address = Some accounts need the full address as the IMAP username; that is checked too.
diagnosis-auth-changed = If you changed your Apple Account password recently, older app-specific passwords stopped working.

## What the exported files are based on. $found lists the findings, e.g.
## "IMAP username jane (name part of the address), SMTP port 465 with SSL/TLS".

basis-imap-name-part = IMAP username { $username } (name part of the address)
basis-imap-full-address = IMAP username { $username } (full address)
basis-smtp = SMTP port { $port } with { $security }
basis-tested = The files use what the test found works: { $found }
basis-partly-tested = The files use what the test found ({ $found }) and iCloud's documented settings for the rest
basis-failed-test = The files use iCloud's documented settings, which are right for iCloud: once the problem is solved, they will work
basis-untested = The test was skipped, so the files use iCloud's documented settings

## Why Next is disabled, shown beside it. $reason is an error, in lower case.

blocker-no-address = Type your email address to go on
blocker-bad-address = The address is not valid yet: { $reason }
blocker-domain-checking = Checking where mail for { $domain } goes…
blocker-domain-not-confirmed = Mail for { $domain } is not at iCloud: change or confirm the address
# Beside Next for a gmail.com address: $domain and $provider as in domain-provider-address.
blocker-provider-address = Addresses at { $domain } are { $provider }'s: enter your @icloud.com address
blocker-no-login = Type your primary iCloud address to go on
blocker-bad-login = The primary iCloud address is not valid yet: { $reason }
blocker-no-password = Paste your app-specific password to go on
blocker-bad-password = Check the password: { $reason }
blocker-checks-not-run = Run the connection test, or skip it, to go on
blocker-checks-running = Wait for the checks to finish, or cancel them
blocker-checks-cancelled = The checks were cancelled: retry or skip them
blocker-last-step = This is the last step

## The test message sent to the person's own address (deleted again once it arrives).

test-email-subject = iCloud Mail Wizard test message
test-email-body = This message was sent by iCloud Mail Wizard to check that sending and receiving both work. The wizard deletes it as soon as it arrives.
# After "The test message did not make it (logging in):".
test-detail-not-arrived = the test message did not arrive in INBOX within { $seconds } s
