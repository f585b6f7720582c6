# Sign profiles (the help desk's signing identity).

## The "Sign profiles" section of the help desk's choice in the mail app step.

# Checkbox.
sign-profiles = Sign profiles
# "Not Signed" is what iOS shows, in red, for an unsigned profile: use iOS's own words.
sign-unsigned-hint = Unsigned profiles show a red Not Signed on the device. With your signing certificate they show who signed them
# Radio button; the other one is sign-field's PKCS#12 label.
sign-files-pem = Certificate and key
# Field labels; $file is certificate, key, chain or pkcs12.
sign-field = { $file ->
    [certificate] Signing certificate (PEM)
    [key] Private key (PEM)
    [chain] Intermediate certificates (PEM, optional)
   *[pkcs12] PKCS#12 file (.p12, .pfx)
}
# Button next to a file field that opens a file dialog.
sign-choose = Choose…
# That button's accessible name.
sign-choose-name = { $file ->
    [certificate] Choose the certificate…
    [key] Choose the private key…
    [chain] Choose the chain…
   *[pkcs12] Choose the PKCS#12 file…
}
# The file dialog's title.
sign-dialog-title = { $file ->
    [certificate] Choose the signing certificate
    [key] Choose the private key
    [chain] Choose the intermediate certificates
   *[pkcs12] Choose the PKCS#12 file
}
# The file dialog's filter name.
sign-filter = { $file ->
    [key] PEM private keys
    [pkcs12] PKCS#12 files
   *[other] PEM certificates
}
sign-path-missing = { $file ->
    [certificate] Type or choose the certificate
    [key] Type or choose the private key
    [chain] Type or choose the chain
   *[pkcs12] Type or choose the PKCS#12 file
}
sign-path-not-whole = { $file ->
    [certificate] Type the whole path of the certificate, starting from the top
    [key] Type the whole path of the private key, starting from the top
    [chain] Type the whole path of the chain, starting from the top
   *[pkcs12] Type the whole path of the PKCS#12 file, starting from the top
}
sign-path-no-home = there is no home folder to put ~ in
sign-passphrase = Passphrase
sign-passphrase-hint = Only if the key or file is encrypted
# Button.
sign-check = Check
sign-check-hover = Load the identity and see what devices will show
sign-checking = Checking…
# $subject: the certificate's subject (CN=…); $key: the kind of key, "RSA 2048", "ECDSA P-256".
sign-signs-as = Signs as { $subject } ({ $key })
# $trust: trust-verified or trust-not-verified.
sign-devices-show = Devices will show the profile as { $trust }
sign-passphrase-retry = Type the passphrase above and choose Check
# Why no profile can be saved yet.
sign-wait-not-checked = Sign profiles is ticked: check the signing identity first, or untick it
sign-wait-checking = The signing identity is being checked
sign-wait-refused = The signing identity was refused (see Sign profiles): fix it, or untick Sign profiles

## Why an identity is refused (the command line keeps English). $path: a file; $subject,
## $issuer: certificates' subjects; $date: a date and time; $detail, $reason (in sign-error-read):
## what a decoder or the system said, in English.

sign-error-read = could not read { $path }: { $reason }
sign-error-no-certificate = { $path } holds no certificate (expected PEM: { $marker })
sign-error-bad-certificate = { $path } holds a certificate that could not be read: { $detail }
# $labels and $last: PEM labels.
sign-error-no-key = { $path } holds no private key (expected PEM: { $labels } or { $last })
# $header: DEK-Info; $command: an openssl command line.
sign-error-encrypted-traditional = { $path } is an encrypted traditional PEM key ({ $header }), which is not supported; convert it to encrypted PKCS#8 with: { $command }
sign-error-passphrase-needed = { $path } is encrypted and no passphrase was given
sign-error-wrong-passphrase = could not decrypt { $path }: wrong passphrase, or the file is damaged
# $what: one of the sign-key- messages.
sign-error-unsupported-key = the key in { $path } is { $what }; supported: RSA of { $bits } bits or more, ECDSA P-256 or P-384
sign-error-bad-key = the private key in { $path } could not be read
sign-error-pkcs12 = could not read { $path } as PKCS#12: { $detail }
sign-error-pkcs12-incomplete = { $path } holds no private key together with its certificate
sign-error-key-mismatch = the private key does not match the certificate { $subject }
sign-error-expired = the certificate { $subject } expired on { $date }; devices treat profiles signed with it as unsigned
sign-error-not-yet-valid = the certificate { $subject } is not valid until { $date }
# $reason: one of the sign-usage- messages.
sign-error-no-signing-usage = the certificate { $subject } does not allow signing: { $reason }
# $reason: one of the sign-chain- messages.
sign-error-broken-chain = the chain does not lead from { $subject } to its issuer { $issuer }: { $reason }
sign-key-curve = an elliptic-curve key on the curve { $curve }
sign-key-other-curve = an elliptic-curve key on a curve other than P-256 and P-384 (or a damaged one)
# $algorithm: Ed25519, DSA, RSA-PSS or an OID.
sign-key-algorithm = a { $algorithm } key
sign-key-rsa-bits = RSA of { $bits } bits
# $usage: digitalSignature, the name of a key usage.
sign-usage-no-digital-signature = its key usage lacks { $usage }
sign-usage-unreadable = its key usage extension could not be read
# $purposes: the usages it allows ("TLS server, time stamping").
sign-usage-extended-only = its extended key usage allows only { $purposes }, not code signing, email protection or TLS
# Names of certificate purposes (extended key usages), listed in $purposes above.
sign-purpose-tls-server = TLS server
sign-purpose-tls-client = TLS client
sign-purpose-code-signing = code signing
sign-purpose-email-protection = email protection
sign-purpose-time-stamping = time stamping
sign-purpose-ocsp-signing = OCSP signing
sign-usage-extended-unreadable = its extended key usage extension could not be read
sign-chain-wrong-key = the chain has a certificate of that name, but its key did not sign this one
sign-chain-issuer-missing = the issuer's certificate is not in the chain; add it (and any intermediates) to the chain file
sign-warning-expires-soon = the certificate { $subject } expires on { $date }: profiles signed with it install as unsigned after that; sign them again with a new certificate

## What a device will show for a signed profile. "Verified" and "Not Verified" are what iOS
## shows when it installs a profile: use iOS's own words.

trust-label-verified = Verified
trust-label-not-verified = Not Verified
# $root: the root certificate's subject.
trust-verified = Verified (chain to { $root })
# $reason: one of the trust- sentences below.
trust-not-verified = Not Verified: { $reason }
trust-no-certificate = no certificate
trust-self-signed = the certificate { $subject } is self-signed; devices trust it only where it was installed as a trusted root
trust-private-root = the chain ends in { $root }, a private root that is not among the well-known public roots; devices trust it only where it was installed (for example by device management)
trust-unknown-issuer = the chain ends at { $subject }, whose issuer { $issuer } is neither in the chain nor a well-known public root
