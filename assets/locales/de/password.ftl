# The app-specific password step and the keychain.
