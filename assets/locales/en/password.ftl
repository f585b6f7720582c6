# The app-specific password step and the keychain.

password-heading = Your app-specific password
password-intro = Mail apps other than Apple's sign in to iCloud with an app-specific password: a password made for one app, which you can revoke at any time. Your Apple Account password does not work here.
password-make-heading = To make one
# $site is Apple's account site, e.g. account.apple.com.
password-make-sign-in = Sign in at { $site } with your Apple Account
# Apple's own labels on account.apple.com in this language: the section, then the item.
password-make-open = Open Sign-In and Security > App-Specific Passwords
# "Generate" and "+" are what Apple's page shows.
password-make-generate = Choose Generate (or +), name it after your mail app, and copy the password it shows
# A button that opens Apple's account site in the browser.
password-open-site = Open { $site }
password-field = App-specific password
password-show = Show
password-hide = Hide
password-toggle-hint = Show or hide the password
password-shape-ok = The shape is right: four groups of four letters
password-paste-hint = Paste it as Apple shows it; spaces and capitals do not matter

## Why a typed password is not an app-specific one. Each starts in lower case: the wizard puts it
## after a colon or makes its first letter a capital.

password-shape-empty = no password was entered
password-shape-digits = it contains digits, but app-specific passwords are letters only: this looks like your Apple Account password
password-shape-other = it contains characters other than letters and dashes: this looks like your Apple Account password
password-shape-length = it has { $letters } letters, but an app-specific password has exactly { $expected }
password-shape-grouping = the letters must come in { $groups } groups of { $group_len }, separated by dashes

## The system keychain. $location is one of the keychain-location-* texts; $login an address.

keychain-saved-for = A password for { $login } is saved in { $location }
keychain-use-saved = Use the saved password
keychain-forget = Forget it
keychain-remember = Remember in the system keychain
keychain-looking = Looking for a system keychain…
keychain-remember-hint = Saved in { $location } when you press Next, so the wizard can offer it next time
keychain-saved-notice = Your app-specific password is saved in { $location } for { $login }
keychain-removed-notice = The password saved for { $login } was removed from { $location }

keychain-location-macos = the macOS Keychain
keychain-location-windows = the Windows Credential Manager
keychain-location-secret-service = the Secret Service keyring
keychain-location-memory = memory (until the program ends)

## Keychain failures, in lower case (made a sentence by the wizard). $detail is the system's own
## text, in English; $reason one of the reasons below; $consequence one of the consequences.

keychain-unavailable = { $reason }; { $consequence }
keychain-failed-probe = the system keyring could not look up the password: { $detail }; { $consequence }
keychain-failed-save = the system keyring could not save the password: { $detail }; { $consequence }
keychain-failed-load = the system keyring could not read the password: { $detail }; { $consequence }
keychain-failed-forget = the system keyring could not remove the password: { $detail }; { $consequence }
keychain-no-session-bus = no system keyring is available here (no D-Bus session bus is running, as on a headless machine or over SSH: { $detail })
keychain-no-secret-service = no system keyring is available here (nothing on the D-Bus session bus provides the Secret Service, such as GNOME Keyring or KWallet: { $detail })
keychain-locked = the system keyring is locked (or has no default collection) and was not opened ({ $detail })
keychain-no-answer = the system keyring did not answer within { $seconds } seconds (it may be waiting for an unlock prompt)
keychain-not-working = the system keyring is not working ({ $detail })
keychain-consequence-probe = passwords cannot be remembered here, so the wizard will ask for them each time
keychain-consequence-save = the password was not saved, and the wizard will ask for it again next time
keychain-consequence-load = no saved password could be read, so it has to be given again
keychain-consequence-forget = nothing was removed

## What went wrong with one saved entry, after a colon. $what is the keyring's own name for an
## attribute, in English; $why and $error the system's text, in English.

keychain-detail-nothing-saved = nothing is saved for this account
keychain-detail-not-text = the saved value is not text
keychain-detail-bad-format = the saved value is not in the expected format
keychain-detail-ambiguous = { $count } entries match this account; remove the extra ones in the keyring manager
keychain-detail-too-long = the { $what } is longer than the keyring allows ({ $limit } characters)
keychain-detail-invalid = the { $what } is invalid: { $why }
keychain-detail-no-thread = could not start a thread for it: { $error }
keychain-detail-stopped = the keyring library stopped unexpectedly
