# The Outlook steps and the Outlook sheet.

## Die Outlook-Ausgaben (Optionsfelder im Assistenten, Überschriften im Blatt).

outlook-edition-new = Neues Outlook für Windows
outlook-edition-classic = Klassisches Outlook für Windows
outlook-edition-mac = Outlook für Mac

## Die Schritte. In Klammern: die englische Beschriftung, wo die deutsche nicht bestätigt ist.

outlook-new-open = Öffne `Einstellungen > Konten > E-Mail-Konten` (Settings > Accounts > Email accounts) und wähle `Konto hinzufügen` (Add account).
outlook-new-type = Gib `{ $email }` ein und wähle `Weiter`.
outlook-new-icloud = Wenn Outlook `iCloud` anbietet, behalte das bei und füge dein app-spezifisches Passwort ein (nicht das Passwort deines Apple Account). Wähle `Weiter`.
outlook-new-server-settings = Fragt Outlook stattdessen nach Servereinstellungen, übernimm sie aus der Tabelle: IMAP, mit den dort gezeigten Benutzernamen und Ports.
outlook-new-intro-custom-domain = Der iCloud-Kontotyp von Outlook meldet sich mit der eingegebenen Adresse an, deine Adresse meldet sich aber mit einer anderen an. Richte das Konto deshalb als IMAP ein:
outlook-new-intro-other-settings = Der iCloud-Kontotyp von Outlook verwendet die von iCloud dokumentierten Einstellungen, deine weichen davon ab (siehe Tabelle). Richte das Konto deshalb als IMAP ein:
outlook-new-imap = Gib `{ $email }` ein, wähle dann `Erweitertes Setup` (Advanced setup) oder `Anbieter auswählen` (Choose provider) und danach `IMAP`.
outlook-new-incoming = Eingehend: Benutzername `{ $username }`, dein app-spezifisches Passwort, Server `{ $host }`, Port `{ $port }`, `{ $encryption }`.
outlook-new-outgoing = Ausgehend: Benutzername `{ $username }`, dasselbe Passwort, Server `{ $host }`, Port `{ $port }`, `{ $encryption }`.
outlook-new-continue = Wähle `Weiter`.

outlook-classic-open = Öffne `Datei > Konto hinzufügen`.
outlook-classic-type = Gib `{ $email }` ein, öffne `Erweiterte Optionen`, setze ein Häkchen bei `Ich möchte mein Konto manuell einrichten` und wähle `Verbinden`.
outlook-classic-imap = Wähle `IMAP`.
outlook-classic-incoming = Eingehende E-Mail: Server `{ $host }`, Port `{ $port }`, Verschlüsselungsmethode `{ $encryption }`. Lass `Anmeldung mithilfe der gesicherten Kennwortauthentifizierung (SPA) erforderlich` (Require logon using Secure Password Authentication (SPA)) ohne Häkchen.
outlook-classic-outgoing = Ausgehende E-Mail: Server `{ $host }`, Port `{ $port }`, Verschlüsselungsmethode `{ $encryption }`. Lass SPA ohne Häkchen.
outlook-classic-password = Wähle `Weiter` und füge dein app-spezifisches Passwort ein, wenn Outlook danach fragt.
outlook-classic-account-settings =
    Öffne danach `Datei > Kontoeinstellungen > Kontoeinstellungen` und doppelklicke auf das Konto. { $username_is_address ->
        [yes] Prüfe, ob unter `Benutzername` (User Name) `{ $username }` steht.
       *[no] Setze `Benutzername` (User Name) auf `{ $username }`.
    } Setze unter `Weitere Einstellungen > Postausgangsserver` (More Settings > Outgoing Server) ein Häkchen bei `Der Postausgangsserver (SMTP) erfordert Authentifizierung` (My outgoing server (SMTP) requires authentication){ $same_username ->
        [yes] {" "}mit `Gleiche Einstellungen wie für Posteingangsserver verwenden` (Use same settings as my incoming mail server).
       *[no] , wähle `Anmelden mit` (Log on using), Benutzername `{ $smtp_username }` und dein app-spezifisches Passwort.
    }

outlook-mac-open = Öffne `Outlook > Einstellungen > Konten` (Outlook > Settings > Accounts), wähle `+` und `Neues Konto`.
outlook-mac-type = Gib `{ $email }` ein und wähle `IMAP/POP`, wenn nach dem Anbieter gefragt wird.
outlook-mac-account = Typ `IMAP`, IMAP-Benutzername `{ $username }` und dein app-spezifisches Passwort.
outlook-mac-incoming = Posteingangsserver `{ $host }`: Setze Häkchen bei `Für Verbindung SSL verwenden` und `Standardport überschreiben` (Override default port), Port `{ $port }`.
outlook-mac-outgoing =
    SMTP-Benutzername `{ $username }` und dein app-spezifisches Passwort; Postausgangsserver `{ $host }`: Setze ein Häkchen bei `Standardport überschreiben` (Override default port), Port `{ $port }`, und bei `Für Verbindung SSL verwenden`. { $security ->
        [starttls] In Outlook für Mac bedeutet dieses Kästchen „Verbindung verschlüsseln“: Auf Port 587 verschlüsselt Outlook mit STARTTLS, und genau das erwartet iCloud dort.
       *[tls] Auf diesem Port ist die Verbindung ab dem ersten Byte mit SSL/TLS verschlüsselt.
    }
outlook-mac-add = Wähle `Konto hinzufügen`.

## Das druckbare Outlook-Blatt (eine HTML-Datei).

sheet-title = iCloud-Mail-Einstellungen für { $email }
sheet-editions = Outlook einrichten: neues Outlook für Windows, klassisches Outlook für Windows und Outlook für Mac
sheet-editions-for = Outlook einrichten: neues Outlook für Windows, klassisches Outlook für Windows und Outlook für Mac, erstellt für { $name }
sheet-editions-by = Outlook einrichten: neues Outlook für Windows, klassisches Outlook für Windows und Outlook für Mac, erstellt von { $org }
sheet-editions-for-by = Outlook einrichten: neues Outlook für Windows, klassisches Outlook für Windows und Outlook für Mac, erstellt für { $name } von { $org }
sheet-app-password = Du brauchst ein `app-spezifisches Passwort`: Das Passwort deines Apple Account funktioniert nicht. Erstelle eines unter `{ $site } > Anmelden und Sicherheit > App-spezifische Passwörter` > App-spezifisches Passwort erstellen. Es sieht so aus: `xxxx-xxxx-xxxx-xxxx` (16 Buchstaben). Für deinen Apple Account muss die Zwei-Faktor-Authentifizierung aktiviert sein.
sheet-your-settings = Deine Einstellungen
sheet-row-email = E-Mail-Adresse
sheet-row-name = Dein Name
sheet-row-account-type = Kontotyp
sheet-row-incoming-server = Posteingangsserver
sheet-row-incoming-port = Port (eingehend)
sheet-row-incoming-encryption = Verschlüsselung (eingehend)
sheet-row-incoming-username = Benutzername (eingehend)
sheet-row-outgoing-server = Postausgangsserver (SMTP)
sheet-row-outgoing-port = Port (ausgehend)
sheet-row-outgoing-encryption = Verschlüsselung (ausgehend)
sheet-row-outgoing-username = Benutzername (ausgehend)
sheet-row-password = Passwort (beide Server)
sheet-row-spa = Gesicherte Kennwortauthentifizierung (SPA)
sheet-row-smtp-auth = Postausgangsserver erfordert Authentifizierung
sheet-row-sent-folder = Ordner für gesendete E-Mails
sheet-value-password = dein app-spezifisches Passwort
sheet-value-spa = Aus (kein Häkchen setzen)
sheet-value-yes = Ja
sheet-traps = Häufige Stolperfallen
sheet-trap-password = Ein Anmeldefehler bedeutet fast immer, dass das Passwort des Apple Account statt eines app-spezifischen Passworts verwendet wurde. Wenn du das Passwort deines Apple Account änderst, werden alle app-spezifischen Passwörter widerrufen; erstelle dann ein neues.
sheet-trap-username-same = Verwende `{ $username }` als Benutzernamen für beide Server.
sheet-trap-username-different = Die beiden Server verwenden verschiedene Benutzernamen: `{ $imap_username }` für eingehende und `{ $smtp_username }` für ausgehende E-Mails.
sheet-trap-custom-domain = Deine Adresse `{ $email }` liegt auf deiner eigenen Domain, iCloud meldet sich aber mit deiner primären iCloud-Adresse an, nicht mit ihr.
sheet-trap-starttls = Port `{ $port }` verwendet `STARTTLS`, nicht SSL/TLS; wo eine App die Wahl lässt, scheitert SSL/TLS auf diesem Port mit Fehlern wie „wrong version number“. Blockiert dein Netzwerk diesen Port, verwende stattdessen Port `465` mit `SSL/TLS`.
sheet-trap-tls = Ausgehende E-Mails verwenden Port `{ $port }` mit `SSL/TLS` ab dem ersten Byte, nicht STARTTLS. (Der von iCloud dokumentierte Port 587 braucht STARTTLS; Port `{ $port }` ist für Netzwerke, die 587 blockieren.)
sheet-trap-spa = Lass die gesicherte Kennwortauthentifizierung (SPA) ausgeschaltet: iCloud unterstützt sie nicht.
sheet-trap-folders = iCloud legt gesendete E-Mails im Ordner `{ $sent }` ab und gelöschte im Ordner `Deleted Messages`.
sheet-footer = Werte aus der Dokumentation von Apple, `{ $url }`. Erstellt mit dem iCloud-Mail-Assistenten.
