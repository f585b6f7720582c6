# The window, the step list, the Back/Next bar and the language picker.

# The language's own name, in the language picker.
language-name = English
# The picker's accessible name and tooltip.
language-current = Language: { $language }
# The label above the language picker.
language-label = Language

# The product's name, as the window title and the menu entry show it: not translated.
app-title = iCloud Mail Wizard
# The side list of steps: "3. Password".
step-numbered = { $number }. { $title }
# A finished step's accessible name.
step-numbered-complete = { $number }. { $title }, complete
step-welcome = Welcome
step-address = Your address
step-password = Password
step-test = Connection test
step-export = Your mail app
step-done = Done

appearance = Appearance
# The appearance picker's accessible name and tooltip.
appearance-current = Appearance: { $appearance }
theme-system = System
theme-light = Light
theme-dark = Dark

back = Back
next = Next
close = Close

# Errors that belong to no step.
app-task-failed = could not start a background task ({ $task }): { $error }
app-no-addresses = could not list this computer's network addresses: { $error }
app-folder-no-home = there is no home folder to put ~ in
app-folder-empty = Type the folder to save into
app-folder-relative = Type the whole path of the folder, starting from the top (for example { $example })

# Titles of the system's file dialogs.
app-dialog-save-file = Save the settings file
app-dialog-pick-folder = Choose a folder for the settings files
app-dialog-thunderbird-folder = Choose Thunderbird's program folder

# The desktop: file dialogs and the file manager.
app-no-file-dialogs = no file dialog can be shown here: there is no desktop portal with a file chooser and no zenity
app-program-failed = could not start { $program }: { $error }
# A message box when the window cannot open (broken graphics, say). $reason is the technical cause
# (English); "icloud-mail-wizard --help" is a command: do not translate it.
app-window-failed = The wizard's window could not open: { $reason }. The command line still works: open a terminal and run icloud-mail-wizard --help
