# The window, the step list, the Back/Next bar and the language picker.

# The language's own name, in the language picker.
language-name = Español
# The picker's accessible name and tooltip.
language-current = Idioma: { $language }
# The label above the language picker.
language-label = Idioma

# The product's name, as the window title and the menu entry show it: not translated.
app-title = iCloud Mail Wizard
# The side list of steps: "3. Password".
step-numbered = { $number }. { $title }
# A finished step's accessible name.
step-numbered-complete = { $number }. { $title }, completado
step-welcome = Bienvenida
step-address = Tu dirección
step-password = Contraseña
step-test = Prueba de conexión
step-export = Tu app de correo
step-done = Listo

appearance = Apariencia
# The appearance picker's accessible name and tooltip.
appearance-current = Apariencia: { $appearance }
theme-system = Sistema
theme-light = Claro
theme-dark = Oscuro

back = Atrás
next = Siguiente
close = Cerrar

# Errors that belong to no step.
app-task-failed = No se pudo iniciar una tarea en segundo plano ({ $task }): { $error }
app-no-addresses = No se pudieron obtener las direcciones de red de este ordenador: { $error }
app-folder-no-home = No hay carpeta de inicio a la que ~ pueda referirse
app-folder-empty = Escribe la carpeta donde guardar
app-folder-relative = Escribe la ruta completa de la carpeta, desde la raíz (por ejemplo { $example })

# Titles of the system's file dialogs.
app-dialog-save-file = Guardar el archivo de configuración
app-dialog-pick-folder = Elegir una carpeta para los archivos de configuración
app-dialog-thunderbird-folder = Elegir la carpeta del programa Thunderbird

# The desktop: file dialogs and the file manager.
app-no-file-dialogs = Aquí no se puede mostrar ningún diálogo de archivos: no hay un portal de escritorio con selector de archivos ni zenity
app-program-failed = No se pudo iniciar { $program }: { $error }
app-window-failed = No se pudo abrir la ventana del asistente: { $reason }. La línea de comandos sigue funcionando: abre un terminal y ejecuta icloud-mail-wizard --help
