# Where will you read your mail? The mail app step, Thunderbird, saving files, and Done.
#
# Labels of other apps between backticks: Thunderbird's from thunderbird-l10n (es-ES),
# Thunderbird for Android's from thunderbird-android (values-es). iOS labels not confirmed carry
# the English label in parentheses.

## The mail app step

apps-heading = ¿Dónde vas a leer tu correo?
apps-address-invalid = La dirección ya no es válida: vuelve atrás para corregirla
apps-intro = Marca cada app o dispositivo que uses. Cada uno muestra lo que hay que hacer, en orden, y el botón que lo hace.
apps-no-dialogs = { $reason }. Los archivos se guardan en esta carpeta en su lugar
apps-folder-label = Carpeta
apps-saving = Guardando…
apps-skip = Omitir este paso
apps-skip-hint = La configuración está en la página siguiente de todos modos
apps-copy = Copiar
apps-saved = Guardado
apps-open-folder = Abrir carpeta
apps-open-folder-name = Abrir la carpeta de { $name }
apps-file-detail = { $kind ->
    [folder] Carpeta
   *[file] Archivo
} { $name }: { $title }. { $description }

## Another mail app

apps-other-add = En tu app, añade una cuenta de tipo `IMAP` (iCloud no ofrece POP).
apps-other-values = Escribe los valores de la página siguiente: cada uno tiene un botón para copiarlo. La contraseña es tu contraseña específica de app, para ambos servidores.

## Thunderbird for Android

apps-android-import = En Thunderbird para Android, toca `Importar ajustes` en la pantalla de bienvenida (si ya hay cuentas: `Ajustes > Importar ajustes`).
apps-android-scan = Toca `Escanear el código QR` y apunta la cámara a este código; luego toca `Importar`.
apps-android-password = Escribe tu contraseña específica de app como `Contraseña del servidor de correo entrante` y deja activado `Usar la misma contraseña para el servidor de correo saliente`.
apps-android-qr-name = Código QR para Thunderbird para Android
apps-android-with-password = Incluir la contraseña en el código de la pantalla
apps-android-k9 = K-9 Mail no puede importar códigos QR: usa allí los valores de la página siguiente
apps-android-save = Guardar el código para imprimirlo
apps-android-save-hover = PNG y SVG, nunca con la contraseña

## iPhone, iPad and Mac

apps-apple-question = ¿El dispositivo tiene iniciada la sesión con la cuenta de Apple a la que pertenece este buzón?
apps-apple-same = Sí, la misma cuenta de Apple
apps-apple-other = No: otra cuenta de Apple, o ninguna
apps-apple-switch = Entonces iCloud Mail es solo un interruptor, y un perfil añadiría el mismo buzón por segunda vez:
apps-apple-switch-iphone = iPhone o iPad: `Ajustes > [tu nombre] > iCloud > iCloud Mail`, y activa `Usar en este iPhone` (Use on this iPhone) (o iPad).
apps-apple-switch-mac = Mac: `Ajustes del Sistema > [tu nombre] > iCloud > iCloud Mail`, y actívalo.
apps-apple-get-it-there = Guarda el perfil de abajo y llévalo al dispositivo: por AirDrop, por correo a una dirección que lea el dispositivo, o abriéndolo desde una página web en Safari.
apps-apple-install-iphone = iPhone o iPad: abre `Ajustes`, toca `Perfil descargado` (Profile Downloaded) e instálalo antes de 8 minutos.
apps-apple-install-mac = Mac: abre el archivo y luego instálalo en `Ajustes del Sistema > Privacidad y seguridad > Perfiles` (macOS más reciente: `General > Gestión de dispositivos` (General > Device Management)).
apps-apple-shows-signed = El dispositivo muestra `{ $trust }`: el perfil está firmado como { $subject } («Firmar perfiles», en «Soporte técnico»). Después, Mail te pide tu contraseña específica de app.
apps-apple-shows-unsigned = El dispositivo muestra `Sin firmar` (Not Signed): este perfil no está firmado, y es lo esperado. Después, Mail te pide tu contraseña específica de app.
apps-apple-with-password = Incluir la contraseña en el perfil de Apple
apps-apple-password-hint = Cualquiera que obtenga el perfil puede leer la contraseña: déjalo desactivado salvo que lo instales tú mismo enseguida
apps-signing-does-not-encrypt = Firmar no cifra: la contraseña de un perfil firmado es tan legible como en uno sin firmar (Apple dice que las contraseñas solo deben ir en perfiles cifrados)
apps-apple-save = Guardar el perfil de Apple

## Send to iPhone or iPad

apps-send-heading = O envíalo a un iPhone o iPad de esta red
apps-send-scan = En el teléfono, abre la Cámara, apúntala a este código y toca el enlace: Safari descarga el perfil. El enlace funciona una vez, durante 10 minutos.
apps-send-qr-name = Código QR del enlace para la cámara del iPhone
apps-send-copy-link = Copiar el enlace
apps-send-waiting = Esperando al teléfono…
apps-send-stop = Detener
apps-send-wrong-browser = { $client } no puede instalar perfiles: abre el enlace en Safari
apps-send-downloaded = Descargado por { $client }
apps-send-install = En el teléfono, abre `Ajustes`, toca `Perfil descargado` (Profile Downloaded) e instálalo antes de 8 minutos.
apps-send-expired = Nadie descargó el perfil en 10 minutos
apps-send-stopped = Detenido
apps-send-no-address = Este ordenador no tiene ninguna dirección a la que pueda llegar un teléfono: conéctalo a la red en la que está el teléfono
apps-send-address-label = La dirección por la que el teléfono llega a este ordenador
apps-send-same-network = El teléfono debe estar en la misma red que este ordenador
apps-send-button = Enviar al iPhone o iPad
apps-send-again = Enviar de nuevo

## Outlook and the help desk

apps-outlook-which = ¿Qué Outlook?
apps-outlook-save = Guardar la hoja imprimible
apps-helpdesk-intro = Todos los archivos de esta cuenta, en una carpeta:
apps-helpdesk-site-hint = El sitio autoconfig sirve todas las direcciones de { $domain } e indica un solo inicio de sesión ({ $login }): las personas del dominio con otra dirección principal de iCloud necesitan su propio archivo de Thunderbird
apps-helpdesk-password = El perfil de Apple contendrá la contraseña (marcado arriba)
apps-helpdesk-save = Guardar todos los archivos

## Thunderbird on this computer

thunderbird-add-account = En Thunderbird, abre `≡ > Configuración de la cuenta > Operaciones sobre la cuenta > Añadir cuenta de correo`, escribe tu nombre, `{ $email }` y tu contraseña específica de app, y elige `Continuar`.
thunderbird-knows-icloud = Thunderbird conoce iCloud: no necesita ningún archivo.
thunderbird-fills-in = Rellena por sí solo el entrante `{ $imap }` como `{ $imap_user }` y el saliente `{ $smtp }` como `{ $smtp_user }`. Si muestra otros valores, elige `Configurar manualmente` y escribe estos.
thunderbird-guess-warning = Thunderbird supondrá los valores documentados de iCloud, pero esta red necesita los de arriba: corrígelos en «Configurar manualmente» o déjalos preparados para Thunderbird
thunderbird-custom-domain = Thunderbird encontraría iCloud a través de los registros de correo de { $domain } y luego iniciaría sesión como { $local }, lo que iCloud rechaza: tú inicias sesión como { $login }. Un archivo en la carpeta del programa de Thunderbird tiene prioridad y lleva el inicio de sesión correcto.
thunderbird-set-up = Configurar Thunderbird en este ordenador
thunderbird-set-up-hint = Pone { $file } en la carpeta isp de la carpeta del programa de Thunderbird
thunderbird-installed = El archivo de configuración de Thunderbird está en su sitio: { $path }
thunderbird-needs-admin = La carpeta del programa de Thunderbird necesita permisos de administrador. El archivo se ha guardado como { $file }; para ponerlo en su sitio, ejecuta esto en { $shell ->
    [powershell] PowerShell abierto con «Ejecutar como administrador»
   *[terminal] una terminal
}:
thunderbird-copy-command = Copiar el comando de administrador
thunderbird-manual-hint = O bien, en Thunderbird, elige «Configurar manualmente» y escribe los valores de la página siguiente
thunderbird-choose-folder = Elegir la carpeta del programa de Thunderbird…
thunderbird-folder-label = Carpeta del programa de Thunderbird
thunderbird-use-folder = Usar esta carpeta
thunderbird-error-not-found = no se encontró ninguna instalación de Thunderbird (se buscó en { $folders }); si Thunderbird está instalado en otro sitio, indica la carpeta de su programa (la que contiene application.ini)
thunderbird-error-not-thunderbird = { $folder } no contiene ningún programa Thunderbird (ni un application.ini que nombre a Thunderbird, ni omni.ja junto a un programa thunderbird)
thunderbird-error-read-only = Thunderbird en { $folder } es una instalación { $kind }, cuya carpeta del programa es una imagen de solo lectura que no admite un archivo de configuración; introduce la configuración a mano en Thunderbird («Configurar manualmente») o publica un sitio autoconfig para el dominio
thunderbird-error-needs-admin = escribir { $file } necesita permisos de administrador
thunderbird-error-export = no se pudo crear el archivo de Thunderbird
thunderbird-error-copy-failed = escribir { $file } necesita permisos de administrador, y no se pudo guardar una copia: { $reason }

## Saving files

apps-save-error-write = no se pudo escribir { $path }: { $reason }
apps-save-error-export = no se pudo crear el archivo { $format }

## The choices, and what Next waits for

delivery-thunderbird-here = Thunderbird en este ordenador
delivery-android = Thunderbird para Android o K-9 Mail
delivery-apple-mail = Mail en iPhone, iPad o Mac
delivery-other-app = Otra app de correo
delivery-help-desk = Soporte técnico: todos los archivos
delivery-pending-nothing-chosen = Elige dónde vas a leer tu correo, u omite este paso
delivery-pending-thunderbird = Configura Thunderbird, u omite este paso
delivery-pending-apple-question = Indica si el dispositivo usa esta cuenta de Apple, u omite este paso
delivery-pending-profile = Guarda el perfil de Apple, u omite este paso
delivery-pending-outlook = Elige tu Outlook, u omite este paso
delivery-pending-files = Guarda los archivos, u omite este paso

## What each file is

format-thunderbird-title = Archivo de configuración de Thunderbird
format-thunderbird-description = Va en la carpeta isp dentro de la carpeta del programa de Thunderbird, con el nombre del dominio
format-mobileconfig-title = Perfil de configuración de Apple
format-mobileconfig-description = Descargado en un iPhone o iPad, espera en Ajustes > Perfil descargado; en un Mac, ábrelo e instálalo en Ajustes del Sistema > Perfiles
format-outlook-title = Hoja de configuración de Outlook
format-outlook-description = Una página imprimible con los pasos para cada edición de Outlook
format-autoconfig-site-title = Sitio autoconfig para tu dominio
format-autoconfig-site-description = Publicado en los servidores web de tu dominio, permite que Thunderbird y Outlook encuentren la configuración de cada dirección del dominio
format-autodiscover-title = XML de Autodiscover para Outlook
format-autodiscover-description = Para servidores que responden a las solicitudes de Autodiscover de Outlook
format-android-qr-title = Código QR para Thunderbird para Android
format-android-qr-description = Escaneado en Thunderbird para Android (Importar ajustes), añade la cuenta; la app pide la contraseña

## Done

done-heading = Tu configuración de iCloud Mail
done-address-invalid = La dirección ya no es válida: vuelve atrás para corregirla
done-intro = Para configurar una app de correo a mano, o para dictarle la configuración a alguien, usa estos valores. Cada valor tiene un botón para copiarlo.
done-basis-tested = Esta configuración funcionó en la prueba de conexión
done-basis-partly-tested = Esta configuración usa lo que funcionó en la prueba de conexión y los valores documentados de iCloud para el resto
done-basis-documented = Esta es la configuración documentada de iCloud
done-copied = { $value } copiado al portapapeles
done-also = Además
done-also-password = Contraseña: tu contraseña específica de app (la de los pasos anteriores), para ambos servidores
done-also-authentication = Autenticación: contraseña normal; ambos servidores la necesitan, y «Autenticación de contraseña segura (SPA)» sigue desactivada
done-also-sent-folder = Carpeta de correo enviado: «{ $folder }»
done-server = Servidor
done-port = Puerto
done-security = Seguridad
done-username = Nombre de usuario
done-copy-server = Copiar el servidor { $protocol }
done-copy-port = Copiar el puerto { $protocol }
done-copy-security = Copiar la seguridad { $protocol }
done-copy-username = Copiar el nombre de usuario { $protocol }

# The settings table's two rows.
done-row-incoming = Entrante (IMAP)
done-row-outgoing = Saliente (SMTP)
