# Sign profiles (the help desk's signing identity).

sign-profiles = Signer les profils
sign-unsigned-hint = Les profils non signés affichent « Non signé » (Not Signed) en rouge sur l’appareil. Avec votre certificat de signature, ils indiquent qui les a signés
sign-files-pem = Certificat et clé
sign-field = { $file ->
    [certificate] Certificat de signature (PEM)
    [key] Clé privée (PEM)
    [chain] Certificats intermédiaires (PEM, facultatif)
   *[pkcs12] Fichier PKCS#12 (.p12, .pfx)
}
sign-choose = Choisir…
sign-choose-name = { $file ->
    [certificate] Choisir le certificat…
    [key] Choisir la clé privée…
    [chain] Choisir la chaîne…
   *[pkcs12] Choisir le fichier PKCS#12…
}
sign-dialog-title = { $file ->
    [certificate] Choisir le certificat de signature
    [key] Choisir la clé privée
    [chain] Choisir les certificats intermédiaires
   *[pkcs12] Choisir le fichier PKCS#12
}
sign-filter = { $file ->
    [key] Clés privées PEM
    [pkcs12] Fichiers PKCS#12
   *[other] Certificats PEM
}
sign-path-missing = { $file ->
    [certificate] Saisissez ou choisissez le certificat
    [key] Saisissez ou choisissez la clé privée
    [chain] Saisissez ou choisissez la chaîne
   *[pkcs12] Saisissez ou choisissez le fichier PKCS#12
}
sign-path-not-whole = { $file ->
    [certificate] Saisissez le chemin complet du certificat, depuis la racine
    [key] Saisissez le chemin complet de la clé privée, depuis la racine
    [chain] Saisissez le chemin complet de la chaîne, depuis la racine
   *[pkcs12] Saisissez le chemin complet du fichier PKCS#12, depuis la racine
}
sign-path-no-home = il n’y a pas de dossier de départ à mettre à la place de ~
sign-passphrase = Phrase secrète
sign-passphrase-hint = Uniquement si la clé ou le fichier est chiffré
sign-check = Vérifier
sign-check-hover = Charger l’identité et voir ce que les appareils afficheront
sign-checking = Vérification…
sign-signs-as = Signe en tant que { $subject } ({ $key })
sign-devices-show = Les appareils afficheront le profil comme { $trust }
sign-passphrase-retry = Saisissez la phrase secrète ci-dessus et choisissez Vérifier
sign-wait-not-checked = Signer les profils est coché : vérifiez d’abord l’identité de signature, ou décochez l’option
sign-wait-checking = L’identité de signature est en cours de vérification
sign-wait-refused = L’identité de signature a été refusée (voir Signer les profils) : corrigez-la, ou décochez Signer les profils

sign-error-read = impossible de lire { $path } : { $reason }
sign-error-no-certificate = { $path } ne contient aucun certificat (PEM attendu : { $marker })
sign-error-bad-certificate = { $path } contient un certificat illisible : { $detail }
sign-error-no-key = { $path } ne contient aucune clé privée (PEM attendu : { $labels } ou { $last })
sign-error-encrypted-traditional = { $path } est une clé PEM traditionnelle chiffrée ({ $header }), qui n’est pas prise en charge ; convertissez-la en PKCS#8 chiffré avec : { $command }
sign-error-passphrase-needed = { $path } est chiffré et aucune phrase secrète n’a été fournie
sign-error-wrong-passphrase = impossible de déchiffrer { $path } : phrase secrète incorrecte, ou fichier endommagé
sign-error-unsupported-key = la clé de { $path } est { $what } ; pris en charge : RSA de { $bits } bits ou plus, ECDSA P-256 ou P-384
sign-error-bad-key = la clé privée de { $path } n’a pas pu être lue
sign-error-pkcs12 = impossible de lire { $path } comme PKCS#12 : { $detail }
sign-error-pkcs12-incomplete = { $path } ne contient aucune clé privée accompagnée de son certificat
sign-error-key-mismatch = la clé privée ne correspond pas au certificat { $subject }
sign-error-expired = le certificat { $subject } a expiré le { $date } ; les appareils traitent les profils signés avec lui comme non signés
sign-error-not-yet-valid = le certificat { $subject } n’est pas valide avant le { $date }
sign-error-no-signing-usage = le certificat { $subject } ne permet pas de signer : { $reason }
sign-error-broken-chain = la chaîne ne mène pas de { $subject } à son émetteur { $issuer } : { $reason }
sign-key-curve = une clé à courbe elliptique sur la courbe { $curve }
sign-key-other-curve = une clé à courbe elliptique sur une courbe autre que P-256 et P-384 (ou une clé endommagée)
sign-key-algorithm = une clé { $algorithm }
sign-key-rsa-bits = RSA de { $bits } bits
sign-usage-no-digital-signature = son usage de clé ne comprend pas { $usage }
sign-usage-unreadable = son extension d’usage de clé n’a pas pu être lue
sign-usage-extended-only = son usage étendu de clé n’autorise que { $purposes }, pas la signature de code, la protection des e-mails ou TLS
sign-purpose-tls-server = serveur TLS
sign-purpose-tls-client = client TLS
sign-purpose-code-signing = signature de code
sign-purpose-email-protection = protection des e-mails
sign-purpose-time-stamping = horodatage
sign-purpose-ocsp-signing = signature OCSP
sign-usage-extended-unreadable = son extension d’usage étendu de clé n’a pas pu être lue
sign-chain-wrong-key = la chaîne contient un certificat de ce nom, mais sa clé n’a pas signé celui-ci
sign-chain-issuer-missing = le certificat de l’émetteur n’est pas dans la chaîne ; ajoutez-le (ainsi que les éventuels intermédiaires) au fichier de chaîne
sign-warning-expires-soon = le certificat { $subject } expire le { $date } : les profils signés avec lui s’installeront ensuite comme non signés ; signez-les à nouveau avec un nouveau certificat

trust-label-verified = Vérifié (Verified)
trust-label-not-verified = Non vérifié (Not Verified)
trust-verified = Vérifié (Verified), chaîne jusqu’à { $root }
trust-not-verified = Non vérifié (Not Verified) : { $reason }
trust-no-certificate = aucun certificat
trust-self-signed = le certificat { $subject } est auto-signé ; les appareils ne lui font confiance que là où il a été installé comme racine de confiance
trust-private-root = la chaîne se termine par { $root }, une racine privée qui ne figure pas parmi les racines publiques connues ; les appareils ne lui font confiance que là où elle a été installée (par exemple par la gestion des appareils)
trust-unknown-issuer = la chaîne s’arrête à { $subject }, dont l’émetteur { $issuer } n’est ni dans la chaîne ni une racine publique connue
