# Welcome and Address steps, and what a domain's DNS says.

## Why a typed address is not valid. Shown under the field (with a capital first letter) and
## after "The address is not valid yet:", so each starts in lower case where the language allows.

address-error-empty = la dirección está vacía
address-error-space = la dirección contiene un espacio; las direcciones no llevan espacios
address-error-control-character = la dirección contiene un carácter de control invisible
address-error-missing-at = a la dirección le falta la @; debería ser como nombre@icloud.com
# $count is 2 or more.
address-error-multiple-at = la dirección tiene { $count ->
    [one] { $count } signo @
   *[other] { $count } signos @
  }; debe tener exactamente uno
address-error-empty-local-part = no hay nada antes de la @; debería ser como nombre@icloud.com
address-error-local-part-too-long = la parte anterior a la @ tiene { $len } caracteres; se permiten como máximo { $max }
# $found is the character, in quotes: '"'
address-error-local-part-character = la parte anterior a la @ contiene { $found }, que no puede aparecer en una dirección de correo
address-error-local-part-dots = la parte anterior a la @ tiene un punto mal colocado (al principio, al final o dos seguidos)
address-error-empty-domain = no hay nada después de la @; añade el dominio, por ejemplo icloud.com
# $quoted is the domain in quotes ("icloud"), $domain the same without them.
address-error-domain-without-dot = el dominio { $quoted } no tiene punto; ¿querías decir { $domain }.com?
address-error-domain-too-long = el dominio tiene { $len } caracteres; se permiten como máximo { $max }
# $label is one part of the domain, in quotes ("icl_oud"); $reason one of the address-label- texts below.
address-error-bad-domain-label = la parte { $label } del dominio no es válida: { $reason }
# punycode: the ASCII form of a domain with accented letters (xn--exmple-cua.com).
address-error-non-ascii-domain = el dominio contiene letras que no son ASCII; escribe su forma xn-- (punycode), que te muestra tu registrador de dominios
address-error-too-long = la dirección tiene { $len } caracteres; se permiten como máximo { $max }

## What is wrong with one part of a domain: the end of address-error-bad-domain-label.

address-label-empty = está vacía (dos puntos seguidos o un punto al principio)
address-label-too-long = tiene más de { $max } caracteres
address-label-characters = solo se permiten letras, números y guiones
address-label-hyphen = no puede empezar ni terminar con un guion
address-label-numeric-ending = la última parte de un dominio no puede ser un número

## Why the typed fields do not make an account.

# $reason is one of the address-error- texts.
address-input-email = dirección de correo: { $reason }
address-input-login = dirección de inicio de sesión: { $reason }
address-settings-provider-address = { $email } es una dirección de { $provider } ({ $domain }), nunca una dirección de iCloud Mail; indica tu dirección que termina en @icloud.com, @me.com o @mac.com
address-settings-missing-primary-login = { $email } está en un dominio personalizado ({ $domain }); iCloud Mail inicia sesión con tu dirección principal de iCloud (la que termina en @icloud.com, @me.com o @mac.com), así que indica también esa dirección para iniciar sesión
address-settings-login-not-icloud = la dirección de inicio de sesión { $login } no es de iCloud; debe terminar en @icloud.com, @me.com o @mac.com
# $field is "name" (the sender name) or "organization".
address-settings-label-too-long = { $field ->
    [name] el nombre
   *[organization] la organización
  } tiene { $chars } caracteres; se permiten como máximo { $max }
address-settings-label-control-character = { $field ->
    [name] el nombre
   *[organization] la organización
  } contiene un carácter de control invisible o una marca de dirección del texto; elimínalo y vuelve a intentarlo

## Where a domain's mail goes, as its MX records (the DNS records naming its mail servers) tell.
## $domain is the domain of the typed address (example.com).

domain-own = { $domain } es uno de los dominios propios de iCloud
domain-custom = { $domain } es un dominio personalizado de iCloud+: su correo llega a iCloud
domain-custom-mixed = { $domain } es un dominio personalizado de iCloud+, pero algunos de sus servidores de correo no son de iCloud
# $provider is a company name (Google, Microsoft 365, ...).
domain-provider-mailbox = El correo para { $domain } va a { $provider }, no a iCloud
# $provider is a spam-filtering company (Proofpoint, Mimecast, ...) that passes mail on.
domain-provider-filter = El correo para { $domain } pasa por { $provider }, un servicio de filtrado, y no va a iCloud
# $host is a mail server's host name (mail.example.org).
domain-provider-other = El correo para { $domain } va a otro proveedor ({ $host }), no a iCloud
domain-provider-address = Las direcciones de { $domain } son de { $provider }, nunca de iCloud Mail
domain-no-such-domain = { $domain } no existe: ningún correo puede llegar a él
domain-no-mail = { $domain } no tiene servidores de correo (ningún registro MX): su correo no va a iCloud
domain-unchecked-timed-out = No se ha podido comprobar { $domain }: la consulta ha tardado demasiado
domain-unchecked = No se ha podido comprobar { $domain }

## Paragraphs under that headline.

domain-custom-login = Las apps de correo inician sesión en un dominio personalizado con tu dirección principal de iCloud Mail (la de @icloud.com), no con esta dirección. Escríbela abajo.
# $hosts is a list of mail servers' host names. "icloud-mail-wizard domain check" is a command: do not translate it.
domain-custom-elsewhere = El correo enviado a { $hosts } no llega a iCloud. Quien administre { $domain } puede comprobar sus registros con: icloud-mail-wizard domain check { $domain }
domain-other-not-received = iCloud no recibe el correo de { $domain }, así que los servidores de iCloud no pueden mostrarlo.
# "Settings > [your name] > iCloud > iCloud Mail" is the path in the iPhone's Settings app: use the labels iOS shows in your language.
domain-apple-account-elsewhere = Una cuenta de Apple creada con otra dirección (Gmail, Outlook o cualquier otra) no convierte esa dirección en una dirección de iCloud Mail. Tu dirección de iCloud Mail es la de @icloud.com que se creó al activar iCloud Mail. Para encontrarla en un iPhone: Ajustes > [tu nombre] > iCloud > Correo de iCloud (Settings > [your name] > iCloud > iCloud Mail).
# "iCloud+ custom email domain" is Apple's name for the feature (Custom Email Domain).
domain-other-moving = Si { $domain } se está pasando a iCloud ahora mismo (iCloud+ con un dominio de correo personalizado), puedes continuar.
domain-check-spelling = Comprueba cómo está escrita la dirección.
domain-no-mail-setting-up = Si { $domain } se está configurando para iCloud+ ahora mismo, puede que sus registros MX aún no estén publicados; puedes continuar.
# $reason is a technical error message, in English.
domain-unchecked-details = No se sabe si iCloud recibe el correo de { $domain } ({ $reason }). Puedes continuar.

## Check boxes that let the person go on with an address whose mail is not at iCloud.

domain-confirm-moving = Esta dirección está en iCloud de todos modos (el dominio se está pasando a iCloud)
domain-confirm-setting-up = Usar esta dirección de todos modos (el dominio se está configurando)

## Shown first when the connection test fails for an address on such a domain.
## $headline is one of the domain- sentences above (it has no final full stop).

# $explanation is domain-apple-account-elsewhere.
domain-login-hint-elsewhere = { $headline }. { $explanation }
# $suggested is one of iCloud's domains (icloud.com) that the typed domain looks like a typo of.
domain-login-hint-typo = { $headline }. ¿Querías decir una dirección @{ $suggested }?
domain-login-hint = { $headline }.

## A typo of iCloud's domains.

# $address is the typed address with the domain corrected (jane@icloud.com).
domain-did-you-mean = ¿Querías decir { $address }?

## Step 1: Welcome.

welcome-heading = Configura iCloud Mail en tu app de correo
welcome-intro = Este asistente hace que iCloud Mail funcione en Thunderbird, Outlook, la app Mail de un iPhone o iPad, o cualquier otra app de correo. Comprueba tu dirección y tu contraseña con los servidores de correo de iCloud, encuentra la configuración que funciona desde esta red y guarda archivos de configuración listos para usar.
# A heading above a list of three things.
welcome-you-need = Necesitas
# "iCloud+ Custom Email Domain" is Apple's name for the feature.
welcome-need-address = Tu dirección de iCloud Mail (o la dirección de tu propio dominio, si usas iCloud+ con un dominio de correo personalizado)
welcome-need-apple-account = Tu cuenta de Apple, con la autenticación de doble factor activada, para crear una contraseña específica de app
welcome-need-time = Unos cinco minutos
welcome-password-stays = Tu contraseña se queda en este ordenador. Solo se envía a los servidores de correo de iCloud, y al llavero del sistema si le pides al asistente que la recuerde.
# "Next" is the button at the bottom of the window (the "next" message); Enter is the key.
welcome-press-next = Pulsa Siguiente (o Intro) para empezar

## Step 2: the address.

address-heading = Tu dirección de correo
address-intro = La dirección con la que envías y recibes correo de iCloud Mail.
address-email-label = Dirección de correo
# The example inside the empty address fields; "name" is the word the address-error- texts use (name@icloud.com).
address-email-placeholder = nombre@icloud.com
# Under the empty field. Keep jane.doe@icloud.com; "yourdomain.com" may become a domain that reads naturally in your language.
address-email-example = Por ejemplo jane.doe@icloud.com, o jane@tudominio.es
# $domain is icloud.com, me.com or mac.com.
address-icloud-own = Una dirección de iCloud, en el dominio propio de Apple { $domain }
# While the DNS is asked about the domain.
address-checking-domain = Comprobando adónde va el correo para { $domain }…
# The button that puts the corrected address (jane@icloud.com) in the field.
address-use-suggestion = Usar { $address }
address-login-label = Dirección principal de iCloud
address-login-hint = iCloud inicia sesión con tu dirección principal de iCloud (terminada en @icloud.com, @me.com o @mac.com), nunca con una dirección de tu propio dominio
# $login is the primary iCloud address.
address-signs-in-as = Inicia sesión como { $login }
address-name-label = Tu nombre (opcional)
address-name-hint = Lo ven las personas a las que escribes
# The example inside the empty name field: a common placeholder name in your language.
address-name-placeholder = María García
