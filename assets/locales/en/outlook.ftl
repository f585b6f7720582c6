# The Outlook steps and the Outlook sheet.

## The editions of Outlook (radio buttons in the wizard, headings on the sheet).

outlook-edition-new = New Outlook for Windows
outlook-edition-classic = Classic Outlook for Windows
outlook-edition-mac = Outlook for Mac

## The steps. Text between backticks is a label Outlook shows (use the label Outlook shows in
## your language) or a value to type (keep placeables such as { $email } between them).

## New Outlook for Windows.

outlook-new-open = Open `Settings > Accounts > Email accounts` and choose `Add account`.
outlook-new-type = Type `{ $email }` and choose `Continue`.
# "iCloud" is the account type new Outlook offers for iCloud addresses.
outlook-new-icloud = When Outlook offers `iCloud`, keep it and paste your app-specific password (not your Apple Account password). Choose `Continue`.
outlook-new-server-settings = If Outlook asks for server settings instead, fill them in from the table: IMAP, with the user names and ports shown there.
# Shown before the steps when the address is on the person's own domain.
outlook-new-intro-custom-domain = Outlook's iCloud account type logs in with the address you type, and your address logs in with another one, so set the account up as IMAP:
# Shown before the steps when the settings are not iCloud's documented ones (another port).
outlook-new-intro-other-settings = Outlook's iCloud account type uses iCloud's documented settings, and yours differ (see the table), so set the account up as IMAP:
outlook-new-imap = Type `{ $email }`, then choose `Advanced setup` (or `Choose provider`) and `IMAP`.
# $encryption is SSL/TLS or STARTTLS.
outlook-new-incoming = Incoming: user name `{ $username }`, your app-specific password, server `{ $host }`, port `{ $port }`, `{ $encryption }`.
outlook-new-outgoing = Outgoing: user name `{ $username }`, the same password, server `{ $host }`, port `{ $port }`, `{ $encryption }`.
outlook-new-continue = Choose `Continue`.

## Classic Outlook for Windows.

outlook-classic-open = Open `File > Add Account`.
outlook-classic-type = Type `{ $email }`, open `Advanced options`, tick `Let me set up my account manually` and choose `Connect`.
outlook-classic-imap = Choose `IMAP`.
outlook-classic-incoming = Incoming mail: server `{ $host }`, port `{ $port }`, encryption method `{ $encryption }`. Leave `Require logon using Secure Password Authentication (SPA)` unticked.
outlook-classic-outgoing = Outgoing mail: server `{ $host }`, port `{ $port }`, encryption method `{ $encryption }`. Leave SPA unticked.
outlook-classic-password = Choose `Next` and paste your app-specific password when Outlook asks for it.
# The last step. $username_is_address: "yes" when the IMAP user name is the address typed
# (Outlook filled it in: check it), "no" when it must be changed. $same_username: "yes" when
# both servers take the same user name.
outlook-classic-account-settings =
    Then open `File > Account Settings > Account Settings` and double-click the account. { $username_is_address ->
        [yes] Check that `User Name` is `{ $username }`.
       *[no] Set `User Name` to `{ $username }`.
    } Under `More Settings > Outgoing Server` tick `My outgoing server (SMTP) requires authentication`{ $same_username ->
        [yes] {" "}with `Use same settings as my incoming mail server`.
       *[no] , choose `Log on using`, user name `{ $smtp_username }` and your app-specific password.
    }

## Outlook for Mac.

outlook-mac-open = Open `Outlook > Settings > Accounts`, choose `+` and `New Account`.
outlook-mac-type = Type `{ $email }` and choose `IMAP/POP` when asked for the provider.
# "Type" is the account type field.
outlook-mac-account = Type `IMAP`, IMAP user name `{ $username }` and your app-specific password.
outlook-mac-incoming = Incoming server `{ $host }`: tick `Use SSL to connect` and `Override default port`, port `{ $port }`.
# $security: "starttls" on port 587, "tls" on port 465.
outlook-mac-outgoing =
    SMTP user name `{ $username }` and your app-specific password; outgoing server `{ $host }`: tick `Override default port`, port `{ $port }`, and tick `Use SSL to connect`. { $security ->
        [starttls] In Outlook for Mac this box means "encrypt the connection": on port 587 Outlook encrypts with STARTTLS, which is what iCloud expects there.
       *[tls] On this port the connection is encrypted with SSL/TLS from the first byte.
    }
outlook-mac-add = Choose `Add Account`.

## The printable Outlook sheet (an HTML file).

sheet-title = iCloud Mail settings for { $email }
sheet-editions = Setting up Outlook: new Outlook for Windows, classic Outlook for Windows and Outlook for Mac
# $name: the person the sheet was made for.
sheet-editions-for = Setting up Outlook: new Outlook for Windows, classic Outlook for Windows and Outlook for Mac, prepared for { $name }
# $org: the organisation that made the sheet.
sheet-editions-by = Setting up Outlook: new Outlook for Windows, classic Outlook for Windows and Outlook for Mac by { $org }
sheet-editions-for-by = Setting up Outlook: new Outlook for Windows, classic Outlook for Windows and Outlook for Mac, prepared for { $name } by { $org }
# $site is account.apple.com; the path after it is Apple's menu path on that site (use the
# labels Apple's site shows in your language). xxxx-xxxx-xxxx-xxxx stays as it is.
sheet-app-password = You need an `app-specific password`: your Apple Account password will not work. Make one at `{ $site } > Sign-In and Security > App-Specific Passwords` > Generate. It looks like `xxxx-xxxx-xxxx-xxxx` (16 letters). Two-factor authentication must be on for your Apple Account.
sheet-your-settings = Your settings
# The table's row labels.
sheet-row-email = Email address
sheet-row-name = Your name
sheet-row-account-type = Account type
sheet-row-incoming-server = Incoming mail server
sheet-row-incoming-port = Incoming port
sheet-row-incoming-encryption = Incoming encryption
sheet-row-incoming-username = Incoming user name
sheet-row-outgoing-server = Outgoing mail server (SMTP)
sheet-row-outgoing-port = Outgoing port
sheet-row-outgoing-encryption = Outgoing encryption
sheet-row-outgoing-username = Outgoing user name
sheet-row-password = Password (both servers)
sheet-row-spa = Secure Password Authentication (SPA)
sheet-row-smtp-auth = Outgoing server requires authentication
sheet-row-sent-folder = Sent mail folder
# Values in the table.
sheet-value-password = your app-specific password
sheet-value-spa = Off (leave unticked)
sheet-value-yes = Yes
sheet-traps = Common traps
sheet-trap-password = A login error almost always means the Apple Account password was used instead of an app-specific password. Changing your Apple Account password revokes all app-specific passwords; make a new one then.
sheet-trap-username-same = Use `{ $username }` as the user name for both servers.
sheet-trap-username-different = The two servers take different user names: `{ $imap_username }` for incoming mail and `{ $smtp_username }` for outgoing mail.
# Follows the sentence above, for an address on the person's own domain.
sheet-trap-custom-domain = Your address `{ $email }` is on your own domain, but iCloud logs in with your primary iCloud address, not with it.
# $port is 587.
sheet-trap-starttls = Port `{ $port }` uses `STARTTLS`, not SSL/TLS; where an app lets you choose, SSL/TLS on this port fails with errors such as "wrong version number". If your network blocks it, use port `465` with `SSL/TLS` instead.
# $port is 465.
sheet-trap-tls = Outgoing mail uses port `{ $port }` with `SSL/TLS` from the first byte, not STARTTLS. (iCloud's documented port 587 needs STARTTLS; port `{ $port }` is for networks that block 587.)
sheet-trap-spa = Leave Secure Password Authentication (SPA) off: iCloud does not support it.
# $sent is iCloud's folder name ("Sent Messages"); "Deleted Messages" is one too: keep both.
sheet-trap-folders = iCloud keeps sent mail in the folder `{ $sent }` and deleted mail in `Deleted Messages`.
# $url is Apple's support page.
sheet-footer = Values from Apple's documentation, `{ $url }`. Made by iCloud Mail Wizard.
