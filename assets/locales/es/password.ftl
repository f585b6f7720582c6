# The app-specific password step and the keychain.

password-heading = Tu contraseña específica de app
password-intro = Las apps de correo que no son de Apple inician sesión en iCloud con una contraseña específica de app: una contraseña creada para una sola app, que puedes revocar en cualquier momento. La contraseña de tu cuenta de Apple no funciona aquí.
password-make-heading = Para crear una
# $site is Apple's account site, e.g. account.apple.com.
password-make-sign-in = Inicia sesión en { $site } con tu cuenta de Apple
# Apple's own labels on account.apple.com in this language: the section, then the item.
password-make-open = Abre “Inicio de sesión y seguridad” > “Contraseñas específicas de app” (App-Specific Passwords)
# "Generate" and "+" are what Apple's page shows.
password-make-generate = Elige Generar (Generate) o +, ponle el nombre de tu app de correo y copia la contraseña que aparece
# A button that opens Apple's account site in the browser.
password-open-site = Abrir { $site }
password-field = Contraseña específica de app
password-show = Mostrar
password-hide = Ocultar
password-toggle-hint = Mostrar u ocultar la contraseña
password-shape-ok = El formato es correcto: cuatro grupos de cuatro letras
password-paste-hint = Pégala tal como la muestra Apple; los espacios y las mayúsculas no importan

## Why a typed password is not an app-specific one. Each starts in lower case: the wizard puts it
## after a colon or makes its first letter a capital.

password-shape-empty = no se ha introducido ninguna contraseña
password-shape-digits = contiene números, pero las contraseñas específicas de app solo tienen letras: parece la contraseña de tu cuenta de Apple
password-shape-other = contiene caracteres que no son letras ni guiones: parece la contraseña de tu cuenta de Apple
password-shape-length = tiene { $letters } letras, pero una contraseña específica de app tiene exactamente { $expected }
password-shape-grouping = las letras deben ir en { $groups } grupos de { $group_len }, separados por guiones

## The system keychain. $location is one of the keychain-location-* texts; $login an address.

keychain-saved-for = Hay una contraseña para { $login } guardada en { $location }
keychain-use-saved = Usar la contraseña guardada
keychain-forget = Olvidarla
keychain-remember = Recordar en el llavero del sistema
keychain-looking = Buscando un llavero del sistema…
keychain-remember-hint = Se guarda en { $location } al pulsar Siguiente, para que el asistente pueda ofrecerla la próxima vez
keychain-saved-notice = Tu contraseña específica de app está guardada en { $location } para { $login }
keychain-removed-notice = La contraseña guardada para { $login } ya no está en { $location }

# They follow "en".
keychain-location-macos = el llavero de macOS
keychain-location-windows = el Administrador de credenciales de Windows
keychain-location-secret-service = el llavero de Secret Service
keychain-location-memory = la memoria (hasta que se cierre el programa)

## Keychain failures, in lower case (made a sentence by the wizard). $detail is the system's own
## text, in English; $reason one of the reasons below; $consequence one of the consequences.

keychain-unavailable = { $reason }; { $consequence }
keychain-failed-probe = el llavero del sistema no pudo buscar la contraseña: { $detail }; { $consequence }
keychain-failed-save = el llavero del sistema no pudo guardar la contraseña: { $detail }; { $consequence }
keychain-failed-load = el llavero del sistema no pudo leer la contraseña: { $detail }; { $consequence }
keychain-failed-forget = el llavero del sistema no pudo eliminar la contraseña: { $detail }; { $consequence }
keychain-no-session-bus = no hay ningún llavero del sistema disponible aquí (no hay ningún bus de sesión D-Bus en marcha, como en un equipo sin pantalla o por SSH: { $detail })
keychain-no-secret-service = no hay ningún llavero del sistema disponible aquí (nada en el bus de sesión D-Bus ofrece el Secret Service, como GNOME Keyring o KWallet: { $detail })
keychain-locked = el llavero del sistema está bloqueado (o no tiene colección predeterminada) y no se abrió ({ $detail })
keychain-no-answer = el llavero del sistema no respondió en { $seconds } segundos (puede que esté esperando una solicitud de desbloqueo)
keychain-not-working = el llavero del sistema no funciona ({ $detail })
keychain-consequence-probe = aquí no se pueden recordar contraseñas, así que el asistente las pedirá cada vez
keychain-consequence-save = la contraseña no se guardó, y el asistente la volverá a pedir la próxima vez
keychain-consequence-load = no se pudo leer ninguna contraseña guardada, así que hay que introducirla de nuevo
keychain-consequence-forget = no se eliminó nada

## What went wrong with one saved entry, after a colon. $what is the keyring's own name for an
## attribute, in English; $why and $error the system's text, in English.

keychain-detail-nothing-saved = no hay nada guardado para esta cuenta
keychain-detail-not-text = el valor guardado no es texto
keychain-detail-bad-format = el valor guardado no tiene el formato esperado
keychain-detail-ambiguous = { $count } entradas coinciden con esta cuenta; elimina las que sobran en el gestor del llavero
keychain-detail-too-long = el atributo “{ $what }” es más largo de lo que permite el llavero ({ $limit } caracteres)
keychain-detail-invalid = el atributo “{ $what }” no es válido: { $why }
keychain-detail-no-thread = no se pudo iniciar un hilo para ello: { $error }
keychain-detail-stopped = la biblioteca del llavero se detuvo de forma inesperada
