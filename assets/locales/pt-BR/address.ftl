# Welcome and Address steps, and what a domain's DNS says.

## Why a typed address is not valid. Shown under the field (with a capital first letter) and
## after "The address is not valid yet:", so each starts in lower case where the language allows.

address-error-empty = o endereço está vazio
address-error-space = o endereço contém um espaço; endereços não têm espaços
address-error-control-character = o endereço contém um caractere de controle invisível
address-error-missing-at = o endereço não tem @; ele deve ser como nome@icloud.com
# $count is 2 or more.
address-error-multiple-at = o endereço tem { $count ->
    [one] { $count } sinal @
   *[other] { $count } sinais @
  }; ele deve ter exatamente um
address-error-empty-local-part = não há nada antes do @; o endereço deve ser como nome@icloud.com
address-error-local-part-too-long = a parte antes do @ tem { $len } caracteres; são permitidos no máximo { $max }
# $found is the character, in quotes: '"'
address-error-local-part-character = a parte antes do @ contém { $found }, que não pode aparecer em endereços de e-mail
address-error-local-part-dots = a parte antes do @ tem um ponto fora do lugar (no início, no fim ou dois seguidos)
address-error-empty-domain = não há nada depois do @; adicione o domínio, por exemplo icloud.com
# $quoted is the domain in quotes ("icloud"), $domain the same without them.
address-error-domain-without-dot = o domínio { $quoted } não tem ponto; você quis dizer { $domain }.com?
address-error-domain-too-long = o domínio tem { $len } caracteres; são permitidos no máximo { $max }
# $label is one part of the domain, in quotes ("icl_oud"); $reason one of the address-label- texts below.
address-error-bad-domain-label = a parte { $label } do domínio não é válida: { $reason }
# punycode: the ASCII form of a domain with accented letters (xn--exmple-cua.com).
address-error-non-ascii-domain = o domínio contém letras fora do ASCII; digite a forma xn-- (punycode) dele, que o registrador do seu domínio mostra
address-error-too-long = o endereço tem { $len } caracteres; são permitidos no máximo { $max }

## What is wrong with one part of a domain: the end of address-error-bad-domain-label.

address-label-empty = ela está vazia (dois pontos seguidos, ou um ponto no início)
address-label-too-long = ela tem mais de { $max } caracteres
address-label-characters = só são permitidos letras, números e hifens
address-label-hyphen = ela não pode começar nem terminar com hífen
address-label-numeric-ending = a última parte de um domínio não pode ser um número

## Why the typed fields do not make an account.

# $reason is one of the address-error- texts.
address-input-email = endereço de e-mail: { $reason }
address-input-login = endereço de login: { $reason }
address-settings-provider-address = { $email } é um endereço do { $provider } ({ $domain }), nunca um endereço do iCloud Mail; informe seu endereço que termina em @icloud.com, @me.com ou @mac.com
address-settings-missing-primary-login = { $email } está em um domínio personalizado ({ $domain }); o iCloud Mail inicia a sessão com seu endereço principal do iCloud (o que termina em @icloud.com, @me.com ou @mac.com), então informe também esse endereço como login
address-settings-login-not-icloud = o login { $login } não é um endereço do iCloud; ele precisa terminar em @icloud.com, @me.com ou @mac.com
# $field is "name" (the sender name) or "organization".
address-settings-label-too-long = { $field ->
    [name] o nome
   *[organization] a organização
  } tem { $chars } caracteres; são permitidos no máximo { $max }
address-settings-label-control-character = { $field ->
    [name] o nome
   *[organization] a organização
  } contém um caractere de controle invisível ou uma marca de direção de texto; remova-o e tente novamente

## Where a domain's mail goes, as its MX records (the DNS records naming its mail servers) tell.
## $domain is the domain of the typed address (example.com).

domain-own = { $domain } é um dos domínios do próprio iCloud
domain-custom = { $domain } é um domínio personalizado do iCloud+: os e-mails dele vão para o iCloud
domain-custom-mixed = { $domain } é um domínio personalizado do iCloud+, mas alguns dos servidores de e-mail dele não são do iCloud
# $provider is a company name (Google, Microsoft 365, ...).
domain-provider-mailbox = Os e-mails para { $domain } vão para { $provider }, não para o iCloud
# $provider is a spam-filtering company (Proofpoint, Mimecast, ...) that passes mail on.
domain-provider-filter = Os e-mails para { $domain } passam por { $provider }, um serviço de filtragem, e não vão para o iCloud
# $host is a mail server's host name (mail.example.org).
domain-provider-other = Os e-mails para { $domain } vão para outro provedor ({ $host }), não para o iCloud
domain-provider-address = Endereços do { $domain } são do { $provider }, nunca do iCloud Mail
domain-no-such-domain = { $domain } não existe: nenhum e-mail pode chegar a ele
domain-no-mail = { $domain } não tem servidores de e-mail (nenhum registro MX): os e-mails dele não vão para o iCloud
domain-unchecked-timed-out = Não foi possível verificar { $domain }: a consulta demorou demais
domain-unchecked = Não foi possível verificar { $domain }

## Paragraphs under that headline.

domain-custom-login = Apps de e-mail iniciam a sessão em um domínio personalizado com seu endereço principal do iCloud Mail (o @icloud.com), não com este endereço. Digite-o abaixo.
# $hosts is a list of mail servers' host names. "icloud-mail-wizard domain check" is a command: do not translate it.
domain-custom-elsewhere = Os e-mails enviados para { $hosts } não chegam ao iCloud. Quem administra { $domain } pode verificar os registros com: icloud-mail-wizard domain check { $domain }
domain-other-not-received = O iCloud não recebe e-mails para { $domain }, então os servidores do iCloud não podem mostrá-los.
# "Settings > [your name] > iCloud > iCloud Mail" is the path in the iPhone's Settings app: use the labels iOS shows in your language.
domain-apple-account-elsewhere = Uma Conta Apple criada com outro endereço (Gmail, Outlook ou qualquer outro) não torna esse endereço um endereço do iCloud Mail. Seu endereço do iCloud Mail é o @icloud.com criado quando o iCloud Mail foi ativado. Para encontrá-lo em um iPhone: Ajustes > [seu nome] > iCloud > Mail do iCloud (Settings > [your name] > iCloud > iCloud Mail).
# "iCloud+ custom email domain" is Apple's name for the feature (Custom Email Domain).
domain-other-moving = Se { $domain } está sendo transferido para o iCloud agora (iCloud+ com um domínio de e-mail personalizado), você pode continuar.
domain-check-spelling = Verifique a grafia do endereço.
domain-no-mail-setting-up = Se { $domain } está sendo configurado para o iCloud+ agora, talvez os registros MX dele ainda não tenham sido publicados; você pode continuar.
# $reason is a technical error message, in English.
domain-unchecked-details = Não se sabe se o iCloud recebe e-mails para { $domain } ({ $reason }). Você pode continuar.

## Check boxes that let the person go on with an address whose mail is not at iCloud.

domain-confirm-moving = Este endereço está no iCloud mesmo assim (o domínio está sendo transferido para o iCloud)
domain-confirm-setting-up = Usar este endereço mesmo assim (o domínio está sendo configurado)

## Shown first when the connection test fails for an address on such a domain.
## $headline is one of the domain- sentences above (it has no final full stop).

# $explanation is domain-apple-account-elsewhere.
domain-login-hint-elsewhere = { $headline }. { $explanation }
# $suggested is one of iCloud's domains (icloud.com) that the typed domain looks like a typo of.
domain-login-hint-typo = { $headline }. Você quis dizer um endereço @{ $suggested }?
domain-login-hint = { $headline }.

## A typo of iCloud's domains.

# $address is the typed address with the domain corrected (jane@icloud.com).
domain-did-you-mean = Você quis dizer { $address }?

## Step 1: Welcome.

welcome-heading = Configure o iCloud Mail no seu app de e-mail
welcome-intro = Este assistente faz o iCloud Mail funcionar no Thunderbird, no Outlook, no app Mail de um iPhone ou iPad, ou em qualquer outro app de e-mail. Ele verifica seu endereço e sua senha nos servidores de e-mail do iCloud, encontra a configuração que funciona nesta rede e salva arquivos de configuração prontos para usar.
# A heading above a list of three things.
welcome-you-need = Você vai precisar de
# "iCloud+ Custom Email Domain" is Apple's name for the feature.
welcome-need-address = Seu endereço do iCloud Mail (ou o endereço do seu próprio domínio, se você usa o iCloud+ com um domínio de e-mail personalizado)
welcome-need-apple-account = Sua Conta Apple, com a autenticação de dois fatores ativada, para criar uma senha específica de app
welcome-need-time = Cerca de cinco minutos
welcome-password-stays = Sua senha fica neste computador. Ela só é enviada aos servidores de e-mail do iCloud, e ao chaveiro do sistema se você pedir ao assistente para lembrá-la.
# "Next" is the button at the bottom of the window (the "next" message); Enter is the key.
welcome-press-next = Pressione Avançar (ou Enter) para começar

## Step 2: the address.

address-heading = Seu endereço de e-mail
address-intro = O endereço com que você envia e recebe e-mails do iCloud Mail.
address-email-label = Endereço de e-mail
# The example inside the empty address fields; "name" is the word the address-error- texts use (name@icloud.com).
address-email-placeholder = nome@icloud.com
# Under the empty field. Keep jane.doe@icloud.com; "yourdomain.com" may become a domain that reads naturally in your language.
address-email-example = Por exemplo jane.doe@icloud.com, ou jane@seudominio.com.br
# $domain is icloud.com, me.com or mac.com.
address-icloud-own = Um endereço do iCloud, no domínio da própria Apple { $domain }
# While the DNS is asked about the domain.
address-checking-domain = Verificando para onde vão os e-mails de { $domain }…
# The button that puts the corrected address (jane@icloud.com) in the field.
address-use-suggestion = Usar { $address }
address-login-label = Endereço principal do iCloud
address-login-hint = O iCloud inicia a sessão com seu endereço principal do iCloud (que termina em @icloud.com, @me.com ou @mac.com), nunca com um endereço do seu próprio domínio
# $login is the primary iCloud address.
address-signs-in-as = Inicia a sessão como { $login }
address-name-label = Seu nome (opcional)
address-name-hint = Aparece para as pessoas para quem você escreve
# The example inside the empty name field: a common placeholder name in your language.
address-name-placeholder = Maria Silva
