# Welcome and Address steps, and what a domain's DNS says.

## Why a typed address is not valid. Shown under the field (with a capital first letter) and
## after "The address is not valid yet:", so each starts in lower case where the language allows.

address-error-empty = the address is empty
address-error-space = the address contains a space; addresses have no spaces
address-error-control-character = the address contains an invisible control character
address-error-missing-at = the address has no @; it should look like name@icloud.com
# $count is 2 or more.
address-error-multiple-at = the address has { $count -> 
    [one] { $count } @ sign
   *[other] { $count } @ signs
  }; it should have exactly one
address-error-empty-local-part = nothing comes before the @; it should look like name@icloud.com
address-error-local-part-too-long = the part before the @ is { $len } characters long; at most { $max } are allowed
# $found is the character, in quotes: '"'
address-error-local-part-character = the part before the @ contains { $found }, which email addresses cannot contain
address-error-local-part-dots = the part before the @ has a misplaced dot (at the start, at the end or two in a row)
address-error-empty-domain = nothing comes after the @; add the domain, for example icloud.com
# $quoted is the domain in quotes ("icloud"), $domain the same without them.
address-error-domain-without-dot = the domain { $quoted } has no dot; did you mean { $domain }.com?
address-error-domain-too-long = the domain is { $len } characters long; at most { $max } are allowed
# $label is one part of the domain, in quotes ("icl_oud"); $reason one of the address-label- texts below.
address-error-bad-domain-label = the domain part { $label } is not valid: { $reason }
# punycode: the ASCII form of a domain with accented letters (xn--exmple-cua.com).
address-error-non-ascii-domain = the domain contains non-ASCII letters; type its xn-- (punycode) form, which your domain registrar shows
address-error-too-long = the address is { $len } characters long; at most { $max } are allowed

## What is wrong with one part of a domain: the end of address-error-bad-domain-label.

address-label-empty = it is empty (two dots in a row, or a dot at the start)
address-label-too-long = it is longer than { $max } characters
address-label-characters = only letters, digits and hyphens are allowed
address-label-hyphen = it cannot start or end with a hyphen
address-label-numeric-ending = the last part of a domain cannot be a number

## Why the typed fields do not make an account.

# $reason is one of the address-error- texts.
address-input-email = email address: { $reason }
address-input-login = login: { $reason }
# $email is an address at a mail provider's own domain ($domain, gmail.com); $provider its name (Google).
address-settings-provider-address = { $email } is a { $provider } address ({ $domain }), never an iCloud Mail address; give your address that ends in @icloud.com, @me.com or @mac.com
address-settings-missing-primary-login = { $email } is on a custom domain ({ $domain }); iCloud Mail logs in with your primary iCloud address (the one ending in @icloud.com, @me.com or @mac.com), so give that address as the login too
address-settings-login-not-icloud = the login { $login } is not an iCloud address; it must end in @icloud.com, @me.com or @mac.com
# $field is "name" (the sender name) or "organization".
address-settings-label-too-long = the { $field -> 
    [name] name
   *[organization] organization
  } is { $chars } characters long; at most { $max } are allowed
address-settings-label-control-character = the { $field -> 
    [name] name
   *[organization] organization
  } contains an invisible control character or text-direction mark; remove it and try again

## Where a domain's mail goes, as its MX records (the DNS records naming its mail servers) tell.
## $domain is the domain of the typed address (example.com).

domain-own = { $domain } is one of iCloud's own domains
domain-custom = { $domain } is an iCloud+ custom domain: its mail goes to iCloud
domain-custom-mixed = { $domain } is an iCloud+ custom domain, but some of its mail servers are not iCloud's
# $provider is a company name (Google, Microsoft 365, ...).
domain-provider-mailbox = Mail for { $domain } goes to { $provider }, not to iCloud
# $provider is a spam-filtering company (Proofpoint, Mimecast, ...) that passes mail on.
domain-provider-filter = Mail for { $domain } goes through { $provider }, a filtering service, not to iCloud
# $host is a mail server's host name (mail.example.org).
domain-provider-other = Mail for { $domain } goes to another provider ({ $host }), not to iCloud
# $domain is a mail provider's own address domain (gmail.com), $provider its name (Google).
domain-provider-address = Addresses at { $domain } are { $provider } addresses, never iCloud Mail addresses
domain-no-such-domain = { $domain } does not exist: no mail can reach it
domain-no-mail = { $domain } has no mail servers (no MX records): its mail does not go to iCloud
domain-unchecked-timed-out = { $domain } could not be checked: the lookup took too long
domain-unchecked = { $domain } could not be checked

## Paragraphs under that headline.

domain-custom-login = Mail apps sign in to a custom domain with your primary iCloud Mail address (the @icloud.com one), not with this address. Enter it below.
# $hosts is a list of mail servers' host names. "icloud-mail-wizard domain check" is a command: do not translate it.
domain-custom-elsewhere = Mail sent to { $hosts } does not reach iCloud. Whoever runs { $domain } can check its records with: icloud-mail-wizard domain check { $domain }
domain-other-not-received = iCloud does not receive mail for { $domain }, so iCloud's servers cannot show it.
# "Settings > [your name] > iCloud > iCloud Mail" is the path in the iPhone's Settings app: use the labels iOS shows in your language.
domain-apple-account-elsewhere = An Apple Account made with another address (Gmail, Outlook or any other) does not make that address an iCloud Mail address. Your iCloud Mail address is the @icloud.com one made when iCloud Mail was turned on. To find it on an iPhone: Settings > [your name] > iCloud > iCloud Mail.
# "iCloud+ custom email domain" is Apple's name for the feature (Custom Email Domain).
domain-other-moving = If { $domain } is moving to iCloud right now (iCloud+ custom email domain), you can go on.
domain-check-spelling = Check the spelling of the address.
domain-no-mail-setting-up = If { $domain } is being set up for iCloud+ right now, its MX records may not be published yet; you can go on.
# $reason is why the lookup failed: one of the dns- messages in health.ftl.
domain-unchecked-details = Whether iCloud receives mail for { $domain } is not known ({ $reason }). You can go on.

## Check boxes that let the person go on with an address whose mail is not at iCloud.

domain-confirm-moving = This address is on iCloud anyway (the domain is moving to iCloud)
domain-confirm-setting-up = Use this address anyway (the domain is being set up)

## Shown first when the connection test fails for an address on such a domain.
## $headline is one of the domain- sentences above (it has no final full stop).

# $explanation is domain-apple-account-elsewhere.
domain-login-hint-elsewhere = { $headline }. { $explanation }
# $suggested is one of iCloud's domains (icloud.com) that the typed domain looks like a typo of.
domain-login-hint-typo = { $headline }. Did you mean an address @{ $suggested }?
domain-login-hint = { $headline }.

## A typo of iCloud's domains.

# $address is the typed address with the domain corrected (jane@icloud.com).
domain-did-you-mean = Did you mean { $address }?

## Step 1: Welcome.

welcome-heading = Set up iCloud Mail in your mail app
welcome-intro = This wizard gets iCloud Mail working in Thunderbird, Outlook, the Mail app on an iPhone or iPad, or any other mail app. It checks your address and password against iCloud's mail servers, finds the settings that work from this network, and saves ready-made settings files.
# A heading above a list of three things.
welcome-you-need = You need
# "iCloud+ Custom Email Domain" is Apple's name for the feature.
welcome-need-address = Your iCloud Mail address (or your own domain's address, if you use iCloud+ Custom Email Domain)
welcome-need-apple-account = Your Apple Account, with two-factor authentication turned on, to make an app-specific password
welcome-need-time = About five minutes
welcome-password-stays = Your password stays on this computer. It goes only to iCloud's mail servers, and into the system keychain if you ask the wizard to remember it.
# "Next" is the button at the bottom of the window (the "next" message); Enter is the key.
welcome-press-next = Press Next (or Enter) to begin

## Step 2: the address.

address-heading = Your email address
address-intro = The address you send and receive iCloud Mail with.
address-email-label = Email address
# The example inside the empty address fields; "name" is the word the address-error- texts use (name@icloud.com).
address-email-placeholder = name@icloud.com
# Under the empty field. Keep jane.doe@icloud.com; "yourdomain.com" may become a domain that reads naturally in your language.
address-email-example = For example jane.doe@icloud.com, or jane@yourdomain.com
# $domain is icloud.com, me.com or mac.com.
address-icloud-own = An iCloud address, on Apple's own domain { $domain }
# While the DNS is asked about the domain.
address-checking-domain = Checking where mail for { $domain } goes…
# The button that puts the corrected address (jane@icloud.com) in the field.
address-use-suggestion = Use { $address }
address-login-label = Primary iCloud address
address-login-hint = iCloud signs in with your primary iCloud address (ending in @icloud.com, @me.com or @mac.com), never with an address on your own domain
# $login is the primary iCloud address.
address-signs-in-as = Signs in as { $login }
address-name-label = Your name (optional)
address-name-hint = Shown to the people you write to
# The example inside the empty name field: a common placeholder name in your language.
address-name-placeholder = Jane Doe
