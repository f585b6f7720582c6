# Sign profiles (the help desk's signing identity).

sign-profiles = Profile signieren
sign-unsigned-hint = Unsignierte Profile zeigen auf dem Gerät ein rotes „Nicht signiert“ (Not Signed). Mit deinem Signaturzertifikat zeigen sie, wer sie signiert hat
sign-files-pem = Zertifikat und Schlüssel
sign-field = { $file ->
    [certificate] Signaturzertifikat (PEM)
    [key] Privater Schlüssel (PEM)
    [chain] Zwischenzertifikate (PEM, optional)
   *[pkcs12] PKCS#12-Datei (.p12, .pfx)
}
sign-choose = Auswählen …
sign-choose-name = { $file ->
    [certificate] Zertifikat auswählen …
    [key] Privaten Schlüssel auswählen …
    [chain] Kette auswählen …
   *[pkcs12] PKCS#12-Datei auswählen …
}
sign-dialog-title = { $file ->
    [certificate] Signaturzertifikat auswählen
    [key] Privaten Schlüssel auswählen
    [chain] Zwischenzertifikate auswählen
   *[pkcs12] PKCS#12-Datei auswählen
}
sign-filter = { $file ->
    [key] Private PEM-Schlüssel
    [pkcs12] PKCS#12-Dateien
   *[other] PEM-Zertifikate
}
sign-path-missing = { $file ->
    [certificate] Gib den Pfad zum Zertifikat ein oder wähle es aus
    [key] Gib den Pfad zum privaten Schlüssel ein oder wähle ihn aus
    [chain] Gib den Pfad zur Kette ein oder wähle sie aus
   *[pkcs12] Gib den Pfad zur PKCS#12-Datei ein oder wähle sie aus
}
sign-path-not-whole = { $file ->
    [certificate] Gib den vollständigen Pfad zum Zertifikat ein, von der obersten Ebene an
    [key] Gib den vollständigen Pfad zum privaten Schlüssel ein, von der obersten Ebene an
    [chain] Gib den vollständigen Pfad zur Kette ein, von der obersten Ebene an
   *[pkcs12] Gib den vollständigen Pfad zur PKCS#12-Datei ein, von der obersten Ebene an
}
sign-path-no-home = es gibt keinen Benutzerordner, für den ~ stehen könnte
sign-passphrase = Passphrase
sign-passphrase-hint = Nur wenn der Schlüssel oder die Datei verschlüsselt ist
sign-check = Prüfen
sign-check-hover = Die Identität laden und sehen, was Geräte anzeigen werden
sign-checking = Wird geprüft …
sign-signs-as = Signiert als { $subject } ({ $key })
sign-devices-show = Geräte zeigen das Profil so an: { $trust }
sign-passphrase-retry = Gib oben die Passphrase ein und wähle „Prüfen“
sign-wait-not-checked = „Profile signieren“ ist aktiviert: Prüfe zuerst die Signaturidentität oder deaktiviere die Option
sign-wait-checking = Die Signaturidentität wird geprüft
sign-wait-refused = Die Signaturidentität wurde abgelehnt (siehe „Profile signieren“): Behebe das Problem oder deaktiviere „Profile signieren“

sign-error-read = { $path } konnte nicht gelesen werden: { $reason }
sign-error-no-certificate = { $path } enthält kein Zertifikat (erwartet wird PEM: { $marker })
sign-error-bad-certificate = { $path } enthält ein Zertifikat, das nicht gelesen werden konnte: { $detail }
sign-error-no-key = { $path } enthält keinen privaten Schlüssel (erwartet wird PEM: { $labels } oder { $last })
sign-error-encrypted-traditional = { $path } ist ein verschlüsselter PEM-Schlüssel im traditionellen Format ({ $header }), der nicht unterstützt wird; wandle ihn so in verschlüsseltes PKCS#8 um: { $command }
sign-error-passphrase-needed = { $path } ist verschlüsselt und es wurde keine Passphrase angegeben
sign-error-wrong-passphrase = { $path } konnte nicht entschlüsselt werden: falsche Passphrase, oder die Datei ist beschädigt
sign-error-unsupported-key = der Schlüssel in { $path } ist { $what }; unterstützt werden RSA mit { $bits } Bit oder mehr, ECDSA P-256 oder P-384
sign-error-bad-key = der private Schlüssel in { $path } konnte nicht gelesen werden
sign-error-pkcs12 = { $path } konnte nicht als PKCS#12 gelesen werden: { $detail }
sign-error-pkcs12-incomplete = { $path } enthält keinen privaten Schlüssel zusammen mit seinem Zertifikat
sign-error-key-mismatch = der private Schlüssel passt nicht zum Zertifikat { $subject }
sign-error-expired = das Zertifikat { $subject } ist am { $date } abgelaufen; Geräte behandeln damit signierte Profile als unsigniert
sign-error-not-yet-valid = das Zertifikat { $subject } ist erst ab { $date } gültig
sign-error-no-signing-usage = das Zertifikat { $subject } erlaubt kein Signieren: { $reason }
sign-error-broken-chain = die Kette führt nicht von { $subject } zu seinem Aussteller { $issuer }: { $reason }
sign-key-curve = ein Schlüssel auf der elliptischen Kurve { $curve }
sign-key-other-curve = ein Schlüssel auf einer anderen elliptischen Kurve als P-256 und P-384 (oder ein beschädigter)
sign-key-algorithm = ein { $algorithm }-Schlüssel
sign-key-rsa-bits = RSA mit { $bits } Bit
sign-usage-no-digital-signature = seiner Schlüsselverwendung fehlt { $usage }
sign-usage-unreadable = seine Erweiterung zur Schlüsselverwendung konnte nicht gelesen werden
sign-usage-extended-only = seine erweiterte Schlüsselverwendung erlaubt nur { $purposes }, nicht Codesignierung, E-Mail-Schutz oder TLS
sign-purpose-tls-server = TLS-Server
sign-purpose-tls-client = TLS-Client
sign-purpose-code-signing = Codesignierung
sign-purpose-email-protection = E-Mail-Schutz
sign-purpose-time-stamping = Zeitstempel
sign-purpose-ocsp-signing = OCSP-Signatur
sign-usage-extended-unreadable = seine Erweiterung zur erweiterten Schlüsselverwendung konnte nicht gelesen werden
sign-chain-wrong-key = die Kette enthält ein Zertifikat dieses Namens, aber dessen Schlüssel hat dieses nicht signiert
sign-chain-issuer-missing = das Zertifikat des Ausstellers ist nicht in der Kette; füge es (und alle Zwischenzertifikate) zur Kettendatei hinzu
sign-warning-expires-soon = das Zertifikat { $subject } läuft am { $date } ab: Damit signierte Profile werden danach als unsigniert installiert; signiere sie dann mit einem neuen Zertifikat erneut

trust-label-verified = Verifiziert (Verified)
trust-label-not-verified = Nicht verifiziert (Not Verified)
trust-verified = Verifiziert (Verified), Kette bis { $root }
trust-not-verified = Nicht verifiziert (Not Verified): { $reason }
trust-no-certificate = kein Zertifikat
trust-self-signed = das Zertifikat { $subject } ist selbstsigniert; Geräte vertrauen ihm nur dort, wo es als vertrauenswürdiges Root-Zertifikat installiert wurde
trust-private-root = die Kette endet bei { $root }, einem privaten Root-Zertifikat, das nicht zu den bekannten öffentlichen Root-Zertifikaten gehört; Geräte vertrauen ihm nur dort, wo es installiert wurde (zum Beispiel über eine Geräteverwaltung)
trust-unknown-issuer = die Kette endet bei { $subject }, dessen Aussteller { $issuer } weder in der Kette noch ein bekanntes öffentliches Root-Zertifikat ist
