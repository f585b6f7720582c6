# The Outlook steps and the Outlook sheet.

## Las ediciones de Outlook (botones de opción del asistente, títulos de la hoja).

outlook-edition-new = Nuevo Outlook para Windows
outlook-edition-classic = Outlook clásico para Windows
outlook-edition-mac = Outlook para Mac

## Los pasos. Entre paréntesis: la etiqueta en inglés, donde la española no está confirmada.

outlook-new-open = Abre `Configuración > Cuentas > Cuentas de correo electrónico` (Settings > Accounts > Email accounts) y elige `Agregar cuenta` (Add account).
outlook-new-type = Escribe `{ $email }` y elige `Continuar` (Continue).
outlook-new-icloud = Cuando Outlook ofrezca `iCloud`, mantenlo y pega tu contraseña específica de app (no la contraseña de tu cuenta de Apple). Elige `Continuar` (Continue).
outlook-new-server-settings = Si Outlook te pide en cambio la configuración del servidor, rellénala con la tabla: IMAP, con los nombres de usuario y los puertos que aparecen en ella.
outlook-new-intro-custom-domain = El tipo de cuenta iCloud de Outlook inicia sesión con la dirección que escribes, pero tu dirección inicia sesión con otra, así que configura la cuenta como IMAP:
outlook-new-intro-other-settings = El tipo de cuenta iCloud de Outlook usa la configuración documentada de iCloud y la tuya es distinta (consulta la tabla), así que configura la cuenta como IMAP:
outlook-new-imap = Escribe `{ $email }`, elige `Configuración avanzada` (Advanced setup) o `Elegir proveedor` (Choose provider) y luego `IMAP`.
outlook-new-incoming = Entrante: nombre de usuario `{ $username }`, tu contraseña específica de app, servidor `{ $host }`, puerto `{ $port }`, `{ $encryption }`.
outlook-new-outgoing = Saliente: nombre de usuario `{ $username }`, la misma contraseña, servidor `{ $host }`, puerto `{ $port }`, `{ $encryption }`.
outlook-new-continue = Elige `Continuar` (Continue).

outlook-classic-open = Abre `Archivo > Agregar cuenta`.
outlook-classic-type = Escribe `{ $email }`, abre `Opciones avanzadas`, marca `Permitirme configurar manualmente mi cuenta` (Let me set up my account manually) y elige `Conectar` (Connect).
outlook-classic-imap = Elige `IMAP`.
outlook-classic-incoming = Correo entrante: servidor `{ $host }`, puerto `{ $port }`, método de cifrado `{ $encryption }`. Deja sin marcar `Requerir inicio de sesión utilizando Autenticación de contraseña segura (SPA)` (Require logon using Secure Password Authentication (SPA)).
outlook-classic-outgoing = Correo saliente: servidor `{ $host }`, puerto `{ $port }`, método de cifrado `{ $encryption }`. Deja SPA sin marcar.
outlook-classic-password = Elige `Siguiente` y pega tu contraseña específica de app cuando Outlook te la pida.
outlook-classic-account-settings =
    Después abre `Archivo > Configuración de la cuenta > Configuración de la cuenta` y haz doble clic en la cuenta. { $username_is_address ->
        [yes] Comprueba que `Nombre de usuario` (User Name) sea `{ $username }`.
       *[no] Cambia `Nombre de usuario` (User Name) a `{ $username }`.
    } En `Más configuraciones > Servidor de salida` (More Settings > Outgoing Server), marca `Mi servidor de salida (SMTP) requiere autenticación` (My outgoing server (SMTP) requires authentication){ $same_username ->
        [yes] {" "}con `Utilizar la misma configuración que mi servidor de correo de entrada` (Use same settings as my incoming mail server).
       *[no] , elige `Iniciar sesión utilizando` (Log on using), nombre de usuario `{ $smtp_username }` y tu contraseña específica de app.
    }

outlook-mac-open = Abre `Outlook > Configuración > Cuentas` (Outlook > Settings > Accounts), elige `+` y `Nueva cuenta`.
outlook-mac-type = Escribe `{ $email }` y elige `IMAP/POP` cuando te pregunte por el proveedor.
outlook-mac-account = Tipo `IMAP`, nombre de usuario IMAP `{ $username }` y tu contraseña específica de app.
outlook-mac-incoming = Servidor entrante `{ $host }`: marca `Usar SSL para conectar` y `Invalidar puerto predeterminado` (Override default port), puerto `{ $port }`.
outlook-mac-outgoing =
    Nombre de usuario SMTP `{ $username }` y tu contraseña específica de app; servidor saliente `{ $host }`: marca `Invalidar puerto predeterminado` (Override default port), puerto `{ $port }`, y marca `Usar SSL para conectar`. { $security ->
        [starttls] En Outlook para Mac esta casilla significa «cifrar la conexión»: en el puerto 587 Outlook cifra con STARTTLS, que es lo que iCloud espera ahí.
       *[tls] En este puerto la conexión se cifra con SSL/TLS desde el primer byte.
    }
outlook-mac-add = Elige `Agregar cuenta`.

## La hoja de Outlook para imprimir (un archivo HTML).

sheet-title = Configuración de iCloud Mail para { $email }
sheet-editions = Configurar Outlook: nuevo Outlook para Windows, Outlook clásico para Windows y Outlook para Mac
sheet-editions-for = Configurar Outlook: nuevo Outlook para Windows, Outlook clásico para Windows y Outlook para Mac, preparado para { $name }
sheet-editions-by = Configurar Outlook: nuevo Outlook para Windows, Outlook clásico para Windows y Outlook para Mac, preparado por { $org }
sheet-editions-for-by = Configurar Outlook: nuevo Outlook para Windows, Outlook clásico para Windows y Outlook para Mac, preparado para { $name } por { $org }
sheet-app-password = Necesitas una `contraseña específica de app`: la contraseña de tu cuenta de Apple no funcionará. Crea una en `{ $site } > Inicio de sesión y seguridad > Contraseñas específicas de app` (App-Specific Passwords) > Generar (Generate). Tiene este aspecto: `xxxx-xxxx-xxxx-xxxx` (16 letras). Tu cuenta de Apple debe tener activada la autenticación de doble factor.
sheet-your-settings = Tu configuración
sheet-row-email = Dirección de correo electrónico
sheet-row-name = Tu nombre
sheet-row-account-type = Tipo de cuenta
sheet-row-incoming-server = Servidor de correo entrante
sheet-row-incoming-port = Puerto entrante
sheet-row-incoming-encryption = Cifrado entrante
sheet-row-incoming-username = Nombre de usuario entrante
sheet-row-outgoing-server = Servidor de correo saliente (SMTP)
sheet-row-outgoing-port = Puerto saliente
sheet-row-outgoing-encryption = Cifrado saliente
sheet-row-outgoing-username = Nombre de usuario saliente
sheet-row-password = Contraseña (ambos servidores)
sheet-row-spa = Autenticación de contraseña segura (SPA)
sheet-row-smtp-auth = El servidor saliente requiere autenticación
sheet-row-sent-folder = Carpeta de correo enviado
sheet-value-password = tu contraseña específica de app
sheet-value-spa = Desactivada (déjala sin marcar)
sheet-value-yes = Sí
sheet-traps = Errores frecuentes
sheet-trap-password = Un error de inicio de sesión casi siempre significa que se usó la contraseña de la cuenta de Apple en lugar de una contraseña específica de app. Al cambiar la contraseña de tu cuenta de Apple se revocan todas las contraseñas específicas de app; en ese caso, crea una nueva.
sheet-trap-username-same = Usa `{ $username }` como nombre de usuario en los dos servidores.
sheet-trap-username-different = Los dos servidores usan nombres de usuario distintos: `{ $imap_username }` para el correo entrante y `{ $smtp_username }` para el saliente.
sheet-trap-custom-domain = Tu dirección `{ $email }` está en tu propio dominio, pero iCloud inicia sesión con tu dirección principal de iCloud, no con ella.
sheet-trap-starttls = El puerto `{ $port }` usa `STARTTLS`, no SSL/TLS; donde una app te deje elegir, SSL/TLS en este puerto falla con errores como «wrong version number». Si tu red lo bloquea, usa en su lugar el puerto `465` con `SSL/TLS`.
sheet-trap-tls = El correo saliente usa el puerto `{ $port }` con `SSL/TLS` desde el primer byte, no STARTTLS. (El puerto 587 documentado por iCloud necesita STARTTLS; el puerto `{ $port }` es para redes que bloquean el 587.)
sheet-trap-spa = Deja desactivada la autenticación de contraseña segura (SPA): iCloud no la admite.
sheet-trap-folders = iCloud guarda el correo enviado en la carpeta `{ $sent }` y el eliminado en `Deleted Messages`.
sheet-footer = Valores de la documentación de Apple, `{ $url }`. Creado con el Asistente de iCloud Mail.
