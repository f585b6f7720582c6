# Where will you read your mail? The mail app step, Thunderbird, saving files, and Done.
#
# Text between backticks in an instruction is a label the person looks for on screen (in another
# app, in that app's words) or a value they type: keep the backticks, and write the label as that
# app shows it in your language.

## The mail app step

apps-heading = Where will you read your mail?
apps-address-invalid = The address is no longer valid: go back to fix it
apps-intro = Tick every app or device you use. Each one shows what to do, in order, and the one button that does it.
# Without file dialogs: the reason dialogs cannot be shown, then this.
apps-no-dialogs = { $reason }. Files are saved into this folder instead
apps-folder-label = Folder
apps-saving = Saving…
apps-skip = Skip this step
apps-skip-hint = The settings are on the next page either way
# A button that copies a value or command.
apps-copy = Copy
apps-saved = Saved
apps-open-folder = Open folder
# The accessible name of an "Open folder" button.
apps-open-folder-name = Open the folder of { $name }
# What a file is, after the file's name: "File me@example.com.mobileconfig: Apple configuration
# profile. Downloaded on an iPhone…". $kind is "folder" or "file".
apps-file-detail = { $kind ->
    [folder] Folder
   *[file] File
} { $name }: { $title }. { $description }

## Another mail app

apps-other-add = In your app, add an account of the kind `IMAP` (iCloud has no POP).
apps-other-values = Type the values from the next page: each has a copy button. The password is your app-specific password, for both servers.

## Thunderbird for Android (labels: Thunderbird for Android's own, in your language)

apps-android-import = In Thunderbird for Android, tap `Import settings` on the welcome screen (with accounts already there: `Settings > Import settings`).
apps-android-scan = Tap `Scan QR code` and point the camera at this code, then tap `Import`.
apps-android-password = Type your app-specific password as the `Incoming server password` and keep `Use same password for outgoing server` on.
# The accessible name of the QR code.
apps-android-qr-name = QR code for Thunderbird for Android
apps-android-with-password = Put the password in the code on screen
apps-android-k9 = K-9 Mail has no QR import: use the values on the next page there
apps-android-save = Save the code for printing
# Hover text of the button above.
apps-android-save-hover = PNG and SVG, never with the password

## iPhone, iPad and Mac (labels: iOS's and macOS's own, in your language)

apps-apple-question = Is the device signed in to the Apple Account that owns this mailbox?
apps-apple-same = Yes, the same Apple Account
apps-apple-other = No: another Apple Account, or not signed in
apps-apple-switch = Then iCloud Mail is a switch, and a profile would add the same mailbox a second time:
apps-apple-switch-iphone = iPhone or iPad: `Settings > [your name] > iCloud > iCloud Mail`, and turn on `Use on this iPhone` (or iPad).
apps-apple-switch-mac = Mac: `System Settings > [your name] > iCloud > iCloud Mail`, and turn it on.
apps-apple-get-it-there = Save the profile below and get it onto the device: AirDrop it, mail it to an address the device reads, or open it from a web page in Safari.
apps-apple-install-iphone = iPhone or iPad: open `Settings`, tap `Profile Downloaded` and install it within 8 minutes.
apps-apple-install-mac = Mac: open the file, then install it in `System Settings > Privacy & Security > Profiles` (newer macOS: `General > Device Management`).
# $trust is what the device shows about the signature ("Verified", "Not Verified"); $subject
# the certificate's name. "Sign profiles" and "Help desk" are this wizard's own choices.
apps-apple-shows-signed = The device shows `{ $trust }`: the profile is signed as { $subject } (Sign profiles, under Help desk). Mail then asks for your app-specific password.
apps-apple-shows-unsigned = The device shows `Not Signed`: this profile is not signed, and that is expected. Mail then asks for your app-specific password.
apps-apple-with-password = Put the password in the Apple profile
apps-apple-password-hint = Anyone who gets the profile can read the password: leave this off unless you install it yourself right away
apps-signing-does-not-encrypt = Signing does not encrypt: the password in a signed profile is as readable as in an unsigned one (Apple says passwords belong only in encrypted profiles)
apps-apple-save = Save the Apple profile

## Send to iPhone or iPad

apps-send-heading = Or send it to an iPhone or iPad on this network
apps-send-scan = On the phone, open the Camera, point it at this code and tap the link: Safari downloads the profile. The link works once, for 10 minutes.
# The accessible name of the QR code.
apps-send-qr-name = QR code of the link for the iPhone's camera
apps-send-copy-link = Copy the link
apps-send-waiting = Waiting for the phone…
apps-send-stop = Stop
# $client names the browser that asked ("Chrome on iOS").
apps-send-wrong-browser = { $client } cannot install profiles: open the link in Safari instead
apps-send-downloaded = Downloaded by { $client }
apps-send-install = On the phone, open `Settings`, tap `Profile Downloaded` and install it within 8 minutes.
apps-send-expired = Nobody downloaded the profile within 10 minutes
apps-send-stopped = Stopped
apps-send-no-address = This computer has no address a phone could reach: connect it to the network the phone is on
apps-send-address-label = The address the phone reaches this computer on
apps-send-same-network = The phone must be on the same network as this computer
apps-send-button = Send to iPhone or iPad
apps-send-again = Send again

## Outlook and the help desk

apps-outlook-which = Which Outlook?
apps-outlook-save = Save the printable sheet
apps-helpdesk-intro = Every file for this account, into one folder:
apps-helpdesk-site-hint = The autoconfig site serves every address on { $domain } and names one login ({ $login }): people on the domain with another primary iCloud address need their own Thunderbird file
apps-helpdesk-password = The Apple profile will contain the password (ticked above)
apps-helpdesk-save = Save all files

## Thunderbird on this computer (labels: Thunderbird's own, in your language)

thunderbird-add-account = In Thunderbird open `≡ > Account Settings > Account Actions > Add Mail Account`, type your name, `{ $email }` and your app-specific password, and choose `Continue`.
thunderbird-knows-icloud = Thunderbird knows iCloud: it needs no file.
# $imap and $smtp are "host port security"; the users are login names.
thunderbird-fills-in = It fills in incoming `{ $imap }` as `{ $imap_user }` and outgoing `{ $smtp }` as `{ $smtp_user }` by itself. If it shows other values, choose `Configure manually` and type these.
thunderbird-guess-warning = Thunderbird will guess iCloud's documented values, and this network needs the ones above: correct them under Configure manually, or put them in place for Thunderbird
# $domain is the address's domain, $local the part before the @, $login the primary iCloud address.
thunderbird-custom-domain = Thunderbird would find iCloud through { $domain }'s mail records and then log in as { $local }, which iCloud refuses: you log in as { $login }. A file in Thunderbird's program folder comes first and has the right login.
thunderbird-set-up = Set up Thunderbird on this computer
thunderbird-set-up-hint = Puts { $file } into the isp folder of Thunderbird's program folder
thunderbird-installed = Thunderbird's settings file is in place: { $path }
# $shell is "powershell" on Windows ("Run as administrator" is Windows' own label), else "terminal".
thunderbird-needs-admin = Thunderbird's program folder needs administrator rights. The file is saved as { $file }; to put it in place, run this in { $shell ->
    [powershell] PowerShell opened with "Run as administrator"
   *[terminal] a terminal
}:
# The accessible name of the Copy button beside the command.
thunderbird-copy-command = Copy the administrator command
thunderbird-manual-hint = Or, in Thunderbird, choose Configure manually and type the values from the next page
thunderbird-choose-folder = Choose Thunderbird's program folder…
thunderbird-folder-label = Thunderbird's program folder
thunderbird-use-folder = Use this folder
# Why the file could not be put in place. $folders is a list of folders.
thunderbird-error-not-found = no Thunderbird installation was found (looked in { $folders }); if Thunderbird is installed elsewhere, name its program folder (the one holding application.ini)
thunderbird-error-not-thunderbird = { $folder } holds no Thunderbird program (no application.ini naming Thunderbird, nor omni.ja beside a thunderbird program)
# $kind is Flatpak or Snap.
thunderbird-error-read-only = Thunderbird in { $folder } is a { $kind } install, whose program folder is a read-only image that cannot take a settings file; enter the settings by hand in Thunderbird (Configure manually) or publish an autoconfig site for the domain
thunderbird-error-needs-admin = writing { $file } needs administrator rights
thunderbird-error-export = could not produce the Thunderbird file
# $reason says why saving the copy failed.
thunderbird-error-copy-failed = writing { $file } needs administrator rights, and saving a copy failed: { $reason }

## Saving files ($reason is the system's own words, often in English)

apps-save-error-write = could not write { $path }: { $reason }
# $format is a format's command-line name (mobileconfig, outlook, …).
apps-save-error-export = could not produce the { $format } file

## The choices, and what Next waits for

delivery-thunderbird-here = Thunderbird on this computer
delivery-android = Thunderbird for Android or K-9 Mail
delivery-apple-mail = Mail on an iPhone, iPad or Mac
delivery-other-app = Another mail app
delivery-help-desk = Help desk: all the files
delivery-pending-nothing-chosen = Choose where you will read your mail, or skip this step
delivery-pending-thunderbird = Set up Thunderbird, or skip this step
delivery-pending-apple-question = Say whether the device uses this Apple Account, or skip this step
delivery-pending-profile = Save the Apple profile, or skip this step
delivery-pending-outlook = Choose your Outlook, or skip this step
delivery-pending-files = Save the files, or skip this step

## What each file is

format-thunderbird-title = Thunderbird settings file
format-thunderbird-description = Goes into the isp folder inside Thunderbird's program folder, named after the domain
format-mobileconfig-title = Apple configuration profile
format-mobileconfig-description = Downloaded on an iPhone or iPad, it waits in Settings > Profile Downloaded; on a Mac, open it and install it in System Settings > Profiles
format-outlook-title = Outlook settings sheet
format-outlook-description = A printable page with the steps for each edition of Outlook
format-autoconfig-site-title = Autoconfig site for your domain
format-autoconfig-site-description = Published on your domain's web servers, it lets Thunderbird and Outlook find the settings for every address on the domain
format-autodiscover-title = Outlook Autodiscover XML
format-autodiscover-description = For servers that answer Outlook's Autodiscover requests
format-android-qr-title = QR code for Thunderbird for Android
format-android-qr-description = Scanned in Thunderbird for Android (Import settings), it adds the account; the app asks for the password

## Done: the settings to type by hand

done-heading = Your iCloud Mail settings
done-address-invalid = The address is no longer valid: go back to fix it
done-intro = To set up a mail app by hand, or to read the settings out to someone, use these values. Every value has a copy button.
done-basis-tested = These settings worked in the connection test
done-basis-partly-tested = These settings use what worked in the connection test and iCloud's documented values for the rest
done-basis-documented = These are iCloud's documented settings
done-copied = Copied { $value } to the clipboard
done-also = Also
done-also-password = Password: your app-specific password (the one from the previous steps), for both servers
# "normal password" is Thunderbird's authentication choice; "Secure Password Authentication
# (SPA)" is Outlook's checkbox, in Outlook's words.
done-also-authentication = Authentication: normal password; both servers need it, and "Secure Password Authentication (SPA)" stays off
done-also-sent-folder = Sent mail folder: "{ $folder }"
# The rows of the settings table.
done-server = Server
done-port = Port
done-security = Security
done-username = Username
# Accessible names of the Copy buttons: "Copy IMAP server".
done-copy-server = Copy { $protocol } server
done-copy-port = Copy { $protocol } port
done-copy-security = Copy { $protocol } security
done-copy-username = Copy { $protocol } username

# The settings table's two rows.
done-row-incoming = Incoming (IMAP)
done-row-outgoing = Outgoing (SMTP)
