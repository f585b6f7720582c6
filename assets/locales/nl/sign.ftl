# Sign profiles (the help desk's signing identity).

sign-profiles = Profielen ondertekenen
sign-unsigned-hint = Niet-ondertekende profielen tonen op het apparaat een rood 'Niet ondertekend' (Not Signed). Met je ondertekeningscertificaat tonen ze wie ze heeft ondertekend
sign-files-pem = Certificaat en sleutel
sign-field = { $file ->
    [certificate] Ondertekeningscertificaat (PEM)
    [key] Privésleutel (PEM)
    [chain] Tussencertificaten (PEM, optioneel)
   *[pkcs12] PKCS#12-bestand (.p12, .pfx)
}
sign-choose = Kies…
sign-choose-name = { $file ->
    [certificate] Kies het certificaat…
    [key] Kies de privésleutel…
    [chain] Kies de keten…
   *[pkcs12] Kies het PKCS#12-bestand…
}
sign-dialog-title = { $file ->
    [certificate] Kies het ondertekeningscertificaat
    [key] Kies de privésleutel
    [chain] Kies de tussencertificaten
   *[pkcs12] Kies het PKCS#12-bestand
}
sign-filter = { $file ->
    [key] PEM-privésleutels
    [pkcs12] PKCS#12-bestanden
   *[other] PEM-certificaten
}
sign-path-missing = { $file ->
    [certificate] Typ of kies het certificaat
    [key] Typ of kies de privésleutel
    [chain] Typ of kies de keten
   *[pkcs12] Typ of kies het PKCS#12-bestand
}
sign-path-not-whole = { $file ->
    [certificate] Typ het volledige pad van het certificaat, vanaf het begin
    [key] Typ het volledige pad van de privésleutel, vanaf het begin
    [chain] Typ het volledige pad van de keten, vanaf het begin
   *[pkcs12] Typ het volledige pad van het PKCS#12-bestand, vanaf het begin
}
sign-path-no-home = er is geen thuismap om voor ~ in te vullen
sign-passphrase = Wachtwoordzin
sign-passphrase-hint = Alleen als de sleutel of het bestand versleuteld is
sign-check = Controleer
sign-check-hover = Laad de identiteit en zie wat apparaten zullen tonen
sign-checking = Bezig met controleren…
sign-signs-as = Ondertekent als { $subject } ({ $key })
sign-devices-show = Apparaten tonen het profiel als { $trust }
sign-passphrase-retry = Typ hierboven de wachtwoordzin en kies Controleer
sign-wait-not-checked = Profielen ondertekenen is aangevinkt: controleer eerst de ondertekeningsidentiteit, of vink het uit
sign-wait-checking = De ondertekeningsidentiteit wordt gecontroleerd
sign-wait-refused = De ondertekeningsidentiteit is geweigerd (zie Profielen ondertekenen): los het op, of vink Profielen ondertekenen uit

sign-error-read = kan { $path } niet lezen: { $reason }
sign-error-no-certificate = { $path } bevat geen certificaat (verwacht PEM: { $marker })
sign-error-bad-certificate = { $path } bevat een certificaat dat niet kon worden gelezen: { $detail }
sign-error-no-key = { $path } bevat geen privésleutel (verwacht PEM: { $labels } of { $last })
sign-error-encrypted-traditional = { $path } is een versleutelde traditionele PEM-sleutel ({ $header }), die niet wordt ondersteund; zet hem om naar versleutelde PKCS#8 met: { $command }
sign-error-passphrase-needed = { $path } is versleuteld en er is geen wachtwoordzin opgegeven
sign-error-wrong-passphrase = kan { $path } niet ontsleutelen: verkeerde wachtwoordzin, of het bestand is beschadigd
sign-error-unsupported-key = de sleutel in { $path } is { $what }; ondersteund: RSA van { $bits } bits of meer, ECDSA P-256 of P-384
sign-error-bad-key = de privésleutel in { $path } kon niet worden gelezen
sign-error-pkcs12 = kan { $path } niet lezen als PKCS#12: { $detail }
sign-error-pkcs12-incomplete = { $path } bevat geen privésleutel samen met het bijbehorende certificaat
sign-error-key-mismatch = de privésleutel hoort niet bij het certificaat { $subject }
sign-error-expired = het certificaat { $subject } is verlopen op { $date }; apparaten behandelen profielen die ermee zijn ondertekend als niet-ondertekend
sign-error-not-yet-valid = het certificaat { $subject } is pas geldig vanaf { $date }
sign-error-no-signing-usage = het certificaat { $subject } staat ondertekenen niet toe: { $reason }
sign-error-broken-chain = de keten leidt niet van { $subject } naar de uitgever { $issuer }: { $reason }
sign-key-curve = een elliptische-curvesleutel op de curve { $curve }
sign-key-other-curve = een elliptische-curvesleutel op een andere curve dan P-256 en P-384 (of een beschadigde)
sign-key-algorithm = een { $algorithm }-sleutel
sign-key-rsa-bits = RSA van { $bits } bits
sign-usage-no-digital-signature = het sleutelgebruik mist { $usage }
sign-usage-unreadable = de extensie voor sleutelgebruik kon niet worden gelezen
sign-usage-extended-only = het uitgebreide sleutelgebruik staat alleen { $purposes } toe, geen codeondertekening, e-mailbeveiliging of TLS
sign-purpose-tls-server = TLS-server
sign-purpose-tls-client = TLS-client
sign-purpose-code-signing = codeondertekening
sign-purpose-email-protection = e-mailbeveiliging
sign-purpose-time-stamping = tijdstempels
sign-purpose-ocsp-signing = OCSP-ondertekening
sign-usage-extended-unreadable = de extensie voor uitgebreid sleutelgebruik kon niet worden gelezen
sign-chain-wrong-key = de keten heeft een certificaat met die naam, maar de sleutel daarvan heeft dit certificaat niet ondertekend
sign-chain-issuer-missing = het certificaat van de uitgever staat niet in de keten; voeg het (en eventuele tussencertificaten) toe aan het ketenbestand
sign-warning-expires-soon = het certificaat { $subject } verloopt op { $date }: profielen die ermee zijn ondertekend, worden daarna als niet-ondertekend geïnstalleerd; onderteken ze dan opnieuw met een nieuw certificaat

trust-label-verified = Geverifieerd (Verified)
trust-label-not-verified = Niet geverifieerd (Not Verified)
trust-verified = Geverifieerd (Verified), keten tot { $root }
trust-not-verified = Niet geverifieerd (Not Verified): { $reason }
trust-no-certificate = geen certificaat
trust-self-signed = het certificaat { $subject } is zelfondertekend; apparaten vertrouwen het alleen waar het als vertrouwd rootcertificaat is geïnstalleerd
trust-private-root = de keten eindigt bij { $root }, een privé-rootcertificaat dat niet bij de bekende openbare rootcertificaten hoort; apparaten vertrouwen het alleen waar het is geïnstalleerd (bijvoorbeeld via apparaatbeheer)
trust-unknown-issuer = de keten eindigt bij { $subject }, waarvan de uitgever { $issuer } niet in de keten staat en geen bekend openbaar rootcertificaat is
