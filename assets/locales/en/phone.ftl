# Thunderbird for Android's QR code, the Apple profile's display texts and the pages served to a phone.

## The Apple configuration profile: what the iPhone, iPad or Mac shows about it in Settings.

# The mail account's description in the profile; usually left as it is.
profile-account-description = iCloud Mail ({ $email })
# The mail payload's description, shown when the profile's details are opened.
profile-mail-payload-description = Configures the iCloud Mail account (IMAP and SMTP)
# The profile's description when the app-specific password is inside it.
profile-description-with-password = iCloud Mail settings for { $email } (includes the app-specific password: keep this file private)
# The profile's description without a password. "Mail" is Apple's Mail app, which keeps its name in every language.
profile-description-without-password = iCloud Mail settings for { $email } (no password included; Mail asks for the app-specific password)
# The profile's name in Settings.
profile-display-name = iCloud Mail: { $email }

## Thunderbird for Android's QR code.

# Shown before the password goes into the QR code on screen.
android-password-warning = The QR code will contain your app-specific password: anyone who can see or photograph it can read your password and use your mail. Show it only to your own phone, and do not print or save it.

# Shown when the QR code cannot be made; $reason names the value (in English).
android-qr-rejected = Thunderbird for Android would refuse this QR code: { $reason }
android-qr-json = could not write the QR code's JSON: { $reason }

## The pages the phone's browser gets when it opens the link to the profile.

# The title of the page for browsers that cannot install a profile (Firefox, DuckDuckGo, Android).
serve-safari-title = Open this link in Safari
serve-safari-text = This browser can only download the mail settings, not install them. Copy this page's address and open it in Safari (on an iPhone or iPad) to install the profile. The link still works.
# An error page: the link's address is wrong.
serve-not-found = Not found
# An error page: the profile was already downloaded through this link.
serve-link-used = This link has been used; make a new one in the wizard
# An error page, for requests other than GET and HEAD.
serve-method-not-allowed = Method not allowed

## What the server reports about the phones that asked ($client is an address and the browser's name).

serve-client-without-user-agent = a client without a user-agent
serve-event-wrong-browser = { $client } cannot install profiles; it was asked to open the link in Safari
serve-event-served = downloaded by { $client }
serve-event-expired = nobody downloaded the profile in time; stopped
serve-event-cancelled = cancelled; stopped
serve-event-failed = the server failed: { $reason }
serve-thread-stopped = the server thread stopped unexpectedly

## Why the server for the phone could not start ($reason is the system's own words).

serve-error-random = could not make a random token: { $reason }
serve-error-bind = could not listen on { $address }: { $reason }
serve-error-start = could not start the HTTP server: { $reason }

## The README.txt of the autoconfig site for a custom domain, read by whoever publishes it. Keep the lines under about 90 characters.

site-readme-title = Autoconfig site for { $domain } (iCloud Mail)
# Followed by the two addresses, one a line.
site-readme-publish =
    Publish this folder's files so that mail apps find iCloud's settings for every address
    on { $domain }. Thunderbird asks these two addresses, in this order (one is enough):
# Followed by the two Autodiscover addresses.
site-readme-autodiscover = Outlook's Autodiscover (and Thunderbird, as a fallback) asks:
site-readme-post =
    Outlook sends a POST request there, which some static hosts refuse; recent Outlook
    versions are reported to skip Autodiscover for IMAP accounts anyway, so the autoconfig
    files matter most.
# Followed by the login (the primary iCloud address).
site-readme-one-login = One static file serves every address on { $domain }, and it names one login:
# The commands in parentheses are typed as they are: keep them in English.
site-readme-primary-address =
    iCloud+ custom domains log in with the primary iCloud address, not with the address on
    { $domain }. The files are right for the people who log in as { $login } ({ $accounts }
    { $accounts ->
        [one] account
       *[other] accounts
    } given). Anyone on { $domain } with another primary iCloud address needs their
    own Thunderbird file (icloud-mail-wizard thunderbird install, or export --format
    thunderbird) instead of this site.
# The labels after account.apple.com are Apple's, as account.apple.com shows them in your language.
site-readme-password =
    The password is never in these files: the mail app asks for the app-specific password
    (account.apple.com > Sign-In and Security > App-Specific Passwords).
# The product's name stays as it is in every language.
site-readme-made-by = Made by iCloud Mail Wizard.
