# Sign profiles (the help desk's signing identity).

sign-profiles = Firmar perfiles
sign-unsigned-hint = Los perfiles sin firmar muestran «Sin firmar» (Not Signed) en rojo en el dispositivo. Con tu certificado de firma muestran quién los firmó
sign-files-pem = Certificado y clave
sign-field = { $file ->
    [certificate] Certificado de firma (PEM)
    [key] Clave privada (PEM)
    [chain] Certificados intermedios (PEM, opcional)
   *[pkcs12] Archivo PKCS#12 (.p12, .pfx)
}
sign-choose = Elegir…
sign-choose-name = { $file ->
    [certificate] Elegir el certificado…
    [key] Elegir la clave privada…
    [chain] Elegir la cadena…
   *[pkcs12] Elegir el archivo PKCS#12…
}
sign-dialog-title = { $file ->
    [certificate] Elige el certificado de firma
    [key] Elige la clave privada
    [chain] Elige los certificados intermedios
   *[pkcs12] Elige el archivo PKCS#12
}
sign-filter = { $file ->
    [key] Claves privadas PEM
    [pkcs12] Archivos PKCS#12
   *[other] Certificados PEM
}
sign-path-missing = { $file ->
    [certificate] Escribe o elige el certificado
    [key] Escribe o elige la clave privada
    [chain] Escribe o elige la cadena
   *[pkcs12] Escribe o elige el archivo PKCS#12
}
sign-path-not-whole = { $file ->
    [certificate] Escribe la ruta completa del certificado, empezando desde la raíz
    [key] Escribe la ruta completa de la clave privada, empezando desde la raíz
    [chain] Escribe la ruta completa de la cadena, empezando desde la raíz
   *[pkcs12] Escribe la ruta completa del archivo PKCS#12, empezando desde la raíz
}
sign-path-no-home = no hay carpeta de inicio que poner en lugar de ~
sign-passphrase = Frase de contraseña
sign-passphrase-hint = Solo si la clave o el archivo están cifrados
sign-check = Comprobar
sign-check-hover = Carga la identidad y mira lo que mostrarán los dispositivos
sign-checking = Comprobando…
sign-signs-as = Firma como { $subject } ({ $key })
sign-devices-show = Los dispositivos mostrarán el perfil como { $trust }
sign-passphrase-retry = Escribe la frase de contraseña arriba y elige Comprobar
sign-wait-not-checked = Firmar perfiles está marcado: comprueba primero la identidad de firma, o desmárcalo
sign-wait-checking = Se está comprobando la identidad de firma
sign-wait-refused = La identidad de firma se ha rechazado (consulta Firmar perfiles): corrígela, o desmarca Firmar perfiles

sign-error-read = no se pudo leer { $path }: { $reason }
sign-error-no-certificate = { $path } no contiene ningún certificado (se esperaba PEM: { $marker })
sign-error-bad-certificate = { $path } contiene un certificado que no se pudo leer: { $detail }
sign-error-no-key = { $path } no contiene ninguna clave privada (se esperaba PEM: { $labels } o { $last })
sign-error-encrypted-traditional = { $path } es una clave PEM tradicional cifrada ({ $header }), que no es compatible; conviértela a PKCS#8 cifrado con: { $command }
sign-error-passphrase-needed = { $path } está cifrado y no se ha dado ninguna frase de contraseña
sign-error-wrong-passphrase = no se pudo descifrar { $path }: frase de contraseña incorrecta, o el archivo está dañado
sign-error-unsupported-key = la clave de { $path } es { $what }; compatibles: RSA de { $bits } bits o más, ECDSA P-256 o P-384
sign-error-bad-key = no se pudo leer la clave privada de { $path }
sign-error-pkcs12 = no se pudo leer { $path } como PKCS#12: { $detail }
sign-error-pkcs12-incomplete = { $path } no contiene ninguna clave privada junto con su certificado
sign-error-key-mismatch = la clave privada no corresponde al certificado { $subject }
sign-error-expired = el certificado { $subject } caducó el { $date }; los dispositivos tratan como sin firmar los perfiles firmados con él
sign-error-not-yet-valid = el certificado { $subject } no es válido hasta el { $date }
sign-error-no-signing-usage = el certificado { $subject } no permite firmar: { $reason }
sign-error-broken-chain = la cadena no lleva de { $subject } a su emisor { $issuer }: { $reason }
sign-key-curve = una clave de curva elíptica sobre la curva { $curve }
sign-key-other-curve = una clave de curva elíptica sobre una curva distinta de P-256 y P-384 (o una clave dañada)
sign-key-algorithm = una clave { $algorithm }
sign-key-rsa-bits = RSA de { $bits } bits
sign-usage-no-digital-signature = su uso de clave no incluye { $usage }
sign-usage-unreadable = no se pudo leer su extensión de uso de clave
sign-usage-extended-only = su uso extendido de clave solo permite { $purposes }, no firma de código, protección de correo ni TLS
sign-purpose-tls-server = servidor TLS
sign-purpose-tls-client = cliente TLS
sign-purpose-code-signing = firma de código
sign-purpose-email-protection = protección de correo
sign-purpose-time-stamping = sellado de tiempo
sign-purpose-ocsp-signing = firma OCSP
sign-usage-extended-unreadable = no se pudo leer su extensión de uso extendido de clave
sign-chain-wrong-key = la cadena tiene un certificado con ese nombre, pero su clave no firmó este
sign-chain-issuer-missing = el certificado del emisor no está en la cadena; añádelo (junto con los intermedios que haya) al archivo de la cadena
sign-warning-expires-soon = el certificado { $subject } caduca el { $date }: a partir de entonces, los perfiles firmados con él se instalan como sin firmar; vuelve a firmarlos con un certificado nuevo

trust-label-verified = Verificado (Verified)
trust-label-not-verified = No verificado (Not Verified)
trust-verified = Verificado (Verified), cadena hasta { $root }
trust-not-verified = No verificado (Not Verified): { $reason }
trust-no-certificate = ningún certificado
trust-self-signed = el certificado { $subject } está autofirmado; los dispositivos solo confían en él donde se instaló como raíz de confianza
trust-private-root = la cadena termina en { $root }, una raíz privada que no está entre las raíces públicas conocidas; los dispositivos solo confían en ella donde se instaló (por ejemplo, mediante la gestión de dispositivos)
trust-unknown-issuer = la cadena termina en { $subject }, cuyo emisor { $issuer } no está en la cadena ni es una raíz pública conocida
