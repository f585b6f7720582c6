# The connection test step, its diagnoses and findings.

test-heading = Prueba de conexión
test-intro = El asistente inicia sesión en los servidores de correo de iCloud de todas las formas que documenta Apple, a la vez, y se queda con lo que funciona desde esta red. No se envía nada salvo que pidas un mensaje de prueba.
test-progress = Comprobando… { $done } de { $total } hechas
test-cancelled = La prueba se canceló. Repítela u omítela para continuar
test-not-run = Haz la prueba, u omítela si solo quieres los archivos de configuración
test-all-work = Recibir y enviar funcionan desde esta red
test-some-work = Solo funcionaron algunos inicios de sesión; las filas de abajo explican por qué
test-none-work = No funcionó ningún inicio de sesión; las filas de abajo explican por qué y qué hacer

# A check row's title. The name part is "jane" of "jane@icloud.com".
test-check-imap-name-part = IMAP { $port }, parte del nombre
test-check-imap-full-address = IMAP { $port }, dirección completa
# $security is SSL/TLS or STARTTLS.
test-check-smtp = SMTP { $port }, { $security }
test-row-waiting = En espera
test-row-checking = Comprobando…
test-row-cancelled = Cancelada

# Buttons.
test-cancel = Cancelar
test-run = Hacer la prueba
test-skip = Omitir la prueba
test-retry = Reintentar

test-send-message = Enviarme un mensaje de prueba
test-send-hint = Opcional: envía un mensaje a { $address } y lo elimina en cuanto llega
test-sending = Enviando un mensaje de prueba a { $address } y esperándolo…
# $removal: removed (deleted again), flagged (only marked as deleted), none (not found).
test-message-arrived = El mensaje de prueba se envió y llegó tras { $duration }{ $removal ->
        [removed] ; se volvió a eliminar
        [flagged] ; está marcado como eliminado
       *[none] { "" }
    }
test-message-sent = El mensaje de prueba se envió{ $removal ->
        [removed] ; se volvió a eliminar
        [flagged] ; está marcado como eliminado
       *[none] { "" }
    }
# $phase is one of the diagnosis-phase-* texts; $detail the error, in English.
test-message-failed = El mensaje de prueba no llegó ({ $phase }): { $detail }

# How long each part of a check took: "connect 12 ms · TLS 30 ms · greeting 5 ms · login 80 ms".
test-timing-connect = conexión { $duration }
test-timing-tls = TLS { $duration }
test-timing-greeting = saludo { $duration }
test-timing-login = inicio de sesión { $duration }
test-duration-under-ms = <1 ms
test-duration-ms = { $ms } ms
test-duration-s = { $seconds } s
# The decimal separator in "1.5 s".
test-decimal-separator = ,

## What each phase of a check is, after "during" or in parentheses.

diagnosis-phase-resolve = al buscar el nombre del servidor
diagnosis-phase-connect = al conectar
diagnosis-phase-tls = durante el protocolo de enlace TLS
diagnosis-phase-greeting = al esperar el saludo del servidor
diagnosis-phase-starttls = al pasar a TLS (STARTTLS)
diagnosis-phase-auth = al iniciar sesión
diagnosis-phase-logout = al cerrar sesión

## Diagnoses: what happened and what to do next. $host is server:port, $server a server name,
## $protocol IMAP or SMTP, $security SSL/TLS or STARTTLS, $detail the system's text in English.

diagnosis-ok = El inicio de sesión { $protocol } funciona como { $username } en { $host }
diagnosis-dns = No se encontró el nombre de servidor { $server }. Comprueba tu conexión a internet; una red que solo deja navegar tras una página de acceso también lo provoca.
diagnosis-refused = La conexión con { $host } fue rechazada o la red no está accesible. Puede que un cortafuegos o tu proveedor bloqueen este puerto. Prueba otra red para distinguir los dos casos.
diagnosis-refused-587 = La conexión con { $host } fue rechazada o la red no está accesible. Puede que un cortafuegos o tu proveedor bloqueen este puerto. Muchas redes bloquean el 587: usa el puerto 465 con SSL/TLS.
diagnosis-timeout-resolve = Buscar { $server } tardó demasiado: el servicio de nombres (DNS) de la red no responde. Comprueba tu conexión o prueba otra red.
diagnosis-timeout-connect = Se agotó el tiempo al conectar con { $host } ({ $phase }: { $detail }). Seguramente un cortafuegos o tu red bloquean el puerto. Prueba otra red para distinguir los dos casos.
diagnosis-timeout-connect-587 = Se agotó el tiempo al conectar con { $host } ({ $phase }: { $detail }). Seguramente un cortafuegos o tu red bloquean el puerto. Muchas redes bloquean el 587: usa el puerto 465 con SSL/TLS.
diagnosis-timeout-greeting = { $host } aceptó la conexión pero no saludó a tiempo. Si este puerto espera TLS desde el principio (465 o 993), elige SSL/TLS en lugar de STARTTLS.
diagnosis-timeout = { $host } dejó de responder { $phase }. El servidor o la red van demasiado lentos o retienen la conexión; inténtalo más tarde o en otra red.
diagnosis-cert-untrusted = El certificado de seguridad de { $host } no está firmado por ninguna autoridad en la que confíe este ordenador (puede ser autofirmado, o un dispositivo de la red está interceptando la conexión). No introduzcas tu contraseña en esta red hasta resolverlo; los servidores reales de iCloud presentan certificados válidos. Detalles: { $detail }.
diagnosis-cert-wrong-host = El certificado de seguridad de { $host } pertenece a otro nombre de servidor. No introduzcas tu contraseña en esta red hasta resolverlo; los servidores reales de iCloud presentan certificados válidos. Detalles: { $detail }.
diagnosis-cert-expired = El certificado de seguridad de { $host } ha caducado o aún no es válido (comprueba que la fecha y la hora de este ordenador son correctas). No introduzcas tu contraseña en esta red hasta resolverlo; los servidores reales de iCloud presentan certificados válidos. Detalles: { $detail }.
diagnosis-cert-refused = Se rechazó el certificado de seguridad de { $host }. No introduzcas tu contraseña en esta red hasta resolverlo; los servidores reales de iCloud presentan certificados válidos. Detalles: { $detail }.
diagnosis-tls-not-tls = { $host } no respondió con TLS. Si es un puerto STARTTLS (587 para SMTP), elige STARTTLS en lugar de SSL/TLS; para SSL/TLS usa el puerto 465 (SMTP) o 993 (IMAP).
diagnosis-tls-failed = No se pudo establecer la conexión cifrada con { $host }. Puede que algo en la red esté interfiriendo con el cifrado.
diagnosis-no-starttls = { $host } no ofrece STARTTLS, así que la contraseña no se puede enviar de forma segura. iCloud siempre lo ofrece: algo en tu red (un antivirus o un cortafuegos que analiza el correo) lo está quitando. Prueba el puerto 465 con SSL/TLS.
diagnosis-protocol = { $host } respondió algo que no es el { $protocol } esperado. Comprueba el nombre del servidor y el puerto; puede que un proxy o un portal cautivo responda en lugar de iCloud.
diagnosis-closed = { $host } cerró la conexión { $phase }. El servidor o algo en la red la cortó; inténtalo de nuevo y comprueba que el puerto y la seguridad ({ $security }) son correctos.
diagnosis-cancelled = La comprobación se canceló.
# $text is the server's own reply.
diagnosis-server-said = El servidor dijo: "{ $text }"
# $page is Apple's account page (account.apple.com/account/manage); then Apple's labels on it.
diagnosis-auth = El servidor rechazó el inicio de sesión como { $username }. iCloud solo acepta aquí una contraseña específica de app, nunca la contraseña de tu cuenta de Apple: crea una en { $page } > “Inicio de sesión y seguridad” > “Contraseñas específicas de app” (App-Specific Passwords) > Generar (Generate) y pégala.
# $reason is one of the password-shape-* texts.
diagnosis-auth-shape = La contraseña que introdujiste no tiene el formato de una contraseña específica de app: { $reason }.
diagnosis-auth-full-address = Algunas cuentas necesitan la dirección completa como nombre de usuario IMAP; eso también se comprueba.
diagnosis-auth-changed = Si cambiaste hace poco la contraseña de tu cuenta de Apple, las contraseñas específicas de app anteriores dejaron de funcionar.

## What the exported files are based on. $found lists the findings, e.g.
## "IMAP username jane (name part of the address), SMTP port 465 with SSL/TLS".

basis-imap-name-part = nombre de usuario IMAP { $username } (parte del nombre de la dirección)
basis-imap-full-address = nombre de usuario IMAP { $username } (dirección completa)
basis-smtp = puerto SMTP { $port } con { $security }
basis-tested = Los archivos usan lo que funcionó en la prueba: { $found }
basis-partly-tested = Los archivos usan lo que encontró la prueba ({ $found }) y la configuración documentada de iCloud para el resto
basis-failed-test = Los archivos usan la configuración documentada de iCloud, que es la correcta para iCloud: cuando se resuelva el problema, funcionarán
basis-untested = Se omitió la prueba, así que los archivos usan la configuración documentada de iCloud

## Why Next is disabled, shown beside it. $reason is an error, in lower case.

blocker-no-address = Escribe tu dirección de correo para continuar
blocker-bad-address = La dirección aún no es válida: { $reason }
blocker-domain-checking = Comprobando adónde va el correo de { $domain }…
blocker-domain-not-confirmed = El correo de { $domain } no está en iCloud: cambia o confirma la dirección
blocker-provider-address = Las direcciones de { $domain } son de { $provider }: escribe tu dirección @icloud.com
blocker-no-login = Escribe tu dirección principal de iCloud para continuar
blocker-bad-login = La dirección principal de iCloud aún no es válida: { $reason }
blocker-no-password = Pega tu contraseña específica de app para continuar
blocker-bad-password = Revisa la contraseña: { $reason }
blocker-checks-not-run = Haz la prueba de conexión, u omítela, para continuar
blocker-checks-running = Espera a que terminen las comprobaciones, o cancélalas
blocker-checks-cancelled = Las comprobaciones se cancelaron: repítelas u omítelas
blocker-last-step = Este es el último paso

## The test message sent to the person's own address (deleted again once it arrives).

test-email-subject = Mensaje de prueba del asistente de iCloud Mail
test-email-body = Este mensaje lo envió el asistente de iCloud Mail para comprobar que enviar y recibir funcionan. El asistente lo elimina en cuanto llega.
# After "The test message did not make it (logging in):".
test-detail-not-arrived = el mensaje de prueba no llegó a la bandeja de entrada (INBOX) en { $seconds } s
