# The window, the step list, the Back/Next bar and the language picker.

# The language's own name, in the language picker.
language-name = English
# The picker's accessible name and tooltip.
language-current = Language: { $language }
# The label above the language picker.
language-label = Language

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
theme-system = System
theme-light = Light
theme-dark = Dark

back = Back
next = Next
close = Close
