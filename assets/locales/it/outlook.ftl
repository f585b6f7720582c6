# The Outlook steps and the Outlook sheet.
