# Sign profiles (the help desk's signing identity).

sign-profiles = Firma i profili
sign-unsigned-hint = I profili non firmati mostrano in rosso «Non firmato» (Not Signed) sul dispositivo. Con il tuo certificato di firma mostrano chi li ha firmati
sign-files-pem = Certificato e chiave
sign-field = { $file ->
    [certificate] Certificato di firma (PEM)
    [key] Chiave privata (PEM)
    [chain] Certificati intermedi (PEM, facoltativo)
   *[pkcs12] File PKCS#12 (.p12, .pfx)
}
sign-choose = Scegli…
sign-choose-name = { $file ->
    [certificate] Scegli il certificato…
    [key] Scegli la chiave privata…
    [chain] Scegli la catena…
   *[pkcs12] Scegli il file PKCS#12…
}
sign-dialog-title = { $file ->
    [certificate] Scegli il certificato di firma
    [key] Scegli la chiave privata
    [chain] Scegli i certificati intermedi
   *[pkcs12] Scegli il file PKCS#12
}
sign-filter = { $file ->
    [key] Chiavi private PEM
    [pkcs12] File PKCS#12
   *[other] Certificati PEM
}
sign-path-missing = { $file ->
    [certificate] Scrivi o scegli il certificato
    [key] Scrivi o scegli la chiave privata
    [chain] Scrivi o scegli la catena
   *[pkcs12] Scrivi o scegli il file PKCS#12
}
sign-path-not-whole = { $file ->
    [certificate] Scrivi il percorso completo del certificato, partendo dalla radice
    [key] Scrivi il percorso completo della chiave privata, partendo dalla radice
    [chain] Scrivi il percorso completo della catena, partendo dalla radice
   *[pkcs12] Scrivi il percorso completo del file PKCS#12, partendo dalla radice
}
sign-path-no-home = non c’è una cartella Inizio da mettere al posto di ~
sign-passphrase = Passphrase
sign-passphrase-hint = Solo se la chiave o il file sono cifrati
sign-check = Controlla
sign-check-hover = Carica l’identità e guarda cosa mostreranno i dispositivi
sign-checking = Controllo in corso…
sign-signs-as = Firma come { $subject } ({ $key })
sign-devices-show = I dispositivi mostreranno il profilo come { $trust }
sign-passphrase-retry = Scrivi la passphrase qui sopra e scegli Controlla
sign-wait-not-checked = Firma i profili è selezionato: controlla prima l’identità di firma, oppure deselezionalo
sign-wait-checking = L’identità di firma è in fase di controllo
sign-wait-refused = L’identità di firma è stata rifiutata (vedi Firma i profili): correggila, oppure deseleziona Firma i profili

sign-error-read = impossibile leggere { $path }: { $reason }
sign-error-no-certificate = { $path } non contiene alcun certificato (previsto PEM: { $marker })
sign-error-bad-certificate = { $path } contiene un certificato che non è stato possibile leggere: { $detail }
sign-error-no-key = { $path } non contiene alcuna chiave privata (previsto PEM: { $labels } o { $last })
sign-error-encrypted-traditional = { $path } è una chiave PEM tradizionale cifrata ({ $header }), che non è supportata; convertila in PKCS#8 cifrato con: { $command }
sign-error-passphrase-needed = { $path } è cifrato e non è stata indicata alcuna passphrase
sign-error-wrong-passphrase = impossibile decifrare { $path }: passphrase errata, oppure il file è danneggiato
sign-error-unsupported-key = la chiave in { $path } è { $what }; supportate: RSA da { $bits } bit o più, ECDSA P-256 o P-384
sign-error-bad-key = non è stato possibile leggere la chiave privata in { $path }
sign-error-pkcs12 = impossibile leggere { $path } come PKCS#12: { $detail }
sign-error-pkcs12-incomplete = { $path } non contiene alcuna chiave privata insieme al suo certificato
sign-error-key-mismatch = la chiave privata non corrisponde al certificato { $subject }
sign-error-expired = il certificato { $subject } è scaduto il { $date }; i dispositivi trattano come non firmati i profili firmati con esso
sign-error-not-yet-valid = il certificato { $subject } non è valido prima del { $date }
sign-error-no-signing-usage = il certificato { $subject } non consente di firmare: { $reason }
sign-error-broken-chain = la catena non porta da { $subject } al suo emittente { $issuer }: { $reason }
sign-key-curve = una chiave a curva ellittica sulla curva { $curve }
sign-key-other-curve = una chiave a curva ellittica su una curva diversa da P-256 e P-384 (oppure danneggiata)
sign-key-algorithm = una chiave { $algorithm }
sign-key-rsa-bits = RSA da { $bits } bit
sign-usage-no-digital-signature = il suo utilizzo chiave non include { $usage }
sign-usage-unreadable = non è stato possibile leggere la sua estensione di utilizzo chiave
sign-usage-extended-only = il suo utilizzo chiave esteso consente solo { $purposes }, non la firma del codice, la protezione email o TLS
sign-purpose-tls-server = server TLS
sign-purpose-tls-client = client TLS
sign-purpose-code-signing = firma del codice
sign-purpose-email-protection = protezione email
sign-purpose-time-stamping = marcatura temporale
sign-purpose-ocsp-signing = firma OCSP
sign-usage-extended-unreadable = non è stato possibile leggere la sua estensione di utilizzo chiave esteso
sign-chain-wrong-key = la catena ha un certificato con quel nome, ma la sua chiave non ha firmato questo
sign-chain-issuer-missing = il certificato dell’emittente non è nella catena; aggiungilo (con eventuali intermedi) al file della catena
sign-warning-expires-soon = il certificato { $subject } scade il { $date }: dopo quella data i profili firmati con esso si installano come non firmati; firmali di nuovo con un nuovo certificato

trust-label-verified = Verificato
trust-label-not-verified = Non verificato (Not Verified)
trust-verified = Verificato (catena fino a { $root })
trust-not-verified = Non verificato (Not Verified): { $reason }
trust-no-certificate = nessun certificato
trust-self-signed = il certificato { $subject } è autofirmato; i dispositivi si fidano di esso solo dove è stato installato come radice attendibile
trust-private-root = la catena termina in { $root }, una radice privata che non è tra le radici pubbliche note; i dispositivi si fidano di essa solo dove è stata installata (per esempio tramite la gestione dei dispositivi)
trust-unknown-issuer = la catena termina in { $subject }, il cui emittente { $issuer } non è nella catena né è una radice pubblica nota
