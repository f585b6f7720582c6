# Sign profiles (the help desk's signing identity).

sign-profiles = Assinar perfis
sign-unsigned-hint = Perfis não assinados mostram “Não Assinado” (Not Signed) em vermelho no dispositivo. Com o seu certificado de assinatura, eles mostram quem os assinou
sign-files-pem = Certificado e chave
sign-field = { $file ->
    [certificate] Certificado de assinatura (PEM)
    [key] Chave privada (PEM)
    [chain] Certificados intermediários (PEM, opcional)
   *[pkcs12] Arquivo PKCS#12 (.p12, .pfx)
}
sign-choose = Escolher…
sign-choose-name = { $file ->
    [certificate] Escolher o certificado…
    [key] Escolher a chave privada…
    [chain] Escolher a cadeia…
   *[pkcs12] Escolher o arquivo PKCS#12…
}
sign-dialog-title = { $file ->
    [certificate] Escolha o certificado de assinatura
    [key] Escolha a chave privada
    [chain] Escolha os certificados intermediários
   *[pkcs12] Escolha o arquivo PKCS#12
}
sign-filter = { $file ->
    [key] Chaves privadas PEM
    [pkcs12] Arquivos PKCS#12
   *[other] Certificados PEM
}
sign-path-missing = { $file ->
    [certificate] Digite ou escolha o certificado
    [key] Digite ou escolha a chave privada
    [chain] Digite ou escolha a cadeia
   *[pkcs12] Digite ou escolha o arquivo PKCS#12
}
sign-path-not-whole = { $file ->
    [certificate] Digite o caminho completo do certificado, a partir da raiz
    [key] Digite o caminho completo da chave privada, a partir da raiz
    [chain] Digite o caminho completo da cadeia, a partir da raiz
   *[pkcs12] Digite o caminho completo do arquivo PKCS#12, a partir da raiz
}
sign-path-no-home = não há pasta pessoal para colocar no lugar de ~
sign-passphrase = Frase secreta
sign-passphrase-hint = Só se a chave ou o arquivo estiver criptografado
sign-check = Verificar
sign-check-hover = Carregue a identidade e veja o que os dispositivos vão mostrar
sign-checking = Verificando…
sign-signs-as = Assina como { $subject } ({ $key })
sign-devices-show = Os dispositivos vão mostrar o perfil como { $trust }
sign-passphrase-retry = Digite a frase secreta acima e escolha Verificar
sign-wait-not-checked = Assinar perfis está marcado: verifique primeiro a identidade de assinatura, ou desmarque a opção
sign-wait-checking = A identidade de assinatura está sendo verificada
sign-wait-refused = A identidade de assinatura foi recusada (veja Assinar perfis): corrija-a, ou desmarque Assinar perfis

sign-error-read = não foi possível ler { $path }: { $reason }
sign-error-no-certificate = { $path } não contém nenhum certificado (esperado PEM: { $marker })
sign-error-bad-certificate = { $path } contém um certificado que não pôde ser lido: { $detail }
sign-error-no-key = { $path } não contém nenhuma chave privada (esperado PEM: { $labels } ou { $last })
sign-error-encrypted-traditional = { $path } é uma chave PEM tradicional criptografada ({ $header }), que não é compatível; converta-a para PKCS#8 criptografado com: { $command }
sign-error-passphrase-needed = { $path } está criptografado e nenhuma frase secreta foi informada
sign-error-wrong-passphrase = não foi possível descriptografar { $path }: frase secreta incorreta, ou o arquivo está danificado
sign-error-unsupported-key = a chave em { $path } é { $what }; compatíveis: RSA de { $bits } bits ou mais, ECDSA P-256 ou P-384
sign-error-bad-key = não foi possível ler a chave privada em { $path }
sign-error-pkcs12 = não foi possível ler { $path } como PKCS#12: { $detail }
sign-error-pkcs12-incomplete = { $path } não contém nenhuma chave privada junto com o seu certificado
sign-error-key-mismatch = a chave privada não corresponde ao certificado { $subject }
sign-error-expired = o certificado { $subject } expirou em { $date }; os dispositivos tratam perfis assinados com ele como não assinados
sign-error-not-yet-valid = o certificado { $subject } só é válido a partir de { $date }
sign-error-no-signing-usage = o certificado { $subject } não permite assinar: { $reason }
sign-error-broken-chain = a cadeia não leva de { $subject } ao seu emissor { $issuer }: { $reason }
sign-key-curve = uma chave de curva elíptica na curva { $curve }
sign-key-other-curve = uma chave de curva elíptica numa curva diferente de P-256 e P-384 (ou uma chave danificada)
sign-key-algorithm = uma chave { $algorithm }
sign-key-rsa-bits = RSA de { $bits } bits
sign-usage-no-digital-signature = o seu uso de chave não inclui { $usage }
sign-usage-unreadable = não foi possível ler a sua extensão de uso de chave
sign-usage-extended-only = o seu uso estendido de chave permite só { $purposes }, não assinatura de código, proteção de e-mail nem TLS
sign-purpose-tls-server = servidor TLS
sign-purpose-tls-client = cliente TLS
sign-purpose-code-signing = assinatura de código
sign-purpose-email-protection = proteção de e-mail
sign-purpose-time-stamping = carimbo de tempo
sign-purpose-ocsp-signing = assinatura OCSP
sign-usage-extended-unreadable = não foi possível ler a sua extensão de uso estendido de chave
sign-chain-wrong-key = a cadeia tem um certificado com esse nome, mas a chave dele não assinou este
sign-chain-issuer-missing = o certificado do emissor não está na cadeia; adicione-o (e os intermediários que houver) ao arquivo da cadeia
sign-warning-expires-soon = o certificado { $subject } expira em { $date }: depois disso, perfis assinados com ele são instalados como não assinados; assine-os de novo com um certificado novo

trust-label-verified = Verificado (Verified)
trust-label-not-verified = Não Verificado (Not Verified)
trust-verified = Verificado (Verified), cadeia até { $root }
trust-not-verified = Não Verificado (Not Verified): { $reason }
trust-no-certificate = nenhum certificado
trust-self-signed = o certificado { $subject } é autoassinado; os dispositivos só confiam nele onde foi instalado como raiz confiável
trust-private-root = a cadeia termina em { $root }, uma raiz privada que não está entre as raízes públicas conhecidas; os dispositivos só confiam nela onde foi instalada (por exemplo, pelo gerenciamento de dispositivos)
trust-unknown-issuer = a cadeia termina em { $subject }, cujo emissor { $issuer } não está na cadeia nem é uma raiz pública conhecida
