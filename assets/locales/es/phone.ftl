# Thunderbird for Android's QR code, the Apple profile's display texts and the pages served to a phone.

## The Apple configuration profile: what the iPhone, iPad or Mac shows about it in Settings.

# The mail account's description in the profile; usually left as it is.
profile-account-description = iCloud Mail ({ $email })
# The mail payload's description, shown when the profile's details are opened.
profile-mail-payload-description = Configura la cuenta de iCloud Mail (IMAP y SMTP)
# The profile's description when the app-specific password is inside it.
profile-description-with-password = Configuración de iCloud Mail para { $email } (incluye la contraseña específica de app: no compartas este archivo)
# The profile's description without a password. "Mail" is Apple's Mail app, which keeps its name in every language.
profile-description-without-password = Configuración de iCloud Mail para { $email } (sin contraseña; Mail te pide la contraseña específica de app)
# The profile's name in Settings.
profile-display-name = iCloud Mail: { $email }

## Thunderbird for Android's QR code.

# Shown before the password goes into the QR code on screen.
android-password-warning = El código QR contendrá tu contraseña específica de app: cualquiera que pueda verlo o fotografiarlo podrá leer tu contraseña y usar tu correo. Muéstralo solo a tu propio teléfono, y no lo imprimas ni lo guardes.

# Shown when the QR code cannot be made; $reason names the value (in English).
android-qr-rejected = Thunderbird para Android rechazaría este código QR: { $reason }
android-qr-json = no se pudo escribir el JSON del código QR: { $reason }

## The pages the phone's browser gets when it opens the link to the profile.

# The title of the page for browsers that cannot install a profile (Firefox, DuckDuckGo, Android).
serve-safari-title = Abre este enlace en Safari
serve-safari-text = Este navegador solo puede descargar la configuración de correo, no instalarla. Copia la dirección de esta página y ábrela en Safari (en un iPhone o iPad) para instalar el perfil. El enlace sigue funcionando.
# An error page: the link's address is wrong.
serve-not-found = No encontrado
# An error page: the profile was already downloaded through this link.
serve-link-used = Este enlace ya se ha usado; crea uno nuevo en el asistente
# An error page, for requests other than GET and HEAD.
serve-method-not-allowed = Método no permitido

## What the server reports about the phones that asked ($client is an address and the browser's name).

serve-client-without-user-agent = un cliente sin user-agent
serve-event-wrong-browser = { $client } no puede instalar perfiles; se le pidió que abriera el enlace en Safari
serve-event-served = descargado por { $client }
serve-event-expired = nadie descargó el perfil a tiempo; detenido
serve-event-cancelled = cancelado; detenido
serve-event-failed = el servidor falló: { $reason }
serve-thread-stopped = el hilo del servidor se detuvo inesperadamente

## Why the server for the phone could not start ($reason is the system's own words).

serve-error-random = no se pudo crear un token aleatorio: { $reason }
serve-error-bind = no se puede escuchar en { $address }: { $reason }
serve-error-start = no se pudo iniciar el servidor HTTP: { $reason }

## The README.txt of the autoconfig site for a custom domain, read by whoever publishes it. Keep the lines under about 90 characters.

site-readme-title = Sitio de autoconfiguración para { $domain } (iCloud Mail)
# Followed by the two addresses, one a line.
site-readme-publish =
    Publica los archivos de esta carpeta para que las apps de correo encuentren la configuración
    de iCloud para cada dirección de { $domain }. Thunderbird consulta estas dos direcciones, en
    este orden (basta con una):
# Followed by the two Autodiscover addresses.
site-readme-autodiscover = El Autodiscover de Outlook (y Thunderbird, como alternativa) consulta:
site-readme-post =
    Outlook envía allí una solicitud POST, que algunos alojamientos estáticos rechazan; al
    parecer, las versiones recientes de Outlook omiten Autodiscover para las cuentas IMAP de
    todos modos, así que los archivos de autoconfiguración son los que más importan.
# Followed by the login (the primary iCloud address).
site-readme-one-login = Un único archivo estático sirve para todas las direcciones de { $domain }, e indica un solo nombre de usuario:
# The commands in parentheses are typed as they are: keep them in English.
site-readme-primary-address =
    Con un dominio personalizado de iCloud+ se inicia sesión con la dirección principal de
    iCloud, no con la dirección de { $domain }. Los archivos sirven para quienes inician sesión
    como { $login } ({ $accounts ->
        [one] { $accounts } cuenta indicada
       *[other] { $accounts } cuentas indicadas
    }). Quien tenga en { $domain } otra dirección principal de iCloud necesita su propio
    archivo de Thunderbird (icloud-mail-wizard thunderbird install, o export --format
    thunderbird) en lugar de este sitio.
# The labels after account.apple.com are Apple's, as account.apple.com shows them in your language.
site-readme-password =
    La contraseña nunca está en estos archivos: la app de correo pide la contraseña específica de
    app, que se crea en account.apple.com > Inicio de sesión y seguridad > Contraseñas
    específicas de app (App-Specific Passwords).
site-readme-made-by = Creado con iCloud Mail Wizard.
